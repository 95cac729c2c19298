import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSyntheticCluster, syntheticClusterProblem } from '../buildSyntheticCluster';
import { demoNoticeToDoc } from '../demoNoticeToDoc';
import { parseDemoNoticeFile } from '../demoNoticeFile';
import { parseDemoSitesFile } from '../demoSitesFile';
import { DemoDataError } from '../demoDataError';
import { directoryProblems } from '../directoryProblems';
import { findDemoDataDir, loadDemoCluster } from '../loadDemoCluster';

const cluster = loadDemoCluster();
const portals = cluster.sites.filter((site) => site.kind === 'PORTAL');

describe('the demo cluster in data/demo', () => {
  it('has the directory of two provinces, their cities and counties, with sub-sites', () => {
    const byName = new Map(portals.map((site) => [site.name, site]));
    expect([...byName.keys()].sort()).toEqual(
      [
        '辽宁省人民政府',
        '沈阳市人民政府',
        '鞍山市人民政府',
        '法库县人民政府',
        '台安县人民政府',
        '海城市人民政府',
        '江西省人民政府',
        '赣州市人民政府',
        '寻乌县人民政府',
      ].sort(),
    );
    expect(byName.get('法库县人民政府')).toMatchObject({
      _id: '2101240002',
      regionCode: '210124',
      level: 'COUNTY',
    });
    expect(byName.get('海城市人民政府')).toMatchObject({
      regionCode: '210381',
      level: 'COUNTY',
      parentId: '2103000001',
    });
    expect(byName.get('寻乌县人民政府')).toMatchObject({
      regionCode: '360734',
      parentId: '3607000001',
    });
    const subSites = cluster.sites.filter((site) => site.kind === 'SUBSITE');
    expect(subSites.filter((site) => site.code === '2101240002').map((site) => site.name)).toEqual(
      expect.arrayContaining(['法库县人民政府办公室', '法库县发展和改革局', '法库县财政局']),
    );
    for (const site of subSites) expect(site._id).toMatch(new RegExp(`^${site.code}-\\d{3}$`));
    expect(directoryProblems(cluster.sites)).toEqual([]);
  });

  it('puts every real notice on an existing site, in its 政策文件 column', () => {
    const expected: Record<string, string> = {
      'notices/anshan-city-2015-0605.json': '2103000001',
      'notices/faku-county-2022-0421.json': '2101240002',
      'notices/xunwu-county-2020-0228.json': '3607340001',
    };
    expect(
      Object.fromEntries(cluster.notices.map(({ file, notice }) => [file, notice.siteId])),
    ).toEqual(expected);
    for (const { notice } of cluster.notices) {
      const site = cluster.sites.find((s) => s._id === notice.siteId);
      const column = site?.columns.find((c) => c.id === notice.columnId);
      expect(column).toMatchObject({ name: '政策文件', kind: 'POLICY' });
      expect(notice).toMatchObject({ kind: 'POLICY', status: 'PUBLISHED', docNumber: null });
    }
  });

  it('stores the real notices with the published metadata', () => {
    const docs = cluster.notices.map(({ notice }) => {
      const site = cluster.sites.find((s) => s._id === notice.siteId);
      if (!site) throw new Error('no site');
      return demoNoticeToDoc(notice, site);
    });
    const [anshan, faku, xunwu] = docs;
    expect(anshan).toMatchObject({
      level: 'CITY',
      title: '鞍山市人民政府辦公廳關於加強政府網站信息內容建設的實施意見',
      issuer: '鞍山市人民政府辦公廳',
      signedAt: new Date('2015-06-05T00:00:00+08:00'),
      publishedAt: new Date('2015-06-05T00:00:00+08:00'),
    });
    expect(faku).toMatchObject({
      level: 'COUNTY',
      title: '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
      issuer: '法库县人民政府办公室',
      signedAt: new Date('2020-04-17T00:00:00+08:00'),
      publishedAt: new Date('2022-04-21T00:00:00+08:00'),
    });
    expect(xunwu).toMatchObject({
      title: '寻乌县政府办关于规范全县政务公开相关工作的通知',
      issuer: '寻乌县人民政府办公室',
      signedAt: new Date('2020-02-28T00:00:00+08:00'),
    });
    expect(faku.body.startsWith('<p>各镇政府(街道办事处),县政府各部门:</p>')).toBe(true);
    expect(anshan.body).not.toMatch(/\(w[ǎa]ng\)/);
  });

  it('rejects a malformed notice file naming the file and the field', () => {
    const good: unknown = JSON.parse(
      readFileSync(join(findDemoDataDir(), 'notices/faku-county-2022-0421.json'), 'utf8'),
    );
    const bad = {
      ...(good as Record<string, unknown>),
      publishedAt: '2022-02-30',
      docNumber: '法政发2022年3号',
      extra: 1,
    };
    expect(() => parseDemoNoticeFile(bad, 'notices/bad.json')).toThrow(DemoDataError);
    let message = '';
    try {
      parseDemoNoticeFile(bad, 'notices/bad.json');
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('notices/bad.json: publishedAt: expected a calendar date');
    expect(message).toContain('notices/bad.json: docNumber: malformed 文号');
    expect(message).toMatch(/notices\/bad\.json: \(whole file\): .*extra/);
  });

  it('rejects an inconsistent directory naming the site and field', () => {
    const sites = structuredClone(cluster.sites);
    const faku = sites.find((s) => s._id === '2101240002');
    if (!faku) throw new Error('no faku');
    faku.parentId = '3607000001';
    expect(() => parseDemoSitesFile(sites, 'sites.json')).toThrow(
      /sites\.json: \[\d+\] 2101240002\.regionCode: 210124 is not within 360700/,
    );
    expect(() => parseDemoSitesFile([{ ...faku, _id: '21012400' }], 'sites.json')).toThrow(
      /sites\.json: 0\._id: expected a 网站标识码/,
    );
  });

  it('names the file when a data file is not JSON or points at a missing site', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govhub-demo-'));
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'sites.json'), JSON.stringify(cluster.sites));
    writeFileSync(join(dir, 'notices/broken.json'), '{ "title": ');
    expect(() => loadDemoCluster(dir)).toThrow(/notices\/broken\.json: not valid JSON/);
    const notice = { ...cluster.notices[0].notice, siteId: '9999999999' };
    writeFileSync(join(dir, 'notices/broken.json'), JSON.stringify(notice));
    expect(() => loadDemoCluster(dir)).toThrow(/notices\/broken\.json: siteId: no site 9999999999/);
  });
});

describe('buildSyntheticCluster', () => {
  it('builds a valid directory whose ids never meet the demo ones', () => {
    const sites = buildSyntheticCluster({ cities: 4, counties: 30, seed: 3 });
    expect(directoryProblems(sites)).toEqual([]);
    const counts = { PROVINCE: 0, CITY: 0, COUNTY: 0 };
    for (const site of sites) if (site.kind === 'PORTAL') counts[site.level] += 1;
    expect(counts).toEqual({ PROVINCE: 1, CITY: 4, COUNTY: 30 });
    for (const site of sites) {
      expect(site.code).toMatch(/^99\d{8}$/);
      expect(cluster.sites.some((demo) => demo._id === site._id)).toBe(false);
    }
    expect(new Set(sites.map((s) => s.name)).size).toBe(sites.length);
    expect(buildSyntheticCluster({ cities: 4, counties: 30, seed: 3 })).toEqual(sites);
  });

  it('refuses sizes that do not fit the region codes', () => {
    expect(syntheticClusterProblem(0, 1)).toMatch(/--cities/);
    expect(syntheticClusterProblem(100, 1)).toMatch(/--cities/);
    expect(syntheticClusterProblem(2, 199)).toMatch(/--counties/);
    expect(syntheticClusterProblem(2, 198)).toBeNull();
  });
});
