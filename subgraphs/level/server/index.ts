export * from './runLevelSubgraph';
export * from './startLevelSubgraph';
