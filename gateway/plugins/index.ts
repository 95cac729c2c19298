export * from './operationLimitsPlugin';
export * from './operationResolutionPlugin';
export * from './requestLoggingPlugin';
