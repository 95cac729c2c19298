export * from './startCluster';
