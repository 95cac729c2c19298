import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Logger } from 'pino';
import { UnavailableError } from '../../../core/errors';
import type { CatalogDoc } from '../../../core/model';
import type { SearchPage, SearchRequest } from '../../../core/search';
import { SearchIndex } from '../../../core/search';
import type { DirectoryCache } from '../syndication/DirectoryCache';

/** Statuses whose text the public may search: a withdrawn notice is off the site. */
const SEARCHABLE = new Set(['PUBLISHED', 'REPEALED']);
/** Used for a site the directory does not know (yet): no region filter matches it. */
const NO_REGION = '000000';
/** Notices indexed between two turns of the event loop while warming up. */
const WARM_UP_BATCH = 200;

/**
 * Full-text search over the province catalog (issue 5): every public notice
 * of the cluster in an in-memory SearchIndex, fed by the same change logs as
 * the catalog, right after each catalog write, so a publication, revision,
 * withdrawal or repeal shows in search as soon as in `latest`.
 *
 * At start-up the stored catalog is indexed in the background (word
 * segmentation takes about half a millisecond a notice), so the province
 * serves everything else at once; until then `search` answers UNAVAILABLE
 * with the progress. Live changes are indexed meanwhile; each notice's
 * version is remembered so an older row never replaces a newer one.
 */
export class CatalogSearch {
  private readonly index = new SearchIndex();
  private readonly versions = new Map<string, number>();
  private warming: { done: number; total: number } | null = { done: 0, total: 0 };

  constructor(
    private readonly directory: DirectoryCache,
    private readonly logger: Logger,
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** True once the stored catalog is indexed. */
  get ready(): boolean {
    return this.warming === null;
  }

  /**
   * Indexes what the catalog holds, in batches that leave the event loop
   * free between them; `current` gives each row as the catalog has it at that
   * moment (live changes may have moved it on).
   */
  async warmUp(
    ids: readonly string[],
    current: (id: string) => CatalogDoc | undefined,
  ): Promise<void> {
    const started = Date.now();
    this.warming = { done: 0, total: ids.length };
    for (let i = 0; i < ids.length; i += WARM_UP_BATCH) {
      const rows = ids.slice(i, i + WARM_UP_BATCH).flatMap((id) => current(id) ?? []);
      // Only the site directory is read here: retry until it answers.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.apply(rows);
          break;
        } catch (error) {
          this.logger.warn({ err: error, attempt }, 'search index build: retrying a batch');
          await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 10) * 1000));
        }
      }
      this.warming.done = Math.min(ids.length, i + WARM_UP_BATCH);
      await yieldToEvents();
    }
    this.warming = null;
    this.logger.info({ notices: this.index.size, ms: Date.now() - started }, 'search index built');
  }

  /** Indexes (or drops) the catalog rows as they are now; rows older than what is indexed are skipped. */
  async apply(rows: readonly CatalogDoc[]): Promise<void> {
    const directory = await this.directory.fresh();
    for (const row of rows) {
      if ((this.versions.get(row._id) ?? 0) >= row.version) continue;
      this.versions.set(row._id, row.version);
      if (!SEARCHABLE.has(row.status)) {
        this.index.remove(row._id);
        continue;
      }
      const regionCode = directory.site(row.siteId)?.regionCode ?? NO_REGION;
      try {
        this.index.upsert({
          id: row._id,
          level: row.level,
          siteId: row.siteId,
          regionCode: /^\d{6}$/.test(regionCode) ? regionCode : NO_REGION,
          columnId: row.columnId,
          kind: row.kind,
          title: row.title,
          docNumber: row.docNumber,
          issuer: row.issuer,
          category: row.category,
          validity: row.validity,
          signedAt: row.signedAt,
          publishedAt: row.publishedAt,
          text: row.text ?? '',
        });
      } catch (error) {
        // One bad row must not stop the catalog; it stays out of search, loudly.
        this.logger.error({ err: error, notice: row._id }, 'notice not indexed for search');
      }
    }
  }

  search(request: SearchRequest): SearchPage {
    if (this.warming) {
      throw new UnavailableError(
        `the search index is being built (${this.warming.done} of ${this.warming.total} notices); try again in a moment`,
      );
    }
    return this.index.search(request);
  }
}
