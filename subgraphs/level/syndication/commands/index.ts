export * from './recordReceipts';
export * from './reports';
export * from './repostCommands';
export * from './ruleCommands';
export * from './repostPage';
