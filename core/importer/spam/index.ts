export * from './checkNoticeSpam';
export * from './detectSpam';
export * from './findSpamInText';
export * from './spamReport';
export type { SpamReason } from './spamSpan';
