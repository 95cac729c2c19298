export * from './level';
export * from './noticeId';
