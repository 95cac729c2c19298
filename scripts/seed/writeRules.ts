import { isDeepStrictEqual } from 'node:util';
import type { AnyBulkWriteOperation, Db } from 'mongodb';
import type { Level } from '../../core/levels';
import type { RuleDoc } from '../../core/model';
import { Collections } from '../../core/model';

/** What a seeded 转载规则 says: a RuleDoc without its version and who/when bookkeeping. */
export type SeedRule = Omit<
  RuleDoc,
  'version' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt'
>;

/** Who seeded rules are created and updated by. */
export const SEED_RULE_ACTOR = 'seed';

/**
 * Makes a level database's `rules` hold these rules (all of that level) as given: missing ones
 * are inserted at version 1, created and updated by `seed` at `now`; stored ones that say
 * something else are replaced at the next version (keeping createdBy/createdAt); ones that say
 * the same, whatever their version and timestamps, are not written at all (so seeding again
 * writes nothing). Rules not in the list are left alone.
 */
export async function writeRules(
  db: Db,
  level: Level,
  rules: readonly SeedRule[],
  now: Date = new Date(),
): Promise<{ written: number; unchanged: number }> {
  for (const rule of rules) {
    if (rule.level !== level)
      throw new Error(`rule ${rule._id} belongs to ${rule.level}, not ${level}`);
  }
  const collection = db.collection<RuleDoc>(Collections.rules);
  const stored = new Map<string, RuleDoc>();
  const ids = rules.map((rule) => rule._id);
  for (let i = 0; i < ids.length; i += 1000) {
    const docs = await collection.find({ _id: { $in: ids.slice(i, i + 1000) } }).toArray();
    for (const doc of docs) stored.set(doc._id, doc);
  }
  const operations: AnyBulkWriteOperation<RuleDoc>[] = [];
  for (const rule of rules) {
    const old = stored.get(rule._id);
    if (old && isDeepStrictEqual(ruleContent(old), ruleContent(rule))) continue;
    const replacement: RuleDoc = {
      ...ruleContent(rule),
      version: old ? old.version + 1 : 1,
      createdBy: old?.createdBy ?? SEED_RULE_ACTOR,
      createdAt: old?.createdAt ?? now,
      updatedBy: SEED_RULE_ACTOR,
      updatedAt: now,
    };
    operations.push({ replaceOne: { filter: { _id: rule._id }, replacement, upsert: true } });
  }
  for (let i = 0; i < operations.length; i += 1000) {
    await collection.bulkWrite(operations.slice(i, i + 1000), { ordered: false });
  }
  return { written: operations.length, unchanged: rules.length - operations.length };
}

/** The fields of a rule that say what it does (nothing else is compared). */
export function ruleContent(rule: SeedRule): SeedRule {
  return {
    _id: rule._id,
    level: rule.level,
    siteId: rule.siteId,
    name: rule.name,
    scope: {
      siteIds: rule.scope.siteIds,
      level: rule.scope.level,
      regionCode: rule.scope.regionCode,
      columnIds: rule.scope.columnIds,
    },
    filter: {
      kinds: rule.filter.kinds,
      categories: rule.filter.categories,
      topics: rule.filter.topics,
      issuers: rule.filter.issuers,
      titleKeywords: rule.filter.titleKeywords,
      docNumberCodes: rule.filter.docNumberCodes,
      inForceOnly: rule.filter.inForceOnly,
    },
    mode: rule.mode,
    targetColumnId: rule.targetColumnId,
    publish: rule.publish,
    enabled: rule.enabled,
  };
}
