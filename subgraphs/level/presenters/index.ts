export * from './presentChange';
export * from './presentNotice';
export * from './presentSite';
export * from './presentRepost';
export * from './presentReceipt';
export * from './siteOrRef';
export * from './presentRule';
export * from './presentSnapshot';
