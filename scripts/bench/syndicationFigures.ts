import type { ChildMemory } from './childMemory';
import { describeCpu } from './childCpu';
import { describeCommands } from './dbCommandStats';
import type { FeedProbeFigures } from './feedProbes';
import type { FanoutFigures } from './mandateFanout';
import type { ReceiptProbeFigures } from './receiptProbes';
import type { Percentiles } from './percentiles';
import type { PropagationFigures } from './propagationLatency';
import type { BackfillFigures } from './ruleBackfill';

export interface SyndicationTargets {
  /** (b): all copies of the largest fan-out within this many ms. */
  fanoutMs: number;
  fanoutSites: number;
  /** (c): at least this many notices per second. */
  backfillPerSecond: number;
}

export interface SyndicationResults {
  mode: 'quick' | 'full';
  propagation: PropagationFigures[];
  fanout: FanoutFigures[];
  backfill: BackfillFigures | null;
  memory: Record<string, ChildMemory>;
  /** 1-minute load average before and after each scenario (other processes share the CPUs). */
  load: Record<string, { before: number; after: number }>;
  cpus: number;
  elapsedMs: number;
}

const ms = (value: number | null, digits = 0) => (value === null ? '-' : value.toFixed(digits));
const seconds = (value: number | null) => (value === null ? '-' : (value / 1000).toFixed(2));
const mb = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(0));

function table(header: string[], rows: string[][], alignLeft = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < alignLeft ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function pctRow(p: Percentiles): string[] {
  return [ms(p.p50, 1), ms(p.p90, 1), ms(p.p99, 1), ms(p.max, 1)];
}

/** The receipt probes as an indented table of p50/p90/p99/max ms. */
function receiptProbeTable(p: ReceiptProbeFigures, sites: number): string[] {
  return [
    `  one batch of ${p.batch} receipts, ${sites} sites, hub idle, ${p.samples} samples (ms):`,
    ...table(
      ['step', 'p50', 'p90', 'p99', 'max'],
      [
        ['county: outbox read (receiptPending: true)', ...pctRow(p.pendingRead)],
        ['recordSyndicationReceipts via gateway (no-op)', ...pctRow(p.recordViaGateway)],
        ['province: receipts $in (batch ids)', ...pctRow(p.receiptsIn)],
        ['province: insertMany of the batch', ...pctRow(p.receiptsInsert)],
        ['county: updateMany $or of {_id, seq} pairs', ...pctRow(p.deliveredUpdate)],
        ['county: updateMany _id $in (no seq guard)', ...pctRow(p.deliveredUpdateIn)],
        ['county: updateOne each in turn (20, scaled)', ...pctRow(p.deliveredUpdateOnes)],
      ],
    ).map((l) => `    ${l}`),
  ];
}

/** The feed probes as an indented table of p50/p90/p99/max ms. */
function probeTable(p: FeedProbeFigures): string[] {
  return table(
    ['operation', 'p50', 'p90', 'p99', 'max'],
    [
      ['worker feed query via gateway', ...pctRow(p.gatewayPage)],
      ['  same, snapshots only (no notice)', ...pctRow(p.gatewaySnapshotsOnly)],
      ['  same query straight at the subgraph', ...pctRow(p.subgraphPage)],
      ['db: changes range ($gt, sort, limit)', ...pctRow(p.dbChangesRange)],
      ['db: notices $in (DataLoader, 1 query)', ...pctRow(p.dbNoticesIn)],
      ['db: same notices, findOne each, parallel', ...pctRow(p.dbNoticesByIdParallel)],
      ['db: same notices, findOne each, in turn', ...pctRow(p.dbNoticesByIdSequential)],
      [
        'db: insertMany of a page of copies',
        ...(p.dbInsertCopies ? pctRow(p.dbInsertCopies) : ['-', '-', '-', '-']),
      ],
    ],
  ).map((l) => `    ${l}`);
}

/** The printed figures of `npm run bench:syndication`: one table per scenario, then memory. */
export function formatSyndicationFigures(
  results: SyndicationResults,
  targets: SyndicationTargets,
): string {
  const lines: string[] = [
    '',
    `govhub bench:syndication (${results.mode}), loopback, ${(results.elapsedMs / 1000).toFixed(0)} s in all`,
    '',
  ];

  if (results.propagation.length > 0) {
    lines.push(
      '(a) propagation: 法库县 publishes a 政策文件 -> 辽宁 copy readable through the gateway (repost(id), read every 10 ms)',
      ...table(
        [
          'mode',
          'notices',
          'p50 ms',
          'p90 ms',
          'p99 ms',
          'max ms',
          'server p50',
          'server p99',
          'reads p50',
          'read ms p50',
          'publish p50',
          'timeouts',
          'left out',
        ],
        results.propagation.map((r) => [
          r.name,
          String(r.notices),
          ...pctRow(r.visible),
          ms(r.server.p50, 1),
          ms(r.server.p99, 1),
          ms(r.readsPerNotice.p50),
          ms(r.readMs.p50, 1),
          ms(r.publish.p50, 1),
          String(r.timeouts),
          String(r.publishFailures),
        ]),
      ),
      "  ms from the publishNotice response; server = original live -> copy written (the copy's latencySeconds)",
      '  left out: publishNotice failed, no answer to measure from',
      ...results.propagation.flatMap((r) => [
        `  ${r.name}: workflow calls via gateway, p50/p99 ms: ` +
          Object.entries(r.calls)
            .map(([name, p]) => `${name} ${ms(p.p50)}/${ms(p.p99)} (${p.count})`)
            .join(', ') +
          (r.callFailures.count > 0
            ? `; ${r.callFailures.count} failed, e.g. ${r.callFailures.examples[0].slice(0, 160)}`
            : ''),
        r.readErrors > 0 ? `; ${r.readErrors} repost(id) reads failed` : '',
      ]),
      ...results.propagation.flatMap((r) =>
        r.probes
          ? [
              `  ${r.name}: reading the newest county entry (what a nudge or poll does), hub idle, ` +
                `${r.probes.samples} reads, ${r.probes.noticesInCollection} county notices (ms):`,
              ...probeTable(r.probes),
            ]
          : [],
      ),
      '',
    );
  }

  if (results.fanout.length > 0) {
    const rows = results.fanout.map((f) => {
      const target =
        f.sites === targets.fanoutSites
          ? f.allCopiesMs !== null && f.allCopiesMs <= targets.fanoutMs
            ? 'met'
            : 'MISSED'
          : '';
      return [
        String(f.sites),
        seconds(f.firstCopyMs),
        seconds(f.allCopiesMs),
        seconds(f.allReceiptsMs),
        `${f.copies}/${f.receipts}`,
        ms(f.countQueryMs.p50),
        f.coverage
          ? `${f.coverage.expectedCount}/${f.coverage.doneCount}/${f.coverage.missingCount}`
          : '-',
        target,
      ];
    });
    lines.push(
      '(b) 下行 fan-out: one province directive, mandate [COUNTY] 8 h, to N county portals',
      ...table(
        [
          'sites',
          'first copy s',
          'all copies s',
          'all receipts s',
          'copies/receipts',
          'count ms',
          'coverage exp/done/missing',
          `target ${targets.fanoutSites} <= ${targets.fanoutMs / 1000} s`,
        ],
        rows,
      ),
      '  s from the publishNotice response to the first count showing all (count ms: one count, a full scan on FerretDB);',
      '  copies counted in the county reposts, receipts in the province receipts',
      "  (mandated copies wait for the county's review, so coverage counts them missing until published)",
      ...results.fanout.flatMap((f) => [
        `  ${f.sites} sites: receipts at the origin over time (s: count): ` +
          f.receiptSteps.map((r) => `${(r.ms / 1000).toFixed(1)}: ${r.receipts}`).join(', '),
        `  db commands, ${f.sites} sites: county ${describeCommands(f.dbCommands.COUNTY)}`,
        `                     province ${describeCommands(f.dbCommands.PROVINCE)}`,
        ...(f.receiptProbes ? receiptProbeTable(f.receiptProbes, f.sites) : []),
      ]),
      '',
    );
  }

  const b = results.backfill;
  if (b) {
    const met =
      b.noticesPerSecond !== null && b.noticesPerSecond >= targets.backfillPerSecond
        ? 'met'
        : 'MISSED';
    lines.push(
      '(c) backfill: a new city rule over existing county notices',
      ...table(
        [
          'notices',
          'copies',
          'all copies s',
          'marked done s',
          'notices/s',
          `target >= ${targets.backfillPerSecond}/s`,
        ],
        [
          [
            String(b.notices),
            String(b.copies),
            seconds(b.backfillMs),
            seconds(b.markedDoneMs),
            ms(b.noticesPerSecond),
            met,
          ],
        ],
      ),
      `  seeding ${b.notices} notices: ${seconds(b.seedMs)} s; first read of the logs by the 3 workers and the catalog ` +
        `(no rule matches): ${b.catchUpEntries} entries in ${seconds(b.catchUpMs)} s ` +
        `(${ms(b.catchUpEntries / Math.max(b.catchUpMs / 1000, 0.001))} entries/s)`,
      `  backfill pages (cursor moves, seen every 100 ms): p50 ${ms(b.pageMs.p50)} ms, p90 ${ms(b.pageMs.p90)} ms, ` +
        `max ${ms(b.pageMs.max)} ms, ${ms(b.pageEntries.p50)} notices each (p50)`,
      `  CPU seconds used until every copy existed: ${describeCpu(b.cpu ?? {})}`,
      `  receipts at the origin (held back until the copies are made): every one ${seconds(b.receiptsMs ?? null)} s after the rule was created`,
      `  db commands during the backfill: city ${describeCommands(b.dbCommands.CITY)}`,
      `                                   county ${describeCommands(b.dbCommands.COUNTY)}`,
    );
    const p = b.probes;
    if (p) {
      lines.push(
        `  one feed page of ${p.pageSize} entries, hub idle, ${p.samples} positions over ${p.noticesInCollection} notices (ms):`,
        ...probeTable(p),
        `  at ${targets.backfillPerSecond}/s a page of ${p.pageSize} has ${((p.pageSize / targets.backfillPerSecond) * 1000).toFixed(0)} ms for read + apply; ` +
          `measured ${b.noticesPerSecond ? ((p.pageSize / b.noticesPerSecond) * 1000).toFixed(0) : '-'} ms per page`,
      );
    }
    lines.push('');
  }

  const scenarios = Object.keys(results.load);
  if (scenarios.length > 0) {
    const names: string[] = ['county', 'city', 'province', 'gateway', 'ferretdb'];
    lines.push(
      `memory (RSS MB after each scenario) and 1-min load average on ${results.cpus} CPUs`,
      ...table(
        ['scenario', ...names, 'load before', 'load after'],
        scenarios.map((scenario) => [
          scenario,
          ...names.map((n) => mb(results.memory[scenario]?.[n])),
          results.load[scenario].before.toFixed(1),
          results.load[scenario].after.toFixed(1),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
