import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { MongoClient } from 'mongodb';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import type { RuleDoc, SiteDoc } from '../../../core/model';
import { Collections } from '../../../core/model';
import { buildSyntheticCluster } from '../buildSyntheticCluster';
import type { SeedDatabases } from '../seedDatabases';
import { openSeedDatabases } from '../seedDatabases';
import { writeCluster } from '../writeCluster';
import type { SeedRule } from '../writeRules';
import { writeRules } from '../writeRules';

/* A real database: MONGODB_URI from the jest globalSetup (FerretDB) or the environment. */
const uri = process.env.MONGODB_URI;
const describeWithDb = uri ? describe : describe.skip;

const sites = buildSyntheticCluster({ cities: 2, counties: 3, seed: 11 });
const province = sites.find((site) => site.level === 'PROVINCE' && site.kind === 'PORTAL');
const city = sites.find((site) => site.level === 'CITY' && site.kind === 'PORTAL');
if (!province || !city) throw new Error('synthetic cluster without portals');

function rule(level: Level, site: SiteDoc, hex: string, name: string): SeedRule {
  return {
    _id: `${levelPrefix(level)}:rule-${hex.repeat(20).slice(0, 20)}`,
    level,
    siteId: site._id,
    name,
    scope: { siteIds: [], level: 'COUNTY', regionCode: site.regionCode.slice(0, 4), columnIds: [] },
    filter: {
      kinds: [],
      categories: ['政策文件'],
      topics: [],
      issuers: [],
      titleKeywords: [],
      docNumberCodes: [],
      inForceOnly: false,
    },
    mode: 'REPOST',
    targetColumnId: 'sjwj',
    publish: 'IMMEDIATELY',
    enabled: true,
  };
}

const rules = [
  rule('CITY', city, 'a', '转载县政策文件'),
  rule('PROVINCE', province, 'b', '转载全省县政策文件'),
  rule('PROVINCE', province, 'c', '链接各市通知'),
];
const FIRST = new Date('2026-01-05T08:00:00Z');
const LATER = new Date('2026-02-01T08:00:00Z');

describeWithDb('writeCluster', () => {
  let client: MongoClient;
  let databases: SeedDatabases;
  const prefix = `writecluster_${randomBytes(4).toString('hex')}`;
  const dbOf = (level: Level): Db => client.db(`${prefix}_${levelPrefix(level)}`);
  const stored = async (level: Level) => ({
    sites: await dbOf(level)
      .collection<SiteDoc>(Collections.sites)
      .find()
      .sort({ _id: 1 })
      .toArray(),
    rules: await dbOf(level)
      .collection<RuleDoc>(Collections.rules)
      .find()
      .sort({ _id: 1 })
      .toArray(),
  });

  beforeAll(async () => {
    client = await MongoClient.connect(uri ?? '');
    databases = await openSeedDatabases(
      { COUNTY: uri ?? '', CITY: uri ?? '', PROVINCE: uri ?? '' },
      prefix,
    );
  });

  afterAll(async () => {
    for (const level of LEVELS) await dbOf(level).dropDatabase();
    await databases.close();
    await client.close();
  });

  it('writes the whole directory to every level and each rule to its level, once', async () => {
    const first = await writeCluster(databases, { sites, rules, notices: [] }, { now: FIRST });
    const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1);
    for (const level of LEVELS) {
      const { sites: levelSites, rules: levelRules } = await stored(level);
      expect(levelSites).toEqual([...sites].sort(byId));
      const own = rules.filter((r) => r.level === level);
      expect(levelRules).toEqual(
        own
          .map((r) => ({
            ...r,
            version: 1,
            createdBy: 'seed',
            createdAt: FIRST,
            updatedBy: 'seed',
            updatedAt: FIRST,
          }))
          .sort(byId),
      );
      expect(first[level]).toMatchObject({
        sitesWritten: sites.length,
        sitesUnchanged: 0,
        rulesWritten: own.length,
        rulesUnchanged: 0,
      });
    }

    const before = await Promise.all(LEVELS.map(stored));
    const second = await writeCluster(databases, { sites, rules, notices: [] }, { now: LATER });
    for (const level of LEVELS) {
      expect(second[level]).toMatchObject({
        sitesWritten: 0,
        sitesUnchanged: sites.length,
        rulesWritten: 0,
        rulesUnchanged: rules.filter((r) => r.level === level).length,
      });
    }
    expect(await Promise.all(LEVELS.map(stored))).toEqual(before);
  });

  it('replaces a rule that says something else at the next version, keeping its creation', async () => {
    const db = dbOf('PROVINCE');
    // An admin touched one rule without changing what it says: not rewritten.
    await db
      .collection<RuleDoc>(Collections.rules)
      .updateOne(
        { _id: rules[2]._id },
        { $set: { version: 4, updatedBy: 'admin', updatedAt: LATER } },
      );
    const changed = {
      ...rules[1],
      enabled: false,
      filter: { ...rules[1].filter, inForceOnly: true },
    };
    const written = await writeRules(db, 'PROVINCE', [changed, rules[2]], LATER);
    expect(written).toEqual({ written: 1, unchanged: 1 });
    const docs = (await stored('PROVINCE')).rules;
    expect(docs.find((d) => d._id === changed._id)).toEqual({
      ...changed,
      version: 2,
      createdBy: 'seed',
      createdAt: FIRST,
      updatedBy: 'seed',
      updatedAt: LATER,
    });
    expect(docs.find((d) => d._id === rules[2]._id)).toMatchObject({
      version: 4,
      updatedBy: 'admin',
    });
  });

  it('refuses a rule of another level', async () => {
    await expect(writeRules(dbOf('COUNTY'), 'COUNTY', [rules[0]])).rejects.toThrow(
      /belongs to CITY, not COUNTY/,
    );
  });
});
