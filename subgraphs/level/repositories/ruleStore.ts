import type { RuleDoc } from '../../../core/model';
import type { LevelCollections } from './levelCollections';

/** 转载规则 of this level's sites. */
export class RuleStore {
  constructor(private readonly c: LevelCollections) {}

  get(id: string): Promise<RuleDoc | null> {
    return this.c.rules.findOne({ _id: id });
  }

  all(): Promise<RuleDoc[]> {
    return this.c.rules.find({}).sort({ _id: 1 }).toArray();
  }

  bySite(siteId: string): Promise<RuleDoc[]> {
    return this.c.rules.find({ siteId }).sort({ createdAt: 1, _id: 1 }).toArray();
  }

  async insert(rule: RuleDoc): Promise<void> {
    await this.c.rules.insertOne(rule);
  }

  /** Replaces a rule if it is still at `expectedVersion`; null when it is not (or is gone). */
  replace(rule: RuleDoc, expectedVersion: number): Promise<RuleDoc | null> {
    return this.c.rules.findOneAndReplace({ _id: rule._id, version: expectedVersion }, rule, {
      returnDocument: 'after',
    });
  }

  async remove(id: string, expectedVersion: number): Promise<boolean> {
    const result = await this.c.rules.deleteOne({ _id: id, version: expectedVersion });
    return result.deletedCount === 1;
  }
}
