export * from './presentChange';
export * from './presentNotice';
export * from './presentSite';
