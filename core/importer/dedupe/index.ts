export * from './DuplicateIndex';
export * from './duplicateKeyOf';
