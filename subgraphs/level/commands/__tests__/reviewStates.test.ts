import { isInReview, nextReviewStep, statusAfter } from '../reviewStates';

describe('三审 states', () => {
  test.each([
    ['SUBMITTED', 3, 'FIRST'],
    ['FIRST_REVIEWED', 3, 'SECOND'],
    ['SECOND_REVIEWED', 3, 'FINAL'],
    ['FIRST_REVIEWED', 2, 'FINAL'],
    ['APPROVED', 3, null],
    ['DRAFT', 3, null],
    ['PUBLISHED', 2, null],
  ] as const)('%s on a %i-step site waits for %s', (status, steps, expected) => {
    expect(nextReviewStep(status, steps)).toBe(expected);
  });

  test('each step leads to its state', () => {
    expect(['FIRST', 'SECOND', 'FINAL'].map((s) => statusAfter(s as 'FIRST'))).toEqual([
      'FIRST_REVIEWED',
      'SECOND_REVIEWED',
      'APPROVED',
    ]);
  });

  test('in review means frozen for editors', () => {
    expect(isInReview('APPROVED')).toBe(true);
    expect(isInReview('DRAFT')).toBe(false);
    expect(isInReview('WITHDRAWN')).toBe(false);
  });
});
