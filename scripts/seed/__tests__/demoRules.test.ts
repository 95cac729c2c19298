import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoClusterNotices, DEMO_PROVINCE_MANDATE } from '../demoClusterNotices';
import { DemoDataError } from '../demoDataError';
import { parseDemoNoticeFile } from '../demoNoticeFile';
import { demoNoticeToDoc } from '../demoNoticeToDoc';
import type { DemoRule } from '../demoRulesFile';
import { demoRuleLevel, parseDemoRulesFile } from '../demoRulesFile';
import { findDemoDataDir, loadDemoCluster } from '../loadDemoCluster';

const cluster = loadDemoCluster();
const sites = cluster.sites;
const shipped = JSON.parse(
  readFileSync(join(findDemoDataDir(), 'rules.json'), 'utf8'),
) as DemoRule[];

function good(): DemoRule {
  return {
    id: 'city:rule-0123456789abcdef0123',
    siteId: '2101000001',
    name: '转载所辖县政策文件',
    scope: { siteIds: [], level: 'COUNTY', regionCode: '2101', columnIds: ['zcwj'] },
    filter: {
      kinds: ['POLICY'],
      categories: ['政策文件'],
      topics: [],
      issuers: [],
      titleKeywords: [],
      docNumberCodes: [],
      inForceOnly: true,
    },
    mode: 'REPOST',
    targetColumnId: 'sjwj',
    publish: 'IMMEDIATELY',
    enabled: true,
  };
}

/** The DemoDataError message for rules.json holding `rules`. */
function problemsOf(rules: unknown): string {
  try {
    parseDemoRulesFile(rules, 'rules.json', sites);
  } catch (error) {
    expect(error).toBeInstanceOf(DemoDataError);
    return String(error);
  }
  throw new Error('expected a DemoDataError');
}

describe('parseDemoRulesFile', () => {
  it('loads a good rule with _id and the level of its id prefix', () => {
    const { id, ...rest } = good();
    expect(parseDemoRulesFile([good()], 'rules.json', sites)).toEqual([
      { _id: id, level: 'CITY', ...rest },
    ]);
    expect(parseDemoRulesFile([], 'rules.json', sites)).toEqual([]);
    expect(demoRuleLevel('province:rule-0123456789abcdef0123')).toBe('PROVINCE');
  });

  it.each<[string, (rule: Record<string, unknown> & DemoRule) => unknown, RegExp]>([
    [
      'a malformed id',
      (r) => ({ ...r, id: 'city:rule-XYZ' }),
      /rules\.json: 0\.id: expected <level>:rule-/,
    ],
    [
      'an unknown level prefix',
      (r) => ({ ...r, id: 'town:rule-0123456789abcdef0123' }),
      /0\.id: the prefix must be/,
    ],
    ['an unknown mode', (r) => ({ ...r, mode: 'COPY' }), /rules\.json: 0\.mode: /],
    ['an unknown publish', (r) => ({ ...r, publish: 'LATER' }), /rules\.json: 0\.publish: /],
    ['a missing field', ({ enabled: _enabled, ...r }) => r, /rules\.json: 0\.enabled: /],
    ['an extra field', (r) => ({ ...r, owner: 'x' }), /rules\.json: 0: .*owner/],
    [
      'a region code of 3 digits',
      (r) => ({ ...r, scope: { ...r.scope, regionCode: '210' } }),
      /rules\.json: 0\.scope\.regionCode: expected a 行政区划代码 prefix/,
    ],
    [
      'an unknown scope level',
      (r) => ({ ...r, scope: { ...r.scope, level: 'TOWN' } }),
      /rules\.json: 0\.scope\.level: /,
    ],
    [
      'an unknown kind',
      (r) => ({ ...r, filter: { ...r.filter, kinds: ['MEMO'] } }),
      /rules\.json: 0\.filter\.kinds\.0: /,
    ],
    [
      'an empty category',
      (r) => ({ ...r, filter: { ...r.filter, categories: [' '] } }),
      /rules\.json: 0\.filter\.categories\.0: must not be empty/,
    ],
    [
      'a non-boolean inForceOnly',
      (r) => ({ ...r, filter: { ...r.filter, inForceOnly: 'yes' } }),
      /rules\.json: 0\.filter\.inForceOnly: /,
    ],
  ])('reports %s with the file and field', (_what, change, message) => {
    expect(problemsOf([change(good() as Record<string, unknown> & DemoRule)])).toMatch(message);
  });

  it('reports a file that is not an array', () => {
    expect(problemsOf({ rules: [] })).toMatch(/rules\.json: \(whole file\): /);
  });

  it.each<[string, (rule: DemoRule) => DemoRule, RegExp]>([
    [
      'an unknown site',
      (r) => ({ ...r, siteId: '9999999999' }),
      /\[0\] city:rule-\w+\.siteId: no site 9999999999/,
    ],
    [
      'a prefix that is not the level of the site',
      (r) => ({ ...r, id: 'province:rule-0123456789abcdef0123' }),
      /\[0\] province:rule-\w+\.id: the prefix says PROVINCE but site 2101000001 \(沈阳市人民政府\) is CITY/,
    ],
    [
      'a target column the site lacks',
      (r) => ({ ...r, targetColumnId: 'xzdt' }),
      /\[0\] city:rule-\w+\.targetColumnId: site 2101000001 \(沈阳市人民政府\) has no column xzdt/,
    ],
    [
      'an unknown scoped site',
      (r) => ({ ...r, scope: { ...r.scope, siteIds: ['2101240002', '2101240099'] } }),
      /\[0\] city:rule-\w+\.scope\.siteIds\.1: no site 2101240099/,
    ],
    [
      'a scoped column no source site has',
      (r) => ({ ...r, scope: { ...r.scope, columnIds: ['zcwj', 'nope'] } }),
      /\[0\] city:rule-\w+\.scope\.columnIds\.1: no site in scope has a column nope/,
    ],
  ])('reports %s, naming the file, rule and field', (_what, change, message) => {
    const text = problemsOf([change(good())]);
    expect(text).toContain('invalid demo data file rules.json');
    expect(text).toMatch(new RegExp(`rules\\.json: ${message.source}`));
  });

  it('reports duplicate ids', () => {
    expect(problemsOf([good(), good()])).toMatch(
      /rules\.json: \[1\] city:rule-\w+\.id: duplicate rule id/,
    );
  });

  it('names rules.json when it is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govhub-demo-rules-'));
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'sites.json'), JSON.stringify(sites));
    expect(() => loadDemoCluster(dir)).toThrow(/cannot read demo data file .*rules\.json/);
    writeFileSync(join(dir, 'rules.json'), '[{');
    expect(() => loadDemoCluster(dir)).toThrow(/rules\.json: not valid JSON/);
    writeFileSync(join(dir, 'rules.json'), JSON.stringify([{ ...good(), siteId: '9999999999' }]));
    expect(() => loadDemoCluster(dir)).toThrow(/rules\.json: \[0\] .*siteId: no site 9999999999/);
    writeFileSync(join(dir, 'rules.json'), JSON.stringify([good()]));
    expect(loadDemoCluster(dir).rules).toHaveLength(1);
  });
});

describe('the demo 转载规则 in data/demo/rules.json', () => {
  const rules = cluster.rules;
  const siteName = (id: string) => sites.find((site) => site._id === id)?.name;

  it('loads, with unique ids kept by the level of their site', () => {
    expect(rules).toHaveLength(shipped.length);
    expect(new Set(rules.map((rule) => rule._id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(sites.find((site) => site._id === rule.siteId)?.level).toBe(rule.level);
      expect(rule.enabled).toBe(true);
    }
  });

  it('has every city and province portal repost the 政策文件 of the counties below it at once', () => {
    const upper = sites.filter((site) => site.kind === 'PORTAL' && site.level !== 'COUNTY');
    expect(upper).toHaveLength(5);
    for (const portal of upper) {
      const digits = portal.level === 'CITY' ? 4 : 2;
      const own = rules.filter(
        (rule) =>
          rule.siteId === portal._id &&
          rule.scope.level === 'COUNTY' &&
          rule.scope.regionCode === portal.regionCode.slice(0, digits),
      );
      expect({ portal: portal.name, rules: own.length }).toEqual({ portal: portal.name, rules: 1 });
      expect(own[0]).toMatchObject({
        scope: { siteIds: [], columnIds: [] },
        filter: { kinds: [], categories: ['政策文件'], titleKeywords: [], inForceOnly: false },
        mode: 'REPOST',
        targetColumnId: 'sjwj',
        publish: 'IMMEDIATELY',
      });
    }
  });

  it('covers a real county 政策文件 of the demo, whose city and province then repost it', () => {
    const faku = cluster.notices.find(({ notice }) => notice.siteId === '2101240002')?.notice;
    expect(faku?.category).toBe('政策文件');
    const reposters = rules
      .filter(
        (rule) =>
          rule.scope.level === 'COUNTY' &&
          rule.scope.regionCode !== null &&
          '210124'.startsWith(rule.scope.regionCode) &&
          rule.filter.categories.includes(faku?.category ?? ''),
      )
      .map((rule) => siteName(rule.siteId));
    expect(reposters.sort()).toEqual(['沈阳市人民政府', '辽宁省人民政府'].sort());
  });

  it('has a LINK rule and a rule that waits for review', () => {
    expect(rules.filter((rule) => rule.mode === 'LINK')).toEqual([
      expect.objectContaining({
        siteId: '2100000001',
        level: 'PROVINCE',
        scope: expect.objectContaining({ level: 'CITY', regionCode: '21' }),
        filter: expect.objectContaining({ titleKeywords: ['通知'] }),
      }),
    ]);
    expect(rules.filter((rule) => rule.publish === 'REVIEW')).toEqual([
      expect.objectContaining({
        siteId: '2101000001',
        level: 'CITY',
        mode: 'REPOST',
        scope: expect.objectContaining({ siteIds: ['2100000001'] }),
        filter: expect.objectContaining({ kinds: ['POLICY'] }),
      }),
    ]);
  });
});

describe('demo mandates (下行)', () => {
  const notices = demoClusterNotices(cluster);

  it('makes the newest directive of each province portal mandatory for its counties', () => {
    const mandated = notices.filter((notice) => notice.mandate);
    expect(mandated.map((notice) => notice.siteId).sort()).toEqual(['2100000001', '3600000001']);
    for (const notice of mandated) {
      expect(notice).toMatchObject({
        level: 'PROVINCE',
        status: 'PUBLISHED',
        validity: 'IN_FORCE',
      });
      expect(notice.title.endsWith('通知')).toBe(true);
      expect(notice.mandate).toEqual({ levels: ['COUNTY'], regionCode: null, deadlineHours: 8 });
      expect(notice.mandate).toEqual(DEMO_PROVINCE_MANDATE);
    }
    expect(demoClusterNotices(cluster).filter((n) => n.mandate)).toEqual(mandated);
  });

  const file = JSON.parse(
    readFileSync(join(findDemoDataDir(), 'notices/anshan-city-2015-0605.json'), 'utf8'),
  ) as Record<string, unknown>;
  const anshan = sites.find((site) => site._id === '2103000001');

  it('maps a notice file mandate onto the stored notice, and none when absent', () => {
    if (!anshan) throw new Error('no anshan');
    const mandate = { levels: ['COUNTY'], regionCode: '2103', deadlineHours: 24 };
    const parsed = parseDemoNoticeFile({ ...file, mandate }, 'notices/m.json');
    expect(demoNoticeToDoc(parsed, anshan).mandate).toEqual(mandate);
    expect('mandate' in demoNoticeToDoc(parseDemoNoticeFile(file, 'notices/m.json'), anshan)).toBe(
      false,
    );
  });

  it.each<[unknown, RegExp]>([
    [
      { levels: [], regionCode: null, deadlineHours: 8 },
      /mandate\.levels: name at least one level/,
    ],
    [{ levels: ['TOWN'], regionCode: null, deadlineHours: 8 }, /mandate\.levels\.0: /],
    [{ levels: ['COUNTY'], regionCode: '21a', deadlineHours: 8 }, /mandate\.regionCode: /],
    [
      { levels: ['COUNTY'], regionCode: null, deadlineHours: 1.5 },
      /mandate\.deadlineHours: expected whole hours/,
    ],
    [{ levels: ['COUNTY'], regionCode: null, deadlineHours: 0 }, /mandate\.deadlineHours: /],
    [{ levels: ['COUNTY'], regionCode: null }, /mandate\.deadlineHours: /],
  ])('rejects the malformed mandate %j naming the field', (mandate, message) => {
    expect(() => parseDemoNoticeFile({ ...file, mandate }, 'notices/m.json')).toThrow(
      new RegExp(`notices/m\\.json: ${message.source}`),
    );
  });

  it('rejects a mandate for the level of the notice or outside its region when loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govhub-demo-mandate-'));
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'sites.json'), JSON.stringify(sites));
    writeFileSync(join(dir, 'rules.json'), '[]');
    const write = (mandate: unknown) =>
      writeFileSync(join(dir, 'notices/m.json'), JSON.stringify({ ...file, mandate }));
    write({ levels: ['COUNTY', 'CITY'], regionCode: null, deadlineHours: 8 });
    expect(() => loadDemoCluster(dir)).toThrow(
      /notices\/m\.json: mandate\.levels\.1: a CITY notice can only require lower levels, not CITY/,
    );
    write({ levels: ['COUNTY'], regionCode: '2101', deadlineHours: 8 });
    expect(() => loadDemoCluster(dir)).toThrow(
      /notices\/m\.json: mandate\.regionCode: 2101 is not within the publisher's region 2103/,
    );
    write({ levels: ['COUNTY'], regionCode: '210381', deadlineHours: 8 });
    expect(loadDemoCluster(dir).notices[0].notice.mandate?.regionCode).toBe('210381');
  });
});
