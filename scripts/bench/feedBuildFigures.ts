import type { FeedBuildFigures } from './feedBuild';
import type { Percentiles } from './percentiles';
import { textTable } from './textTable';

const num = (value: number | null, digits = 0) => (value === null ? '-' : value.toFixed(digits));
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const withCommas = (n: number) => n.toLocaleString('en-US');

function latencyCells(p: Percentiles, digits = 1): string[] {
  return [num(p.p50, digits), num(p.p95, digits), num(p.p99, digits), num(p.max, digits)];
}

/** Phase (C) of `npm run bench:search` as printed: the feeds, their source, search end to end. */
export function formatFeedBuildFigures(hub: FeedBuildFigures): string[] {
  const page = hub.latestPage;
  const search = hub.gatewaySearch;
  return [
    `(C) hub on loopback (3 subgraphs + gateway, syndication workers off): ${withCommas(hub.notices)} notices ` +
      `seeded in ${seconds(hub.seedMs)} s; latest(siteId) counted the feed site's after ${seconds(hub.catalogMs)} s, ` +
      `the catalog was at the end of every log ${seconds(hub.quietMs)} s later`,
    `  feed of ${hub.feedSite.name} (${hub.feedSite.id}, ${withCommas(hub.feedSite.published)} published), ` +
      '?limit=1000, ms on loopback, body read in full:',
    ...textTable(
      ['format', 'items', 'bytes', 'cold', 'p50', 'p95', 'max', '304 p50', '304 status'],
      hub.feeds.map((f) => [
        f.format,
        String(f.items),
        withCommas(f.bytes),
        num(f.coldMs),
        num(f.latency.p50),
        num(f.latency.p95),
        num(f.latency.max),
        num(f.notModified.p50),
        f.notModifiedStatus === null ? '-' : String(f.notModifiedStatus),
      ]),
    ).map((l) => `    ${l}`),
    `  where it goes: the feed reads latest(siteId) through the gateway in pages of ${page.pageSize} ` +
      `(${Math.ceil(1000 / page.pageSize)} pages + the reposts); one page, ${page.withFields.count} samples (ms):`,
    ...textTable(
      ['page', 'p50', 'p95', 'p99', 'max'],
      [
        ['with the feed item fields (owner level fetches them)', ...latencyCells(page.withFields)],
        ['ids only (province catalog alone)', ...latencyCells(page.idsOnly)],
      ],
    ).map((l) => `    ${l}`),
    `  search, ${search.latency.count} queries of the mix over the hub's ${withCommas(hub.searchable)} public ` +
      'notices, first page of 20 (ms):',
    ...textTable(
      ['where', 'p50', 'p95', 'p99', 'max'],
      [
        [
          'through the gateway: hits, highlights, facets, notice fields',
          ...latencyCells(search.latency),
        ],
        ['through the gateway: the same with node { id } only', ...latencyCells(search.idsOnly)],
        ['in process: same notices, same queries', ...latencyCells(hub.inProcess)],
      ],
    ).map((l) => `    ${l}`),
    `  services RSS MB: ${
      Object.entries(hub.memory)
        .map(([name, mb]) => `${name} ${mb.toFixed(0)}`)
        .join(', ') || '-'
    }`,
    '',
  ];
}
