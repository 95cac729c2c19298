import type { LevelCollections } from './levelCollections';

/** Named read positions (e.g. how far the catalog has read the county log), kept in the reader's database. */
export class CursorStore {
  constructor(private readonly c: LevelCollections) {}

  async get(name: string): Promise<string | null> {
    const doc = await this.c.cursors.findOne({ _id: name });
    return doc?.after ?? null;
  }

  async set(name: string, after: string | null): Promise<void> {
    await this.c.cursors.updateOne(
      { _id: name },
      { $set: { after, updatedAt: new Date() } },
      { upsert: true },
    );
  }
}
