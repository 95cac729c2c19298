export * from './auditLog';
export * from './catalogRepository';
export * from './changeLog';
export * from './cursorStore';
export * from './ensureIndexes';
export * from './levelCollections';
