/** Every `extensions.code` a client can see. Stable: clients switch on these. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_STATE: 'INVALID_STATE',
  /** 错敏词 / 保密审查: the text holds blocking terms; `extensions.matches` lists them. */
  SENSITIVE_TERMS: 'SENSITIVE_TERMS',
  /** 暗链 / injected spam found in the notice; `extensions.hits` lists what (no override). */
  SPAM_DETECTED: 'SPAM_DETECTED',
  UNAVAILABLE: 'UNAVAILABLE',
  /** Gateway limits (HTTP 400): the operation nests fields deeper than MAX_QUERY_DEPTH. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** Gateway limits (HTTP 400): more aliases than MAX_QUERY_ALIASES. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** Gateway limits (HTTP 400): estimated cost above MAX_QUERY_COST, or too many tokens. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** HTTP 429: more requests than RATE_LIMIT_PER_MINUTE from one client. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** HTTP 413: a request body larger than MAX_REQUEST_BYTES. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
