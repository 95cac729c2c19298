/** Collection names, one place. Every level database has the first four; the province also has the rest. */
export const Collections = {
  sites: 'sites',
  notices: 'notices',
  changes: 'changes',
  audit: 'audit',
  counters: 'counters',
  catalog: 'catalog',
  cursors: 'cursors',
} as const;

/** `counters` document id holding the last allocated change-log sequence number. */
export const CHANGE_SEQ_COUNTER = 'changes';
