export * from './auditTrail';
export * from './reviewQueue';
