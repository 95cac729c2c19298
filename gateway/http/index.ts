export * from './authenticateRequest';
export * from './clientRateLimit';
export * from './errorHandler';
export * from './notFound';
export * from './requestAuth';
export * from './sendGraphQLError';
export * from './tokenLimit';
