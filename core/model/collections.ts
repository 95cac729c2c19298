/** Collection names, one place. Every level database has all of them but `catalog`, which only the province keeps. */
export const Collections = {
  sites: 'sites',
  notices: 'notices',
  changes: 'changes',
  audit: 'audit',
  counters: 'counters',
  catalog: 'catalog',
  cursors: 'cursors',
  rules: 'rules',
  reposts: 'reposts',
  receipts: 'receipts',
} as const;

/** `counters` document id holding the last allocated change-log sequence number. */
export const CHANGE_SEQ_COUNTER = 'changes';
