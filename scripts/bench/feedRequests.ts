import { performance } from 'node:perf_hooks';
import { benchProgress } from './benchProgress';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** What building one feed costs at the gateway, seen by a client on loopback. */
export interface FeedFormatFigures {
  format: FeedFormat;
  url: string;
  status: number;
  /** Items in the body (`<item>`, `<entry>` or JSON `items`). */
  items: number;
  bytes: number;
  /** The first request for this URL. */
  coldMs: number;
  /** The next `repeat` requests, one after the other. */
  latency: Percentiles;
  /** The same request with `If-None-Match: <its ETag>`, 3 times. */
  notModified: Percentiles;
  notModifiedStatus: number | null;
}

/** Conditional requests per feed: a 304 still reads the whole source, so it costs as much. */
const CONDITIONAL = 3;

/**
 * Times GET of one feed URL: once cold, then `repeat` times, then 3 conditional requests with
 * the ETag it answered (304 expected: the source is read, nothing rendered). Bodies are read in
 * full (the time includes the transfer).
 */
export async function timeFeed(
  label: string,
  url: string,
  format: FeedFormat,
  repeat: number,
): Promise<FeedFormatFigures> {
  const progress = benchProgress(label, 1 + repeat + CONDITIONAL, 'requests');
  const cold = await get(url);
  progress.update(1, `cold ${cold.ms.toFixed(0)} ms`);
  if (cold.status !== 200) {
    throw new Error(`${url} answered ${cold.status}: ${cold.body.slice(0, 300)}`);
  }
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    times.push((await get(url)).ms);
    progress.update(1 + times.length);
  }
  const conditional: number[] = [];
  let notModifiedStatus: number | null = null;
  if (cold.etag) {
    for (let i = 0; i < CONDITIONAL; i++) {
      const answer = await get(url, { 'if-none-match': cold.etag });
      conditional.push(answer.ms);
      notModifiedStatus = answer.status;
      progress.update(1 + times.length + conditional.length);
    }
  }
  progress.stop();
  return {
    format,
    url,
    status: cold.status,
    items: countItems(format, cold.body),
    bytes: Buffer.byteLength(cold.body),
    coldMs: cold.ms,
    latency: percentiles(times),
    notModified: percentiles(conditional),
    notModifiedStatus,
  };
}

async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; etag: string | null; ms: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers });
  const body = await res.text();
  return { status: res.status, body, etag: res.headers.get('etag'), ms: performance.now() - t };
}

function countItems(format: FeedFormat, body: string): number {
  if (format === 'json') {
    const parsed = JSON.parse(body) as { items?: unknown[] };
    return parsed.items?.length ?? 0;
  }
  return body.split(format === 'rss' ? '<item>' : '<entry>').length - 1;
}
