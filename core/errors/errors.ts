import { GraphQLError } from 'graphql';
import { ErrorCode } from './errorCodes';

/** Wrong input from the caller. `field` names the argument or input path at fault. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string, details?: Record<string, unknown>) {
    super(message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), ...details },
    });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'a valid token is required') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'not allowed') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) } });
  }
}

/** Optimistic concurrency: the caller's `expectedVersion` is stale. */
export class ConflictError extends GraphQLError {
  constructor(message: string, currentVersion?: number) {
    super(message, {
      extensions: {
        code: ErrorCode.CONFLICT,
        ...(currentVersion !== undefined ? { currentVersion } : {}),
      },
    });
  }
}

/** The action is not possible in the notice's current state (e.g. publishing a withdrawn notice). */
export class InvalidStateError extends GraphQLError {
  constructor(message: string, state?: string) {
    super(message, { extensions: { code: ErrorCode.INVALID_STATE, ...(state ? { state } : {}) } });
  }
}

export class UnavailableError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAVAILABLE } });
  }
}

/** One blocking term found by the pre-publication check. */
export interface TermMatchDetail {
  field: string;
  position: number;
  term: string;
  kind: string;
  suggestion: string | null;
}

/** The pre-publication check (保密审查, 错敏词) found terms that block; an approver may override. */
/** Spam (gambling or explicit keyword runs, link farms, hidden links) in a notice's title or body. */
export class SpamDetectedError extends GraphQLError {
  constructor(hits: { field: string; reason: string; text: string }[]) {
    const listed = hits
      .slice(0, 3)
      .map((h) => `${h.reason} in ${h.field}: ${h.text.slice(0, 40)}`)
      .join('; ');
    super(
      `the notice holds injected spam (${hits.length} finding(s): ${listed}). Remove it before publishing`,
      { extensions: { code: ErrorCode.SPAM_DETECTED, hits } },
    );
  }
}

export class SensitiveTermsError extends GraphQLError {
  constructor(matches: TermMatchDetail[]) {
    const listed = matches
      .slice(0, 5)
      .map((m) => `${m.term}${m.suggestion ? `→${m.suggestion}` : ''}`)
      .join(', ');
    super(
      `the text holds ${matches.length} blocked term(s): ${listed}${matches.length > 5 ? ', …' : ''}. Fix them, or an approver may override with a reason`,
      { extensions: { code: ErrorCode.SENSITIVE_TERMS, matches } },
    );
  }
}
