export * from './loadExampleTabs';
export * from './playgroundAssets';
export * from './playgroundPage';
export * from './playgroundRouter';
export * from './playgroundTab';
export * from './prefersHtml';
