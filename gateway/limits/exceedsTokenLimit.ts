import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';

/** Tokens (names, punctuation, values) a GraphQL document may have. */
export const MAX_QUERY_TOKENS = 5000;

/**
 * True when the document has more than `maxTokens` tokens, counted by
 * graphql-armor's parser, which stops at the first token past the limit. A
 * document that does not parse is not refused here: Apollo reports the syntax
 * error.
 */
export function exceedsTokenLimit(source: string, maxTokens = MAX_QUERY_TOKENS): boolean {
  // Every token is at least one character: shorter documents (nearly all) need no second parse.
  if (source.length <= maxTokens) return false;
  let exceeded = false;
  const parser = new MaxTokensParserWLexer(source, {
    n: maxTokens,
    onReject: [
      () => {
        exceeded = true;
      },
    ],
    propagateOnRejection: true,
  });
  try {
    parser.parseDocument();
  } catch {
    // The limit's own error, or a syntax error (Apollo's to report): `exceeded` tells them apart.
  }
  return exceeded;
}
