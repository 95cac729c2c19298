export * from './createLogger';
