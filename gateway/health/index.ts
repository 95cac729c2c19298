export * from './checkSubgraphs';
export * from './healthRouter';
