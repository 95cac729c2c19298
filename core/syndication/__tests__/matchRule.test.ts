import type { NoticeStatus } from '../../model/notice';
import { NOTICE_STATUSES } from '../../model/notice';
import { matchRule } from '../matchRule';
import {
  ANSHAN,
  candidate,
  directory,
  directoryOf,
  FAKU,
  JIANGXI,
  LIAONING,
  LIAONING_DEPT,
  rule,
  SHENYANG,
} from './fixtures';

describe('matchRule: the rule and the candidate', () => {
  it('matches a published notice in scope with an empty filter', () => {
    expect(matchRule(rule(), candidate(), directory)).toBe(true);
  });

  it('never matches when the rule is disabled', () => {
    expect(matchRule(rule({ enabled: false }), candidate(), directory)).toBe(false);
  });

  it.each(NOTICE_STATUSES.filter((s) => s !== 'PUBLISHED'))(
    'never matches a %s candidate',
    (status: NoticeStatus) => {
      expect(matchRule(rule(), candidate({ status }), directory)).toBe(false);
    },
  );

  it("never matches a notice of the rule's own site, even when listed in the scope", () => {
    const own = rule({ scope: { siteIds: [SHENYANG._id], level: 'CITY' } });
    const notice = candidate({ level: 'CITY', siteId: SHENYANG._id });
    expect(matchRule(own, notice, directory)).toBe(false);
    expect(matchRule(rule({ siteId: ANSHAN._id, scope: own.scope }), notice, directory)).toBe(true);
  });

  it('never matches when the directory does not know the origin site', () => {
    const scope = { siteIds: [LIAONING._id], level: null };
    expect(matchRule(rule({ scope }), candidate(), directoryOf([SHENYANG]))).toBe(false);
    expect(matchRule(rule({ scope: { level: null } }), candidate(), directoryOf([]))).toBe(false);
  });
});

describe('matchRule: scope', () => {
  const province = candidate();
  const fromDept = candidate({ siteId: LIAONING_DEPT._id });
  const fromJiangxi = candidate({ siteId: JIANGXI._id });
  const fromFaku = candidate({ level: 'COUNTY', siteId: FAKU._id });

  it('takes every site when it has no site ids, level or region', () => {
    const any = rule({ scope: { level: null } });
    for (const notice of [province, fromJiangxi, fromFaku]) {
      expect(matchRule(any, notice, directory)).toBe(true);
    }
  });

  it('takes only the listed sites when it has site ids alone', () => {
    const listed = rule({ scope: { siteIds: [LIAONING._id], level: null } });
    expect(matchRule(listed, province, directory)).toBe(true);
    expect(matchRule(listed, fromDept, directory)).toBe(false);
    expect(matchRule(listed, fromJiangxi, directory)).toBe(false);
  });

  it('takes every site of the level', () => {
    const provinces = rule({ scope: { level: 'PROVINCE' } });
    expect(matchRule(provinces, province, directory)).toBe(true);
    expect(matchRule(provinces, fromDept, directory)).toBe(true);
    expect(matchRule(provinces, fromJiangxi, directory)).toBe(true);
    expect(matchRule(provinces, fromFaku, directory)).toBe(false);
  });

  it('takes every site inside the region', () => {
    const liaoning = rule({ scope: { level: null, regionCode: '21' } });
    expect(matchRule(liaoning, province, directory)).toBe(true);
    expect(matchRule(liaoning, fromFaku, directory)).toBe(true);
    expect(matchRule(liaoning, fromJiangxi, directory)).toBe(false);
    const shenyang = rule({ siteId: ANSHAN._id, scope: { level: null, regionCode: '2101' } });
    expect(matchRule(shenyang, fromFaku, directory)).toBe(true);
    expect(matchRule(shenyang, province, directory)).toBe(false);
  });

  it('reads a full region code ending in 00 as the larger unit', () => {
    const liaoning = rule({ scope: { level: null, regionCode: '210000' } });
    expect(matchRule(liaoning, fromFaku, directory)).toBe(true);
    expect(matchRule(liaoning, fromJiangxi, directory)).toBe(false);
  });

  it('needs both the level and the region when it has both', () => {
    const liaoningProvince = rule({ scope: { level: 'PROVINCE', regionCode: '21' } });
    expect(matchRule(liaoningProvince, province, directory)).toBe(true);
    expect(matchRule(liaoningProvince, fromJiangxi, directory)).toBe(false);
    expect(matchRule(liaoningProvince, fromFaku, directory)).toBe(false);
  });

  it('takes a listed site OR one of the level and region', () => {
    const either = rule({ scope: { siteIds: [JIANGXI._id], level: 'PROVINCE', regionCode: '21' } });
    expect(matchRule(either, fromJiangxi, directory)).toBe(true);
    expect(matchRule(either, province, directory)).toBe(true);
    expect(matchRule(either, fromFaku, directory)).toBe(false);
    const listedCounty = rule({ scope: { siteIds: [FAKU._id], level: 'PROVINCE' } });
    expect(matchRule(listedCounty, fromFaku, directory)).toBe(true);
    expect(matchRule(listedCounty, fromJiangxi, directory)).toBe(true);
  });

  it('takes only notices in the listed columns', () => {
    const columns = rule({ scope: { columnIds: ['zcwj', 'tzgg'] } });
    expect(matchRule(columns, candidate({ columnId: 'zcwj' }), directory)).toBe(true);
    expect(matchRule(columns, candidate({ columnId: 'tzgg' }), directory)).toBe(true);
    expect(matchRule(columns, candidate({ columnId: 'zwdt' }), directory)).toBe(false);
    expect(matchRule(columns, candidate({ columnId: null }), directory)).toBe(false);
  });

  it('takes notices of any column, or none, without column ids', () => {
    expect(matchRule(rule(), candidate({ columnId: null }), directory)).toBe(true);
  });
});

describe('matchRule: filter', () => {
  const officeNumber = {
    raw: '辽政办发〔2024〕1号',
    issuerCode: '辽政办发',
    year: 2024,
    serial: 1,
    normalized: '辽政办发〔2024〕1号',
  };
  const cases: [string, Parameters<typeof rule>[0], Parameters<typeof candidate>[0]][] = [
    ['kinds', { filter: { kinds: ['POLICY', 'INTERPRETATION'] } }, { kind: 'NOTICE' }],
    ['categories', { filter: { categories: ['综合政务', '财政'] } }, { category: '教育' }],
    ['categories (none)', { filter: { categories: ['综合政务'] } }, { category: null }],
    ['topics', { filter: { topics: ['营商环境'] } }, { topics: ['教育'] }],
    ['topics (none)', { filter: { topics: ['营商环境'] } }, { topics: [] }],
    ['issuers', { filter: { issuers: ['辽宁省人民政府'] } }, { issuer: '辽宁省财政厅' }],
    ['issuers (none)', { filter: { issuers: ['辽宁省人民政府'] } }, { issuer: null }],
    ['titleKeywords', { filter: { titleKeywords: ['防汛', '营商'] } }, { title: '关于春耕的通知' }],
    ['docNumberCodes', { filter: { docNumberCodes: ['辽政发'] } }, { docNumber: officeNumber }],
    ['docNumberCodes (none)', { filter: { docNumberCodes: ['辽政发'] } }, { docNumber: null }],
    ['inForceOnly (expired)', { filter: { inForceOnly: true } }, { validity: 'EXPIRED' }],
    ['inForceOnly (repealed)', { filter: { inForceOnly: true } }, { validity: 'REPEALED' }],
  ];

  it.each(cases)('%s: refuses a notice that fails the condition', (_name, r, c) => {
    expect(matchRule(rule(r), candidate(c), directory)).toBe(false);
  });

  it.each(cases.filter(([name]) => !name.includes('(')))(
    '%s: takes the default notice, which meets it',
    (_name, r) => {
      expect(matchRule(rule(r), candidate(), directory)).toBe(true);
    },
  );

  it('inForceOnly: takes a notice in force, and anything when off', () => {
    expect(matchRule(rule({ filter: { inForceOnly: true } }), candidate(), directory)).toBe(true);
    const expired = candidate({ validity: 'EXPIRED' });
    expect(matchRule(rule({ filter: { inForceOnly: false } }), expired, directory)).toBe(true);
  });

  it('topics: any one shared topic will do', () => {
    const r = rule({ filter: { topics: ['教育', '市场监管'] } });
    expect(matchRule(r, candidate(), directory)).toBe(true);
  });

  it('issuers: compares trimmed and full-width folded', () => {
    const r = rule({ filter: { issuers: ['ＸＹＺ 办公室 '] } });
    expect(matchRule(r, candidate({ issuer: '  XYZ　办公室' }), directory)).toBe(true);
    expect(matchRule(r, candidate({ issuer: 'XYZ 办公室二' }), directory)).toBe(false);
  });

  it('titleKeywords: finds a keyword anywhere, folded and case-insensitive', () => {
    const r = rule({ filter: { titleKeywords: ['ｐｍ２.５'] } });
    expect(matchRule(r, candidate({ title: '关于PM2.5防治的通知' }), directory)).toBe(true);
    expect(matchRule(r, candidate({ title: '关于ＰＭ２.５防治的通知' }), directory)).toBe(true);
    expect(matchRule(r, candidate({ title: '关于PM10防治的通知' }), directory)).toBe(false);
  });

  it('docNumberCodes: compares the issuer code full-width folded', () => {
    const r = rule({ filter: { docNumberCodes: ['ＧＢ发'] } });
    const docNumber = { raw: 'GB发〔2024〕1号', issuerCode: 'GB发', year: 2024, serial: 1 };
    const c = candidate({ docNumber: { ...docNumber, normalized: docNumber.raw } });
    expect(matchRule(r, c, directory)).toBe(true);
  });

  it('needs every condition to hold', () => {
    const r = rule({
      filter: {
        kinds: ['POLICY'],
        topics: ['营商环境'],
        titleKeywords: ['条例'],
        inForceOnly: true,
      },
    });
    expect(matchRule(r, candidate(), directory)).toBe(true);
    expect(matchRule(r, candidate({ kind: 'NOTICE' }), directory)).toBe(false);
    expect(matchRule(r, candidate({ title: '关于春耕的通知' }), directory)).toBe(false);
    expect(matchRule(r, candidate({ validity: 'EXPIRED' }), directory)).toBe(false);
  });
});
