import { performance } from 'node:perf_hooks';
import { repostId } from '../../core/syndication';
import { benchProgress } from './benchProgress';
import type { SiteStaff } from './benchWorkflow';
import { CallTimings, approveDraft, mapLimit, publishApproved } from './benchWorkflow';
import type { FeedProbeFigures } from './feedProbes';
import { graphqlCall } from './graphqlCall';
import type { Percentiles } from './percentiles';
import { percentiles } from './percentiles';

/** 法库县 (demo): its 政策文件 are reposted at once by 沈阳 and 辽宁 (demo 转载规则). */
export const DEMO_COUNTY_SITE = '2101240002';
/** 辽宁省人民政府: the province portal whose copy the benchmark waits for. */
export const DEMO_PROVINCE_SITE = '2100000001';

export interface PropagationSpec {
  /** Row label: `nudge`, `polling only (1000 ms)`. */
  name: string;
  gatewayUrl: string;
  staff: SiteStaff;
  notices: number;
  /** Gap between two reads of the copy through the gateway (default 10 ms). */
  pollEveryMs?: number;
  /** Give up on one notice after this long (default 30 s). */
  timeoutMs?: number;
  /** Drafts taken through review at the same time before the measurement (default 4). */
  prepareConcurrency?: number;
  runId: string;
}

export interface PropagationFigures {
  name: string;
  notices: number;
  /** publishNotice answered → first gateway read of `repost(id)` that shows the copy (ms). */
  visible: Percentiles;
  /** Every `visible` sample, in publication order (kept in the JSON, not printed). */
  visibleSamples: number[];
  /** Original live → copy written, as the copy reports it (`latencySeconds`, server clocks). */
  server: Percentiles;
  /** Reads of `repost(id)` per notice until it showed the copy. */
  readsPerNotice: Percentiles;
  /** One `repost(id)` read through the gateway (ms): the resolution of `visible`. */
  readMs: Percentiles;
  /** publishNotice round trip (ms). */
  publish: Percentiles;
  timeouts: number;
  /** Reads of `repost(id)` the gateway failed (read again). */
  readErrors: number;
  /** Notices left out: publishNotice failed (they were published anyway, or not at all). */
  publishFailures: number;
  /** Round trips of every workflow call through the gateway (ms), by mutation. */
  calls: Record<string, Percentiles>;
  /** Workflow calls that failed (then retried from the notice's status), with the first errors. */
  callFailures: { count: number; examples: string[] };
  elapsedMs: number;
  /** What one read of the newest county entry costs, hub idle (set by the caller). */
  probes?: FeedProbeFigures | null;
}

const REPOST = `query($id: ID!) { repost(id: $id) { id status latencySeconds } }`;

/**
 * (a) Takes `notices` 政策文件 of 法库县 through 三审 up to APPROVED (not measured), then
 * publishes them one at a time: from each publishNotice response, reads
 * `repost(<辽宁's copy id>)` through the gateway every `pollEveryMs` until it answers with the
 * copy. The copy id is deterministic (repostId), so the reads need no listing.
 */
export async function measurePropagation(spec: PropagationSpec): Promise<PropagationFigures> {
  const started = performance.now();
  const pollEveryMs = spec.pollEveryMs ?? 10;
  const timeoutMs = spec.timeoutMs ?? 30_000;
  const drafts = Array.from({ length: spec.notices }, (_, i) => i + 1);
  const timings = new CallTimings();
  const preparing = benchProgress(`(a) ${spec.name}: review`, spec.notices, 'notices');
  const ids = await mapLimit(
    drafts,
    spec.prepareConcurrency ?? 4,
    (n) =>
      approveDraft(
        spec.gatewayUrl,
        spec.staff,
        DEMO_COUNTY_SITE,
        {
          title: `法库县关于做好传播时延测试工作的通知（${spec.runId}-${n}）`,
          kind: 'POLICY',
          columnId: 'zcwj',
          category: '政策文件',
          body: `<p>各乡镇人民政府，县政府各部门：</p><p>现就做好第${n}批测试工作通知如下，请认真贯彻执行。</p>`,
        },
        3,
        timings,
      ),
    (done) => preparing.update(done),
  );
  preparing.stop();

  const visible: number[] = [];
  const server: number[] = [];
  const reads: number[] = [];
  const readMs: number[] = [];
  const publish: number[] = [];
  let timeouts = 0;
  let publishFailures = 0;
  let readErrors = 0;
  const measuring = benchProgress(`(a) ${spec.name}: publish`, spec.notices, 'notices');
  for (const [i, id] of ids.entries()) {
    const copy = repostId('PROVINCE', DEMO_PROVINCE_SITE, id);
    const before = performance.now();
    const published = await publishApproved(spec.gatewayUrl, spec.staff, id, timings);
    const t0 = performance.now();
    if (!published.ok) {
      // No answer to measure from: leave this notice out.
      publishFailures += 1;
      measuring.update(i + 1);
      continue;
    }
    publish.push(t0 - before);
    let count = 0;
    for (;;) {
      const next = performance.now() + pollEveryMs;
      let data: {
        repost: { id: string; status: string; latencySeconds: number | null } | null;
      } = { repost: null };
      try {
        data = await graphqlCall(spec.gatewayUrl, REPOST, { id: copy });
      } catch {
        // A read the gateway failed (e.g. a timeout under load): counted, then read again.
        readErrors += 1;
      }
      count += 1;
      const now = performance.now();
      readMs.push(now + pollEveryMs - next);
      if (data.repost) {
        visible.push(now - t0);
        if (data.repost.latencySeconds !== null) server.push(data.repost.latencySeconds * 1000);
        reads.push(count);
        break;
      }
      if (now - t0 > timeoutMs) {
        timeouts += 1;
        break;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
    const p50 = percentiles(visible).p50;
    measuring.update(i + 1, p50 === null ? '' : `p50 ${p50.toFixed(0)} ms`);
  }
  measuring.stop();
  return {
    name: spec.name,
    notices: spec.notices,
    visible: percentiles(visible),
    visibleSamples: visible.map((v) => Math.round(v * 10) / 10),
    server: percentiles(server),
    readsPerNotice: percentiles(reads),
    readMs: percentiles(readMs),
    publish: percentiles(publish),
    timeouts,
    publishFailures,
    readErrors,
    calls: Object.fromEntries(
      Object.entries(timings.ms).map(([name, values]) => [name, percentiles(values)]),
    ),
    callFailures: {
      count: timings.failureCount(),
      examples: Object.values(timings.failures).flat().slice(0, 3),
    },
    elapsedMs: performance.now() - started,
  };
}
