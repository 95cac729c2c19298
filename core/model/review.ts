/** The steps of 三审. A site reviews in two (FIRST, FINAL) or three (FIRST, SECOND, FINAL). */
export const REVIEW_STEPS = ['FIRST', 'SECOND', 'FINAL'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const REVIEW_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Who did something, as the token said at the time. */
export interface Actor {
  sub: string;
  name: string;
}

export interface ReviewStepDoc {
  step: ReviewStep;
  by: Actor;
  at: Date;
  comment: string | null;
}

/** One pass through the review, from submission to approval (or rejection). */
export interface ReviewRound {
  round: number;
  /** The site's number of steps when the round started (2 or 3). */
  stepsRequired: 2 | 3;
  submittedBy: Actor;
  submittedAt: Date;
  /**
   * People who wrote this version (author, last editor, submitter): none of
   * them may review it.
   */
  authors: string[];
  steps: ReviewStepDoc[];
}

export interface Rejection {
  step: ReviewStep;
  by: Actor;
  at: Date;
  reason: string;
}

export interface TermOverride {
  /** The blocking terms accepted; any other blocking term still blocks. */
  terms: string[];
  by: Actor;
  at: Date;
  reason: string;
}

export interface Repeal {
  reason: string;
  /** The document that repealed it (title or 文号, and its id when it is in the cluster). */
  repealedByTitle: string;
  repealedById: string | null;
  by: Actor;
  at: Date;
}
