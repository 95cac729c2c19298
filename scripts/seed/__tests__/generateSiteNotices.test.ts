import { parseDocNumber } from '../../../core/docnumber';
import { sanitizeBody } from '../../../core/html';
import { parseNoticeId } from '../../../core/levels';
import type { NoticeDoc, SiteDoc } from '../../../core/model';
import { parseIndexNumber } from '../../../core/text';
import { allocateNotices } from '../allocateNotices';
import { buildSyntheticCluster } from '../buildSyntheticCluster';
import { demoClusterNotices } from '../demoClusterNotices';
import { DEFAULT_PERIOD, generateSiteNotices } from '../generateSiteNotices';
import { loadDemoCluster } from '../loadDemoCluster';
import { buildSiteProfiles } from '../siteProfile';

const demo = loadDemoCluster();
const demoNotices = demoClusterNotices(demo);
const synthetic = buildSyntheticCluster({ cities: 3, counties: 9, seed: 7 });
const syntheticNotices = generateAll(synthetic, 3000, 7);

function generateAll(sites: SiteDoc[], total: number, seed: number): NoticeDoc[] {
  const allocation = allocateNotices(sites, total);
  return [...buildSiteProfiles(sites).values()].flatMap((profile) => [
    ...generateSiteNotices(profile, {
      count: allocation.get(profile.site._id) ?? 0,
      seed,
      ...DEFAULT_PERIOD,
    }),
  ]);
}

function siteOf(sites: SiteDoc[], id: string): SiteDoc {
  const site = sites.find((s) => s._id === id);
  if (!site) throw new Error(`no site ${id}`);
  return site;
}

describe('generateSiteNotices', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(demoClusterNotices(demo)).toEqual(demoNotices);
    expect(generateAll(synthetic, 3000, 7)).toEqual(syntheticNotices);
    const other = demoClusterNotices(demo, { seed: 99 });
    expect(other.map((n) => n.title)).not.toEqual(demoNotices.map((n) => n.title));
  });

  it('produces the requested number of notices with unique ids of the site level', () => {
    expect(syntheticNotices).toHaveLength(3000);
    const ids = new Set([...demoNotices, ...syntheticNotices].map((n) => n._id));
    expect(ids.size).toBe(demoNotices.length + syntheticNotices.length);
    for (const notice of [...demoNotices, ...syntheticNotices]) {
      expect(parseNoticeId(notice._id)?.level).toBe(notice.level);
    }
  });

  it('gives every generated 文号 and 索引号 a form the parsers accept', () => {
    const all = [...demoNotices, ...syntheticNotices];
    const numbered = all.filter((n) => n.docNumber !== null);
    expect(numbered.length).toBeGreaterThan(all.length / 2);
    for (const notice of numbered) {
      const doc = notice.docNumber;
      if (!doc) continue;
      const parsed = parseDocNumber(doc.raw);
      expect(parsed).toEqual({ ok: true, value: doc });
    }
    for (const notice of all) {
      if (notice.indexNumber !== null) expect(parseIndexNumber(notice.indexNumber).ok).toBe(true);
    }
  });

  it('numbers documents with the issuer abbreviations of the region', () => {
    const codes = (siteId: string) =>
      new Set(
        demoNotices
          .filter((n) => n.siteId === siteId)
          .flatMap((n) => (n.docNumber ? [n.docNumber.issuerCode] : [])),
      );
    expect(
      [...codes('2101240002')].every((c) => ['法政发', '法政办发', '法政办电', '法政'].includes(c)),
    ).toBe(true);
    expect([...codes('2101000001')].every((c) => c.startsWith('沈政'))).toBe(true);
    expect([...codes('2100000001')].every((c) => c.startsWith('辽政'))).toBe(true);
    expect(
      [...codes('3600000001')].every((c) =>
        ['赣府发', '赣府厅发', '赣府厅明电', '赣府字'].includes(c),
      ),
    ).toBe(true);
    expect([...codes('3607000001')].every((c) => c.startsWith('赣市府'))).toBe(true);
    expect([...codes('3607340001')].every((c) => c.startsWith('寻府'))).toBe(true);
    expect(codes('2101240002-002')).toEqual(new Set(['法发改发']));
    expect(codes('2101240002-003')).toEqual(new Set(['法财发']));
  });

  it('links at least one 政策解读 per portal to a policy of the same site within five days', () => {
    const byId = new Map(demoNotices.map((n) => [n._id, n]));
    for (const portal of demo.sites.filter((s) => s.kind === 'PORTAL')) {
      const interpretations = demoNotices.filter(
        (n) => n.siteId === portal._id && n.kind === 'INTERPRETATION',
      );
      expect(interpretations.length).toBeGreaterThanOrEqual(1);
    }
    for (const notice of [...demoNotices, ...syntheticNotices].filter(
      (n) => n.kind === 'INTERPRETATION',
    )) {
      const policy = notice.interpretsId
        ? (byId.get(notice.interpretsId) ??
          syntheticNotices.find((n) => n._id === notice.interpretsId))
        : undefined;
      expect(policy?.siteId).toBe(notice.siteId);
      expect(policy?.kind).not.toBe('INTERPRETATION');
      expect(policy?.status).toBe('PUBLISHED');
      const lag = (notice.publishedAt?.getTime() ?? 0) - (policy?.publishedAt?.getTime() ?? 0);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThanOrEqual(5 * 24 * 3600 * 1000);
    }
  });

  it('writes consistent dates, states and columns', () => {
    const sites = [...demo.sites, ...synthetic];
    const realTitles = new Set(demo.notices.map(({ notice }) => notice.title));
    const generated = [...demoNotices.filter((n) => !realTitles.has(n.title)), ...syntheticNotices];
    for (const notice of generated) {
      const site = siteOf(sites, notice.siteId);
      expect(site.level).toBe(notice.level);
      expect(site.columns.some((c) => c.id === notice.columnId)).toBe(true);
      if (notice.status === 'DRAFT') {
        expect(notice.publishedAt).toBeNull();
        expect(notice.docNumber).toBeNull();
        continue;
      }
      const published = notice.publishedAt?.getTime() ?? NaN;
      expect(published).toBeGreaterThanOrEqual(DEFAULT_PERIOD.from.getTime());
      expect(published).toBeLessThan(DEFAULT_PERIOD.to.getTime());
      if (notice.signedAt) expect(notice.signedAt.getTime()).toBeLessThan(published);
      if (notice.status === 'REPEALED') {
        expect(notice).toMatchObject({ validity: 'REPEALED', version: 2 });
        expect(notice.updatedAt.getTime()).toBeGreaterThan(published);
      } else {
        expect(notice.version).toBe(1);
      }
    }
    const statuses = new Set(demoNotices.map((n) => `${n.status}/${n.validity}`));
    expect(statuses).toEqual(
      new Set(['PUBLISHED/IN_FORCE', 'PUBLISHED/EXPIRED', 'REPEALED/REPEALED', 'DRAFT/IN_FORCE']),
    );
  });

  it('writes bodies of several paragraphs that are already sanitised', () => {
    for (const notice of syntheticNotices.slice(0, 200)) {
      expect(notice.body.match(/<p>/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
      expect(sanitizeBody(notice.body)).toBe(notice.body);
      expect(notice.summary?.length ?? 0).toBeGreaterThan(20);
    }
  });
});
