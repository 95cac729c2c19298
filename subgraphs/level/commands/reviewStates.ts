import type { NoticeStatus, ReviewStep } from '../../../core/model';

/** States in which a notice is with its reviewers: not editable, not public. */
export const IN_REVIEW: readonly NoticeStatus[] = [
  'SUBMITTED',
  'FIRST_REVIEWED',
  'SECOND_REVIEWED',
  'APPROVED',
];

export function isInReview(status: NoticeStatus): boolean {
  return IN_REVIEW.includes(status);
}

/** The review step a notice in `status` waits for, or null when none (approved, or not in review). */
export function nextReviewStep(status: NoticeStatus, steps: 2 | 3): ReviewStep | null {
  switch (status) {
    case 'SUBMITTED':
      return 'FIRST';
    case 'FIRST_REVIEWED':
      return steps === 3 ? 'SECOND' : 'FINAL';
    case 'SECOND_REVIEWED':
      return 'FINAL';
    default:
      return null;
  }
}

/** The state a notice reaches when `step` approves it. */
export function statusAfter(step: ReviewStep): NoticeStatus {
  return step === 'FIRST' ? 'FIRST_REVIEWED' : step === 'SECOND' ? 'SECOND_REVIEWED' : 'APPROVED';
}
