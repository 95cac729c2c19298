export * from './importedPage';
export * from './importPage';
