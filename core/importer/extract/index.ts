export * from './chinaDate';
export * from './extractedNotice';
export * from './extractMetadata';
export * from './removeChrome';
