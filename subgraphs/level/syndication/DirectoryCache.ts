import type { Level } from '../../../core/levels';
import type { SiteDoc } from '../../../core/model';
import type { DirectoryLookup } from '../../../core/syndication';
import type { LevelCollections } from '../repositories/levelCollections';

/**
 * The cluster directory (every level's database holds all of it) in memory,
 * for rule scopes and mandate coverage. Sites change seldom: it reloads at
 * most every `maxAgeMs` when asked to be fresh.
 */
export class DirectoryCache implements DirectoryLookup {
  private byId = new Map<string, SiteDoc>();
  private byLevel = new Map<Level, SiteDoc[]>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly c: LevelCollections,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** Reloads when older than maxAgeMs (or never loaded); concurrent callers share one read. */
  async fresh(): Promise<this> {
    if (Date.now() - this.loadedAt > this.maxAgeMs) {
      this.loading ??= this.load().finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
    return this;
  }

  site(id: string): SiteDoc | null {
    return this.byId.get(id) ?? null;
  }

  sitesOfLevel(level: Level): readonly SiteDoc[] {
    return this.byLevel.get(level) ?? [];
  }

  private async load(): Promise<void> {
    const sites = await this.c.sites.find({}).sort({ _id: 1 }).toArray();
    const byId = new Map<string, SiteDoc>();
    const byLevel = new Map<Level, SiteDoc[]>();
    for (const site of sites) {
      byId.set(site._id, site);
      const list = byLevel.get(site.level);
      if (list) list.push(site);
      else byLevel.set(site.level, [site]);
    }
    this.byId = byId;
    this.byLevel = byLevel;
    this.loadedAt = Date.now();
  }
}
