export * from './htmlToPlainText';
export * from './plainTextToHtml';
export * from './sanitizeBody';
export * from './summarize';
