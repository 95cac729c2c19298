export * from './LevelRouter';
export * from './postGraphQL';
