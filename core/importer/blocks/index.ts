export * from './htmlPage';
export * from './htmlToBlocks';
export * from './textToBlocks';
