export * from './clampPageSize';
export * from './cursorFields';
export * from './decodeCursor';
export * from './defineCursor';
export * from './encodeCursor';
export * from './latestCursor';
export * from './auditCursor';
