export * from './LevelRouter';
export * from './postGraphQL';
export * from './routedOperations';
