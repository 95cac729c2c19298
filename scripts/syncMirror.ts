import { Command, InvalidArgumentError } from 'commander';
import { LEVELS } from '../core/levels';
import { REGION_CODE_PATTERN } from '../core/syndication';
import { SyncError, syncMirror } from './mirror/syncMirror';

/*
 * npm run sync-mirror -- --dir ./mirror [--gateway URL] [--region 2101]
 *   [--levels COUNTY,CITY] [--follow [--interval 5000]]
 *
 * The worked example of an aggregator (issue 5): keeps a directory of JSON
 * files in step with the cluster through the public `changes` field, one file
 * per notice plus the resume cursor. Without --follow it syncs once and exits;
 * with it, it keeps polling. Safe to kill at any point: the next run resumes.
 */

interface Options {
  dir: string;
  gateway: string;
  region?: string;
  levels?: string[];
  pageSize: number;
  follow: boolean;
  interval: number;
}

function region(value: string): string {
  if (!REGION_CODE_PATTERN.test(value))
    throw new InvalidArgumentError('expected 2, 4 or 6 digits of a 行政区划代码, e.g. 2101');
  return value;
}

function levels(value: string): string[] {
  const list = value.split(',').map((l) => l.trim().toUpperCase());
  const bad = list.filter((l) => !(LEVELS as readonly string[]).includes(l));
  if (bad.length > 0 || list.length === 0)
    throw new InvalidArgumentError(`expected a list of ${LEVELS.join(', ')}`);
  return list;
}

function positive(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

function url(value: string): string {
  try {
    return new URL(value).toString();
  } catch {
    throw new InvalidArgumentError('expected a URL, e.g. http://127.0.0.1:4000/graphql');
  }
}

async function main(): Promise<void> {
  const opts = new Command('sync-mirror')
    .description("Keep a local mirror of the cluster's notices in step through `changes`")
    .requiredOption('--dir <path>', 'mirror directory (created if missing)')
    .option(
      '--gateway <url>',
      'the gateway',
      url,
      process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? '4000'}/graphql`,
    )
    .option('--region <code>', 'only sites in this 行政区划代码 (prefix)', region)
    .option('--levels <list>', 'only these levels, e.g. COUNTY,CITY', levels)
    .option('--page-size <n>', 'changes per request (at most 100)', positive(100), 100)
    .option('--follow', 'keep polling after catching up', false)
    .option('--interval <ms>', 'with --follow: how often to poll', positive(3_600_000), 5000)
    .parse()
    .opts<Options>();
  let total = 0;
  for (;;) {
    const started = Date.now();
    const result = await syncMirror({
      gateway: opts.gateway,
      dir: opts.dir,
      regionCode: opts.region ?? null,
      levels: opts.levels ?? null,
      pageSize: opts.pageSize,
      onRetry: (error, waitMs) =>
        process.stderr.write(`sync-mirror: ${error.message}; retrying in ${waitMs / 1000} s\n`),
      onPage: ({ applied, pages }) => {
        if (pages % 10 === 0) process.stderr.write(`sync-mirror: ${applied} changes applied…\n`);
      },
    });
    total += result.applied;
    if (result.applied > 0 || !opts.follow)
      process.stderr.write(
        `sync-mirror: ${result.applied} changes applied (${result.written} files written) in ` +
          `${Date.now() - started} ms; ${total} this run; mirror at ${opts.dir}\n`,
      );
    if (!opts.follow) return;
    await new Promise((resolve) => setTimeout(resolve, opts.interval));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sync-mirror: ${error instanceof SyncError ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
