export * from './documentYear';
export * from './foldFullWidth';
export * from './indexNumber';
export * from './parseResult';
export * from './toSimplified';
