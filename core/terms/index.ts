export * from './blockingMatches';
export * from './checkTerms';
export * from './loadTermList';
export * from './parseTermList';
export * from './termList';
export * from './TermListError';
export * from './unresolvedMatches';
