export * from './createNotice';
export * from './flushPendingChange';
export * from './publishNotice';
export * from './updateNotice';
export * from './withdrawNotice';
