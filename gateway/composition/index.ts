export * from './composeSupergraph';
export * from './schemaFiles';
