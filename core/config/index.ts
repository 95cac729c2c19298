export * from './env';
export * from './loadConfig';
