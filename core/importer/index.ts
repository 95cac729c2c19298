export * from './pageBlock';
export * from './dedupe';
export * from './pipeline';
export { checkNoticeSpam } from './spam';
export { normalizeForComparison } from './text';
export type { NoticeSpamCheck } from './spam';
