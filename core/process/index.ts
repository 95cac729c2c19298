export * from './findFreePort';
export * from './findRepoRoot';
export * from './govhubServices';
export * from './pipeLines';
export * from './PortInUseError';
export * from './spawnService';
export * from './stopChild';
export * from './waitForHttpOk';
