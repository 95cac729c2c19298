export * from './errorCodes';
export * from './errors';
export * from './formatError';
