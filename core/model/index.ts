export * from './audit';
export * from './catalog';
export * from './change';
export * from './notice';
export * from './site';
export * from './collections';
export * from './toSnapshot';
export * from './review';
