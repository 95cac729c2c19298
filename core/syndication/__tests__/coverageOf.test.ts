import type { Mandate } from '../../model/syndication';
import type { CoverageReceipt } from '../coverageOf';
import { coverageOf } from '../coverageOf';
import { ANSHAN, directory, FAKU, ids, LIAONING, NANCHANG, SHENYANG } from './fixtures';

const liveAt = new Date('2024-03-04T08:00:00Z');
const deadline = new Date('2024-03-05T08:00:00Z');
const mandate: Mandate = { levels: ['CITY'], regionCode: null, deadlineHours: 24 };

function hoursAfterLive(hours: number): Date {
  return new Date(liveAt.getTime() + hours * 3_600_000);
}

function coverage(receipts: CoverageReceipt[], asOfHours: number) {
  const asOf = hoursAfterLive(asOfHours);
  const result = coverageOf({ mandate, origin: LIAONING, liveAt, receipts, directory, asOf });
  return {
    deadline: result.deadline,
    expected: ids(result.expected),
    done: ids(result.done),
    late: ids(result.late),
    missing: ids(result.missing),
    overdue: ids(result.overdue),
  };
}

describe('coverageOf', () => {
  const receipts: CoverageReceipt[] = [
    { siteId: SHENYANG._id, status: 'PUBLISHED', at: hoursAfterLive(2) },
    { siteId: ANSHAN._id, status: 'PENDING_REVIEW', at: hoursAfterLive(1) },
    { siteId: NANCHANG._id, status: 'PUBLISHED', at: hoursAfterLive(1) },
    { siteId: FAKU._id, status: 'PUBLISHED', at: hoursAfterLive(1) },
  ];

  it('before the deadline: missing sites are not yet overdue', () => {
    expect(coverage(receipts, 3)).toEqual({
      deadline,
      expected: [SHENYANG._id, ANSHAN._id],
      done: [SHENYANG._id],
      late: [],
      missing: [ANSHAN._id],
      overdue: [],
    });
  });

  it('at the deadline itself: still not overdue', () => {
    expect(coverage(receipts, 24).overdue).toEqual([]);
  });

  it('after the deadline: missing sites are overdue', () => {
    expect(coverage(receipts, 25)).toMatchObject({
      done: [SHENYANG._id],
      missing: [ANSHAN._id],
      overdue: [ANSHAN._id],
    });
  });

  it('counts a copy published after the deadline as done but late', () => {
    const later: CoverageReceipt[] = [
      ...receipts,
      { siteId: ANSHAN._id, status: 'PUBLISHED', at: hoursAfterLive(30) },
    ];
    expect(coverage(later, 31)).toMatchObject({
      done: [SHENYANG._id, ANSHAN._id],
      late: [ANSHAN._id],
      missing: [],
      overdue: [],
    });
  });

  it('does not count a copy published exactly at the deadline as late', () => {
    const onTime: CoverageReceipt[] = [{ siteId: ANSHAN._id, status: 'PUBLISHED', at: deadline }];
    expect(coverage(onTime, 48)).toMatchObject({ done: [ANSHAN._id], late: [] });
  });

  it('judges lateness by the earliest PUBLISHED receipt of a site', () => {
    const republished: CoverageReceipt[] = [
      { siteId: ANSHAN._id, status: 'PUBLISHED', at: hoursAfterLive(40) },
      { siteId: ANSHAN._id, status: 'PUBLISHED', at: hoursAfterLive(3) },
      { siteId: ANSHAN._id, status: 'PUBLISHED', at: hoursAfterLive(30) },
    ];
    expect(coverage(republished, 48)).toMatchObject({ done: [ANSHAN._id], late: [] });
  });

  it('counts only PUBLISHED receipts as done', () => {
    const notPublished: CoverageReceipt[] = [
      { siteId: SHENYANG._id, status: 'WITHDRAWN', at: hoursAfterLive(5) },
      { siteId: ANSHAN._id, status: 'FAILED', at: hoursAfterLive(1) },
    ];
    expect(coverage(notPublished, 25)).toMatchObject({
      done: [],
      missing: [SHENYANG._id, ANSHAN._id],
      overdue: [SHENYANG._id, ANSHAN._id],
    });
  });

  it('with no receipts: everything is missing', () => {
    expect(coverage([], 1)).toMatchObject({
      expected: [SHENYANG._id, ANSHAN._id],
      done: [],
      missing: [SHENYANG._id, ANSHAN._id],
      overdue: [],
    });
  });
});
