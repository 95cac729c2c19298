export * from './docNumbersEqual';
export * from './findDocNumbers';
export * from './parseDocNumber';
