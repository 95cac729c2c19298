export * from './operationResolutionPlugin';
export * from './requestLoggingPlugin';
