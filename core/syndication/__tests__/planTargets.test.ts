import type { Level } from '../../levels/level';
import type { RuleDoc } from '../../model/syndication';
import { planTargets } from '../planTargets';
import type { SyndicationCandidate } from '../types';
import {
  ANSHAN,
  candidate,
  directory,
  directoryOf,
  FAKU,
  NANCHANG,
  rule,
  ruleId,
  SHENYANG,
  SHENYANG_DEPT,
  TAIAN,
} from './fixtures';

const liveAt = new Date('2024-03-04T08:00:00Z');
const mandate = { levels: ['COUNTY', 'CITY'] as Level[], regionCode: null, deadlineHours: 24 };
const deadline = new Date('2024-03-05T08:00:00Z');

function plan(
  rules: readonly RuleDoc[],
  notice: SyndicationCandidate = candidate(),
  level: Level = 'CITY',
) {
  return planTargets({ level, candidate: notice, liveAt, rules, directory });
}

describe('planTargets: rules', () => {
  it('targets the site of each matching rule, sorted by site id', () => {
    const anshan = rule({ _id: ruleId('CITY', 1), siteId: ANSHAN._id, mode: 'LINK' });
    const shenyang = rule({ _id: ruleId('CITY', 2), publish: 'REVIEW' });
    const unmatched = rule({ _id: ruleId('CITY', 3), siteId: NANCHANG._id, enabled: false });
    expect(plan([unmatched, anshan, shenyang])).toEqual([
      {
        siteId: SHENYANG._id,
        level: 'CITY',
        mode: 'REPOST',
        publish: 'REVIEW',
        columnId: 'sjwj', // its first REPOST column
        ruleIds: [ruleId('CITY', 2)],
        deadline: null,
      },
      {
        siteId: ANSHAN._id,
        level: 'CITY',
        mode: 'LINK',
        publish: 'IMMEDIATELY',
        columnId: null, // no REPOST column
        ruleIds: [ruleId('CITY', 1)],
        deadline: null,
      },
    ]);
  });

  it('targets a sub-site of the level like a portal', () => {
    const dept = rule({ siteId: SHENYANG_DEPT._id });
    expect(plan([dept])).toMatchObject([{ siteId: SHENYANG_DEPT._id, columnId: 'zzxx' }]);
  });

  it('merges the rules of one site: REPOST beats LINK, ruleIds sorted', () => {
    const link = rule({ _id: ruleId('CITY', 1), mode: 'LINK' });
    const repost = rule({ _id: ruleId('CITY', 2), mode: 'REPOST' });
    expect(plan([repost, link])).toMatchObject([
      { siteId: SHENYANG._id, mode: 'REPOST', ruleIds: [ruleId('CITY', 1), ruleId('CITY', 2)] },
    ]);
    const link2 = rule({ _id: ruleId('CITY', 3), mode: 'LINK' });
    expect(plan([link2, link])).toMatchObject([{ mode: 'LINK' }]);
  });

  it('merges the rules of one site: IMMEDIATELY beats REVIEW', () => {
    const review = rule({ _id: ruleId('CITY', 1), publish: 'REVIEW' });
    const now = rule({ _id: ruleId('CITY', 2), mode: 'LINK', publish: 'IMMEDIATELY' });
    expect(plan([review, now])).toMatchObject([{ mode: 'REPOST', publish: 'IMMEDIATELY' }]);
    const review2 = rule({ _id: ruleId('CITY', 3), publish: 'REVIEW' });
    expect(plan([review, review2])).toMatchObject([{ publish: 'REVIEW' }]);
  });

  it('takes the column of the first rule by id that names one', () => {
    const none = rule({ _id: ruleId('CITY', 1) });
    const second = rule({ _id: ruleId('CITY', 2), targetColumnId: 'zzxx' });
    const third = rule({ _id: ruleId('CITY', 3), targetColumnId: 'zcwj' });
    expect(plan([third, none, second])).toMatchObject([{ columnId: 'zzxx' }]);
  });

  it('ignores rules of other levels and rules of sites of other levels', () => {
    const county = rule({ _id: ruleId('COUNTY', 1), level: 'COUNTY', siteId: FAKU._id });
    const misfiled = rule({ _id: ruleId('CITY', 1), siteId: FAKU._id });
    expect(plan([county, misfiled])).toEqual([]);
    expect(plan([county, misfiled], candidate(), 'COUNTY')).toMatchObject([
      { siteId: FAKU._id, level: 'COUNTY', ruleIds: [ruleId('COUNTY', 1)] },
    ]);
  });

  it('ignores rules of sites missing from the directory', () => {
    const gone = rule({ siteId: '2199000001' });
    expect(plan([gone])).toEqual([]);
  });

  it('never targets the origin site', () => {
    const fromShenyang = candidate({ level: 'CITY', siteId: SHENYANG._id });
    const cities = { level: 'CITY' as const };
    const own = rule({ _id: ruleId('CITY', 1), scope: cities });
    const anshan = rule({ _id: ruleId('CITY', 2), siteId: ANSHAN._id, scope: cities });
    expect(plan([own, anshan], fromShenyang).map((t) => t.siteId)).toEqual([ANSHAN._id]);
  });

  it('plans nothing for a notice that is not PUBLISHED', () => {
    for (const status of ['APPROVED', 'WITHDRAWN', 'REPEALED'] as const) {
      expect(plan([rule()], candidate({ status, mandate }))).toEqual([]);
    }
  });
});

describe('planTargets: mandates', () => {
  const mandated = candidate({ mandate });

  it("targets the level's portals in the origin's region, to review, with a deadline", () => {
    expect(plan([], mandated)).toEqual([
      {
        siteId: SHENYANG._id,
        level: 'CITY',
        mode: 'REPOST',
        publish: 'REVIEW',
        columnId: 'sjwj',
        ruleIds: [],
        deadline,
      },
      {
        siteId: ANSHAN._id,
        level: 'CITY',
        mode: 'REPOST',
        publish: 'REVIEW',
        columnId: null,
        ruleIds: [],
        deadline,
      },
    ]);
    expect(plan([], mandated, 'COUNTY')).toMatchObject([
      { siteId: FAKU._id, level: 'COUNTY', columnId: 'sjwj', deadline },
      { siteId: TAIAN._id, level: 'COUNTY', columnId: 'zzxx', deadline },
    ]);
  });

  it('targets nothing at a level the mandate does not name', () => {
    const citiesOnly = candidate({ mandate: { ...mandate, levels: ['CITY'] } });
    expect(plan([], citiesOnly, 'COUNTY')).toEqual([]);
    expect(plan([], mandated, 'PROVINCE')).toEqual([]);
  });

  it('keeps to the mandate region', () => {
    const anshanOnly = candidate({ mandate: { ...mandate, regionCode: '2103' } });
    expect(plan([], anshanOnly).map((t) => t.siteId)).toEqual([ANSHAN._id]);
  });

  it('merges with a rule of the same site: REPOST, the rule publish and column, the deadline', () => {
    const link = rule({ mode: 'LINK', publish: 'IMMEDIATELY', targetColumnId: 'zcwj' });
    expect(plan([link], mandated)[0]).toEqual({
      siteId: SHENYANG._id,
      level: 'CITY',
      mode: 'REPOST',
      publish: 'IMMEDIATELY',
      columnId: 'zcwj',
      ruleIds: [link._id],
      deadline,
    });
    const review = rule({ publish: 'REVIEW' });
    expect(plan([review], mandated)[0]).toMatchObject({ publish: 'REVIEW', columnId: 'sjwj' });
  });

  it('adds rule targets outside the mandate without a deadline', () => {
    const nanchang = rule({ siteId: NANCHANG._id });
    const targets = plan([nanchang], mandated);
    expect(targets.map((t) => [t.siteId, t.deadline])).toEqual([
      [SHENYANG._id, deadline],
      [ANSHAN._id, deadline],
      [NANCHANG._id, null],
    ]);
  });

  it('needs the origin in the directory', () => {
    const withoutOrigin = directoryOf([SHENYANG, ANSHAN]);
    expect(
      planTargets({
        level: 'CITY',
        candidate: mandated,
        liveAt,
        rules: [],
        directory: withoutOrigin,
      }),
    ).toEqual([]);
  });
});
