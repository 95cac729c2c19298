import type { Logger } from 'pino';
import type { CatalogDoc } from '../../../core/model';
import type { SearchPage, SearchRequest } from '../../../core/search';
import { SearchIndex } from '../../../core/search';
import type { DirectoryCache } from '../syndication/DirectoryCache';

/** Statuses whose text the public may search: a withdrawn notice is off the site. */
const SEARCHABLE = new Set(['PUBLISHED', 'REPEALED']);
/** Used for a site the directory does not know (yet): no region filter matches it. */
const NO_REGION = '000000';

/**
 * Full-text search over the province catalog (issue 5): every public notice
 * of the cluster in an in-memory SearchIndex, fed by the same change logs as
 * the catalog, right after each catalog write, so a publication, revision,
 * withdrawal or repeal shows in search as soon as in `latest`.
 */
export class CatalogSearch {
  private readonly index = new SearchIndex();

  constructor(
    private readonly directory: DirectoryCache,
    private readonly logger: Logger,
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** Indexes (or drops) the catalog rows as they are now. */
  async apply(rows: readonly CatalogDoc[]): Promise<void> {
    const directory = await this.directory.fresh();
    for (const row of rows) {
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
    return this.index.search(request);
  }
}
