export * from './schema/buildLevelSchema';
export * from './schema/printLevelSubgraphSdl';
export * from './server';
