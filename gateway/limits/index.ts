export * from './documentLimitRules';
export * from './exceedsTokenLimit';
export * from './limitError';
export * from './pageSizeEstimator';
export * from './queryCost';
