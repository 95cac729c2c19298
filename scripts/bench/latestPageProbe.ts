import { performance } from 'node:perf_hooks';
import { graphqlCall } from './graphqlCall';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

/** One page of a site feed's source, timed: where a 1,000-item feed's time goes. */
export interface LatestPageFigures {
  pageSize: number;
  /** `latest(siteId)` with the fields a feed item needs (entity fetch from the owning level). */
  withFields: Percentiles;
  /** The same page asking only for ids: the province's catalog alone. */
  idsOnly: Percentiles;
}

/** The fields GraphQLFeedSource (gateway/feeds) reads for every feed item. */
const FEED_FIELDS = `id title url publishedAt updatedAt docNumber { normalized } issuer category
  indexNumber summary status site { name url }`;

const page = (fields: string) => `query($siteId: ID!, $first: Int!) {
  latest(siteId: $siteId, first: $first) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } }
}`;

/**
 * Times the first page of `latest(siteId)` through the gateway as the feeds read it (pages of
 * 100), with the feed's fields and with ids only, `samples` times each, alternating.
 */
export async function probeLatestPage(spec: {
  gatewayUrl: string;
  siteId: string;
  samples: number;
  pageSize?: number;
}): Promise<LatestPageFigures> {
  const pageSize = spec.pageSize ?? 100;
  const time = async (document: string) => {
    const t = performance.now();
    await graphqlCall(spec.gatewayUrl, document, { siteId: spec.siteId, first: pageSize });
    return performance.now() - t;
  };
  const withFields: number[] = [];
  const idsOnly: number[] = [];
  for (let i = 0; i < spec.samples; i++) {
    withFields.push(await time(page(FEED_FIELDS)));
    idsOnly.push(await time(page('id')));
  }
  return {
    pageSize,
    withFields: percentiles(withFields),
    idsOnly: percentiles(idsOnly),
  };
}
