import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { MongoClient } from 'mongodb';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import type { ChangeDoc, NoticeDoc, RuleDoc, SiteDoc } from '../../../core/model';
import { CHANGE_SEQ_COUNTER, Collections } from '../../../core/model';
import type { SeqCounterDoc } from '../noticeBatchWriter';
import { seedDemoCluster } from '../seedDemoCluster';
import { seedSyntheticCluster } from '../seedSyntheticCluster';

/*
 * Seeds a real database twice. MONGODB_URI comes from the jest globalSetup (a FerretDB it
 * starts) or from the environment (a real MongoDB).
 */
const uri = process.env.MONGODB_URI;
const describeWithDb = uri ? describe : describe.skip;
if (!uri) {
  console.warn('scripts/seed: MONGODB_URI is not set, skipping the tests that seed a database');
}

interface LevelState {
  sites: number;
  rules: RuleDoc[];
  notices: number;
  changes: ChangeDoc[];
  counter: number | undefined;
}

describeWithDb('seeding a database', () => {
  let client: MongoClient;
  const prefixes: string[] = [];
  const newPrefix = () => {
    const prefix = `seedtest_${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    return prefix;
  };
  const dbOf = (prefix: string, level: Level): Db => client.db(`${prefix}_${levelPrefix(level)}`);
  const urisOf = (): Record<Level, string> => ({
    COUNTY: uri ?? '',
    CITY: uri ?? '',
    PROVINCE: uri ?? '',
  });

  async function state(prefix: string): Promise<Record<Level, LevelState>> {
    const out = {} as Record<Level, LevelState>;
    for (const level of LEVELS) {
      const db = dbOf(prefix, level);
      out[level] = {
        sites: await db.collection<SiteDoc>(Collections.sites).countDocuments(),
        rules: await db.collection<RuleDoc>(Collections.rules).find().sort({ _id: 1 }).toArray(),
        notices: await db.collection<NoticeDoc>(Collections.notices).countDocuments(),
        changes: await db
          .collection<ChangeDoc>(Collections.changes)
          .find()
          .sort({ _id: 1 })
          .toArray(),
        counter: (
          await db
            .collection<SeqCounterDoc>(Collections.counters)
            .findOne({ _id: CHANGE_SEQ_COUNTER })
        )?.seq,
      };
    }
    return out;
  }

  beforeAll(async () => {
    client = await MongoClient.connect(uri ?? '');
  });

  afterAll(async () => {
    for (const prefix of prefixes) {
      for (const level of LEVELS) await dbOf(prefix, level).dropDatabase();
    }
    await client.close();
  });

  it('seeds the demo cluster once: a second run writes nothing and logs no change twice', async () => {
    const prefix = newPrefix();
    // The subgraphs' unique index on the change log must not get in the way.
    for (const level of LEVELS) {
      await dbOf(prefix, level)
        .collection(Collections.changes)
        .createIndex(
          { noticeId: 1, version: 1, type: 1 },
          { unique: true, name: 'notice_version_type' },
        );
    }
    const messages: string[] = [];
    const first = await seedDemoCluster({
      uris: urisOf(),
      dbPrefix: prefix,
      log: (m) => messages.push(m),
    });
    expect(messages.join('\n')).toMatch(/35 sites, 7 rules/);
    const before = await state(prefix);

    // Every level holds the whole directory; each rule is kept by the level of its site.
    const rulesByLevel = { COUNTY: 0, CITY: 4, PROVINCE: 3 };
    for (const level of LEVELS) {
      const s = before[level];
      expect(s.sites).toBe(35);
      expect(s.rules).toHaveLength(rulesByLevel[level]);
      for (const rule of s.rules) {
        expect(rule).toMatchObject({ level, version: 1, createdBy: 'seed', updatedBy: 'seed' });
        expect(rule._id.startsWith(`${levelPrefix(level)}:rule-`)).toBe(true);
      }
      expect(first.levels[level]).toMatchObject({
        database: `${prefix}_${levelPrefix(level)}`,
        sitesWritten: 35,
        sitesUnchanged: 0,
        rulesWritten: rulesByLevel[level],
        rulesUnchanged: 0,
        noticesInserted: s.notices,
        noticesExisting: 0,
      });
      expect(s.notices).toBeGreaterThanOrEqual(80);
      // Sequence numbers 1..N with the counter at N.
      expect(s.changes.map((c) => c.seq)).toEqual(s.changes.map((_, i) => i + 1));
      expect(s.counter).toBe(s.changes.length);
      expect(first.levels[level].changesInserted).toBe(s.changes.length);
    }

    const notices = await dbOf(prefix, 'COUNTY')
      .collection<NoticeDoc>(Collections.notices)
      .find()
      .toArray();
    const changes = before.COUNTY.changes;
    for (const notice of notices) {
      const mine = changes
        .filter((c) => c.noticeId === notice._id)
        .map((c) => `${c.type}@${c.version}`);
      if (notice.status === 'DRAFT') expect(mine).toEqual([]);
      else if (notice.status === 'REPEALED') expect(mine).toEqual(['PUBLISHED@1', 'REPEALED@2']);
      else expect(mine).toEqual(['PUBLISHED@1']);
    }
    const faku = notices.find(
      (n) => n.title === '法库县政府办公室关于加强政府重大政策信息内容建设的意见',
    );
    expect(faku).toMatchObject({
      siteId: '2101240002',
      columnId: 'zcwj',
      status: 'PUBLISHED',
      version: 1,
    });
    const fakuChange = changes.find((c) => c.noticeId === faku?._id);
    expect(fakuChange).toMatchObject({
      type: 'PUBLISHED',
      level: 'COUNTY',
      at: new Date('2022-04-21T00:00:00+08:00'),
      snapshot: { siteId: '2101240002', title: faku?.title, docNumber: null, status: 'PUBLISHED' },
    });
    const numbered = changes.find((c) => c.snapshot.docNumber !== null);
    expect(numbered?.snapshot.docNumber).toMatch(/^.+〔\d{4}〕\d+号$/);
    const mandated = await dbOf(prefix, 'PROVINCE')
      .collection<NoticeDoc>(Collections.notices)
      .find({ mandate: { $ne: null } })
      .toArray();
    expect(mandated.map((n) => n.siteId).sort()).toEqual(['2100000001', '3600000001']);
    for (const notice of mandated) {
      expect(notice.mandate).toEqual({ levels: ['COUNTY'], regionCode: null, deadlineHours: 8 });
    }

    const second = await seedDemoCluster({ uris: urisOf(), dbPrefix: prefix });
    for (const level of LEVELS) {
      expect(second.levels[level]).toMatchObject({
        sitesWritten: 0,
        sitesUnchanged: 35,
        rulesWritten: 0,
        rulesUnchanged: rulesByLevel[level],
        noticesInserted: 0,
        changesInserted: 0,
      });
      expect(second.levels[level].noticesExisting).toBe(before[level].notices);
    }
    expect(await state(prefix)).toEqual(before);
  });

  it('completes the change log of notices an interrupted run wrote', async () => {
    const prefix = newPrefix();
    await seedDemoCluster({ uris: urisOf(), dbPrefix: prefix });
    const changes = dbOf(prefix, 'CITY').collection<ChangeDoc>(Collections.changes);
    const lost = await changes.find().sort({ _id: -1 }).limit(3).toArray();
    await changes.deleteMany({ _id: { $in: lost.map((c) => c._id) } });
    const before = await state(prefix);

    const again = await seedDemoCluster({ uris: urisOf(), dbPrefix: prefix });
    expect(again.levels.CITY.changesInserted).toBe(3);
    expect(again.levels.COUNTY.changesInserted).toBe(0);
    const after = await state(prefix);
    const relogged = after.CITY.changes.slice(before.CITY.changes.length);
    expect(relogged.map((c) => `${c.noticeId}|${c.type}|${c.version}`).sort()).toEqual(
      lost.map((c) => `${c.noticeId}|${c.type}|${c.version}`).sort(),
    );
    expect(after.CITY.counter).toBe((before.CITY.counter ?? 0) + 3);
  });

  it('seeds a synthetic cluster in batches, idempotently', async () => {
    const prefix = newPrefix();
    const progress: number[] = [];
    const options = {
      uris: urisOf(),
      dbPrefix: prefix,
      cities: 2,
      counties: 5,
      notices: 300,
      seed: 5,
      batchSize: 40,
    };
    const first = await seedSyntheticCluster({ ...options, onProgress: (n) => progress.push(n) });
    expect(progress.at(-1)).toBe(300);
    const inserted = LEVELS.reduce((sum, level) => sum + first.levels[level].noticesInserted, 0);
    expect(inserted).toBe(300);
    const before = await state(prefix);
    for (const level of LEVELS) {
      expect(before[level].sites).toBe(first.sites);
      expect(before[level].rules).toEqual([]);
    }
    const second = await seedSyntheticCluster({ ...options, reset: false });
    expect(
      LEVELS.map((level) => second.levels[level].noticesExisting).reduce((a, b) => a + b),
    ).toBe(300);
    expect(await state(prefix)).toEqual(before);
    const reset = await seedSyntheticCluster({ ...options, reset: true });
    expect(LEVELS.map((level) => reset.levels[level].noticesInserted).reduce((a, b) => a + b)).toBe(
      300,
    );
  });
});
