export * from './changeSource';
export * from './localChangeSource';
export * from './remoteChangeSource';
export * from './CatalogIndex';
export * from './ClusterChangeReader';
export * from './CatalogSearch';
