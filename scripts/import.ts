import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command, CommanderError } from 'commander';
import type { Principal } from '../core/auth';
import { ALL_SITES } from '../core/auth';
import { ConfigError, loadConfig } from '../core/config';
import { connectMongo, isFerretdb } from '../core/db';
import type { ImportedPage } from '../core/importer';
import { importPage } from '../core/importer';
import { createLogger } from '../core/logging';
import type { SiteDoc } from '../core/model';
import { Collections } from '../core/model';
import { importNotice, siteDuplicateIndex } from '../subgraphs/level/commands';
import type { LevelContext } from '../subgraphs/level/context';
import { createLoaders } from '../subgraphs/level/loaders';
import { levelCollections } from '../subgraphs/level/repositories';
import { createLevelServices } from '../subgraphs/level/server/createLevelServices';
import { collectPages } from './import/collectPages';
import type { PageResult } from './import/importSummary';
import { formatSummary, summarize } from './import/importSummary';

/*
 * npm run import -- <files or folders> --site <siteId> [--dry-run] [--json] [--draft] [--base-url U]
 * Imports crawled pages of a site's legacy website: each through the level's importNotice command
 * (the same as the GraphQL mutation), written to the level's database with its audit and change-log
 * entries, so a running hub's syndication picks them up. --dry-run parses and reports only (no
 * database). Usage errors exit 2, a run with failed pages 1.
 */

const USAGE_ERROR = 2;

interface Options {
  site: string;
  dryRun: boolean;
  json: boolean;
  draft: boolean;
  baseUrl?: string;
}

const CLI_PRINCIPAL: Principal = {
  sub: 'import-cli',
  name: 'npm run import',
  roles: [{ siteId: ALL_SITES, role: 'CLUSTER_ADMIN' }],
};

async function main(argv: string[]): Promise<number> {
  const program = new Command('import')
    .description("Import crawled pages of a site's legacy website as notices")
    .argument('<paths...>', 'page files (.html, .htm, .txt …) or folders of them')
    .requiredOption('--site <siteId>', 'the site the pages belong to (e.g. site:faku)')
    .option('--dry-run', 'parse and report, write nothing', false)
    .option('--json', 'print one JSON result per page and the summary as JSON', false)
    .option('--draft', 'import as drafts for review (三审) instead of as published', false)
    .option(
      '--base-url <url>',
      'the old site address: sourceUrl = base + path relative to the folder',
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : USAGE_ERROR;
    throw error;
  }
  const opts = program.opts<Options>();
  const paths = program.args;
  const { files, missing } = collectPages(paths);
  if (missing.length > 0) {
    process.stderr.write(`No such file or folder: ${missing.join(', ')}\n`);
    return USAGE_ERROR;
  }
  if (files.length === 0) {
    process.stderr.write('No pages found (.html, .htm, .shtml, .xhtml or .txt).\n');
    return USAGE_ERROR;
  }
  if (opts.baseUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(opts.baseUrl)) {
    process.stderr.write(`--base-url must be an http(s) address, got ${opts.baseUrl}\n`);
    return USAGE_ERROR;
  }
  const sourceUrlOf = (file: string) =>
    opts.baseUrl === undefined
      ? null
      : new URL(
          relative(paths.length === 1 ? paths[0] : '.', file) || file,
          withSlash(opts.baseUrl),
        ).toString();

  const started = Date.now();
  const results: PageResult[] = [];
  const bar = opts.json
    ? null
    : new SingleBar(
        {
          format: 'pages [{bar}] {value}/{total} | {rate} pages/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          fps: 5,
        },
        Presets.shades_classic,
      );
  const done = (result: PageResult) => {
    results.push(result);
    if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    bar?.update(results.length, {
      rate: (results.length / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1),
    });
  };

  if (opts.dryRun) {
    bar?.start(files.length, 0, { rate: '-' });
    for (const file of files) done(dryRunPage(file, sourceUrlOf(file)));
  } else {
    const config = loadConfig();
    const uri = config.levels.PROVINCE.mongoUri;
    if (!uri) {
      process.stderr.write(
        'No MongoDB is configured. Start the hub (npm start) or the local server (npm run ferretdb) and set\n' +
          '  MONGODB_URI=mongodb://127.0.0.1:27017/ , or use --dry-run to parse without writing.\n',
      );
      return 1;
    }
    const directory = await connectMongo(uri, { appName: 'govhub-import' });
    let site: SiteDoc | null;
    try {
      site = await directory
        .db(config.levels.PROVINCE.dbName)
        .collection<SiteDoc>(Collections.sites)
        .findOne({ _id: opts.site });
    } finally {
      await directory.close();
    }
    if (!site) {
      process.stderr.write(
        `Unknown site ${opts.site}: see the sites in the playground or data/demo.\n`,
      );
      return USAGE_ERROR;
    }
    const levelUri = config.levels[site.level].mongoUri ?? uri;
    const client = await connectMongo(levelUri, { appName: 'govhub-import' });
    try {
      const pointReads =
        config.pointReads === 'auto' ? await isFerretdb(client) : config.pointReads === 'on';
      const collections = levelCollections(client.db(config.levels[site.level].dbName));
      const services = createLevelServices({
        level: site.level,
        config,
        collections,
        logger: createLogger({ level: 'warn', name: 'import' }),
        notify: false,
        pointReads,
      });
      const ctx: LevelContext = {
        ...services,
        loaders: createLoaders(collections, { pointReads }),
        principal: CLI_PRINCIPAL,
        authorization: undefined,
        requestId: 'import-cli',
      };
      const duplicates = await siteDuplicateIndex(ctx, site._id);
      bar?.start(files.length, 0, { rate: '-' });
      for (const file of files) {
        try {
          const result = await importNotice(
            ctx,
            site._id,
            { page: readFileSync(file), sourceUrl: sourceUrlOf(file), asDraft: opts.draft },
            duplicates,
          );
          done(pageResult(file, result.outcome, result.page, result.doc._id));
        } catch (error) {
          done({
            ...emptyResult(file),
            outcome: 'FAILED',
            reasons: [error instanceof Error ? error.message : String(error)],
          });
        }
      }
    } finally {
      await client.close();
    }
  }
  bar?.stop();
  const summary = summarize(results, (Date.now() - started) / 1000);
  if (opts.json) process.stdout.write(`${JSON.stringify({ summary })}\n`);
  else process.stderr.write(`${formatSummary(results, summary, opts.dryRun)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

function dryRunPage(file: string, sourceUrl: string | null): PageResult {
  try {
    const page = importPage(readFileSync(file), { sourceUrl });
    return pageResult(file, page.outcome, page, null);
  } catch (error) {
    return {
      ...emptyResult(file),
      outcome: 'FAILED',
      reasons: [error instanceof Error ? error.message : String(error)],
    };
  }
}

function pageResult(
  file: string,
  outcome: PageResult['outcome'],
  page: ImportedPage,
  noticeId: string | null,
): PageResult {
  const count = (kind: string) => page.report.removals.filter((r) => r.kind === kind).length;
  return {
    file,
    outcome,
    noticeId,
    title: page.notice.title || null,
    docNumber: page.notice.docNumber?.raw ?? null,
    encoding: page.report.encoding,
    reasons: outcome === 'QUARANTINED' ? page.report.quarantineReasons : page.problems,
    removed: {
      chrome: count('CHROME'),
      spam: count('SPAM'),
      hidden: count('HIDDEN'),
      pinyin: count('PINYIN'),
    },
  };
}

function emptyResult(file: string): PageResult {
  return {
    file,
    outcome: 'FAILED',
    noticeId: null,
    title: null,
    docNumber: null,
    encoding: null,
    reasons: [],
    removed: { chrome: 0, spam: 0, hidden: 0, pinyin: 0 },
  };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else
      process.stderr.write(
        `import failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    process.exitCode = 1;
  },
);
