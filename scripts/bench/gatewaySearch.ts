import { performance } from 'node:perf_hooks';
import { benchProgress } from './benchProgress';
import { graphqlCall } from './graphqlCall';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';
import type { BenchSearchQuery, SearchQueryKind } from './searchQueryMix';

/** What a portal's 文件查询 page asks for: a page of hits with highlights, and the facets. */
const SEARCH = `query BenchSearch($query: String!, $filter: SearchFilter, $sort: SearchSort!, $first: Int!) {
  search(query: $query, filter: $filter, sort: $sort, first: $first) {
    totalCount
    edges {
      score
      highlights { field snippet }
      node { id title publishedAt issuer docNumber { normalized } site { name } }
    }
    facets {
      levels { value count }
      issuers { value count }
      years { value count }
      categories { value count }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The same without the notices' own fields: the province alone answers it (no entity fetch). */
const SEARCH_IDS_ONLY = `query BenchSearchIds($query: String!, $filter: SearchFilter, $sort: SearchSort!, $first: Int!) {
  search(query: $query, filter: $filter, sort: $sort, first: $first) {
    totalCount
    edges { score highlights { field snippet } node { id } }
    facets {
      levels { value count }
      issuers { value count }
      years { value count }
      categories { value count }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface GatewaySearchTiming {
  n: number;
  kind: SearchQueryKind;
  query: string;
  ms: number;
  /** The same query asking only for the notices' ids. */
  idsOnlyMs: number;
  totalCount: number;
}

export interface GatewaySearchFigures {
  latency: Percentiles;
  idsOnly: Percentiles;
  timings: GatewaySearchTiming[];
}

/**
 * `search` end to end: each query of the mix as an anonymous client's GraphQL request to the
 * gateway (which asks the province, then the owners of the notices for their fields), then the
 * same asking for ids only (the province alone), one at a time after `warmup` untimed ones.
 */
export async function measureGatewaySearch(spec: {
  label: string;
  gatewayUrl: string;
  queries: readonly BenchSearchQuery[];
  warmup: number;
}): Promise<GatewaySearchFigures> {
  const run = async (document: string, query: BenchSearchQuery) => {
    const t = performance.now();
    const data = await graphqlCall<{ search: { totalCount: number } }>(spec.gatewayUrl, document, {
      query: query.request.query,
      filter: query.request.filter,
      sort: query.request.sort,
      first: query.request.first,
    });
    return { ms: performance.now() - t, totalCount: data.search.totalCount };
  };
  for (const query of spec.queries.slice(0, spec.warmup)) {
    await run(SEARCH, query);
    await run(SEARCH_IDS_ONLY, query);
  }
  const progress = benchProgress(spec.label, spec.queries.length, 'queries');
  const timings: GatewaySearchTiming[] = [];
  for (const query of spec.queries) {
    const full = await run(SEARCH, query);
    const idsOnly = await run(SEARCH_IDS_ONLY, query);
    timings.push({
      n: query.n,
      kind: query.kind,
      query: query.request.query,
      ms: full.ms,
      idsOnlyMs: idsOnly.ms,
      totalCount: full.totalCount,
    });
    progress.update(timings.length);
  }
  progress.stop();
  return {
    latency: percentiles(timings.map((t) => t.ms)),
    idsOnly: percentiles(timings.map((t) => t.idsOnlyMs)),
    timings,
  };
}
