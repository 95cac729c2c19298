import type { Logger } from 'pino';
import type { Level } from '../../../core/levels';
import { LEVELS, levelPrefix } from '../../../core/levels';
import type { RuleDoc } from '../../../core/model';
import { ruleSourceSites } from '../../../core/syndication';
import { FeedFollower } from '../feeds';
// A plain module: the worker must not load the resolvers (type-graphql decorators) with it.
import { MAX_COMPACTED_PAGE, MAX_COMPACTED_SITES } from '../paging/compactedLimits';
import type { CursorStore } from '../repositories/cursorStore';
import type { RepostStore } from '../repositories/repostStore';
import type { RuleStore } from '../repositories/ruleStore';
import type { DirectoryCache } from './DirectoryCache';
import type { FeedEntry } from './feedEntry';
import { GatewayFeed } from './GatewayFeed';
import type { GatewayClient } from './GatewayClient';
import { ReceiptOutbox } from './ReceiptOutbox';
import { SyndicationApplier } from './SyndicationApplier';

export interface SyndicationWorkerOptions {
  pollMs: number;
  maxBackoffMs: number;
  /** Entries per feed page (the gateway allows at most 100). */
  batchSize: number;
}

export interface SyndicationWorkerDeps {
  level: Level;
  gateway: GatewayClient;
  cursors: CursorStore;
  reposts: RepostStore;
  rules: RuleStore;
  directory: DirectoryCache;
  logger: Logger;
}

const BACKFILL_DONE = 'done';

/**
 * The syndication worker of one level (ARCHITECTURE.md, syndication
 * protocol): follows every level's change log through the gateway, applies
 * this level's 转载规则 and the mandates of upper levels, writes copies
 * idempotently, stores its cursor after the writes, and delivers receipts to
 * the origins from an outbox. A nudge reads a feed at once; polling is the
 * safety net. A new or re-enabled rule is backfilled over existing notices.
 */
export class SyndicationWorker {
  private readonly follower: FeedFollower<FeedEntry>;
  private readonly applier: SyndicationApplier;
  private readonly outbox: ReceiptOutbox;
  private ruleCache: Promise<RuleDoc[]> | null = null;
  private running = false;
  private receiptLoop: Promise<void> | null = null;
  private wakeReceipts: (() => void) | null = null;
  private readonly backfills = new Map<string, Promise<void>>();
  /** Backfills run one after another: each reads every change log, and the origins serve live traffic too. */
  private backfillChain: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: SyndicationWorkerDeps,
    private readonly options: SyndicationWorkerOptions,
  ) {
    this.outbox = new ReceiptOutbox(deps.reposts, deps.gateway, deps.logger);
    this.applier = new SyndicationApplier({
      level: deps.level,
      reposts: deps.reposts,
      directory: deps.directory,
      rules: () => this.enabledRules(),
      reportFailures: (receipts) => this.outbox.send(receipts),
      logger: deps.logger,
    });
    this.follower = new FeedFollower<FeedEntry>(
      LEVELS.map((source) => new GatewayFeed(source, deps.gateway)),
      async (events) => {
        if (events.length === 0) return;
        await this.applier.apply(events);
        this.receiptsDue();
      },
      deps.cursors,
      deps.logger,
      { ...options, label: 'syndication' },
    );
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // A worker that has never read a feed covers every rule in its first pass.
    const fresh = (
      await Promise.all(LEVELS.map((l) => this.deps.cursors.get(this.feedName(l))))
    ).every((c) => c === null);
    for (const rule of await this.enabledRules()) {
      if (fresh) await this.deps.cursors.set(backfillMarker(rule._id), BACKFILL_DONE);
      else this.backfill(rule);
    }
    this.follower.start();
    this.receiptLoop = this.deliverReceipts();
  }

  /** Read a level's feed now (its subgraph just logged a change). */
  nudge(source?: Level): void {
    this.follower.nudge(source ? this.feedName(source) : undefined);
  }

  /** A rule was created, changed or removed: reload the rules, backfill an enabled one. */
  rulesChanged(rule: RuleDoc | null): void {
    this.ruleCache = null;
    if (rule?.enabled && this.running) {
      void this.deps.cursors.set(backfillMarker(rule._id), null).then(() => this.backfill(rule));
    }
  }

  /** Resolves when every running backfill is done (tests and benchmarks wait on it). */
  async backfillsSettled(): Promise<void> {
    while (this.backfills.size > 0) await Promise.all([...this.backfills.values()]);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeReceipts?.();
    await this.follower.stop();
    await Promise.all([this.receiptLoop, ...this.backfills.values()]);
  }

  private feedName(level: Level): string {
    return `syndication:${levelPrefix(level)}`;
  }

  private enabledRules(): Promise<RuleDoc[]> {
    this.ruleCache ??= this.deps.rules.all().then((rules) => rules.filter((r) => r.enabled));
    const cached = this.ruleCache;
    cached.catch(() => {
      if (this.ruleCache === cached) this.ruleCache = null;
    });
    return cached;
  }

  private receiptsDue(): void {
    this.wakeReceipts?.();
  }

  /** Delivers pending receipts after every applied page and at each poll, backing off while the gateway fails. */
  private async deliverReceipts(): Promise<void> {
    let backoff = this.options.pollMs;
    while (this.running) {
      try {
        await this.outbox.flush();
        backoff = this.options.pollMs;
      } catch (error) {
        this.deps.logger.warn(
          { err: error, retryInMs: backoff },
          'receipts not delivered; retrying',
        );
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.wakeReceipts = null;
          resolve();
        };
        const timer = setTimeout(done, backoff);
        this.wakeReceipts = done;
      });
    }
  }

  /**
   * Applies one rule to every notice public now at every level it can take notices from (only
   * new copies; existing ones are kept in step by the live feed). It reads the compacted change
   * logs, a page of up to MAX_COMPACTED_PAGE notices at a time, of the rule's source sites only, and
   * resumes from its own cursor after a restart.
   */
  private backfill(rule: RuleDoc): void {
    if (this.backfills.has(rule._id)) return;
    const run = async () => {
      if ((await this.deps.cursors.get(backfillMarker(rule._id))) === BACKFILL_DONE) return;
      const started = Date.now();
      let entries = 0;
      const follower = new FeedFollower<FeedEntry>(
        [],
        (events) =>
          this.applier.apply(events, {
            rules: [rule],
            mandates: false,
            createOnly: true,
            deferReceipts: true,
          }),
        this.deps.cursors,
        this.deps.logger,
        { ...this.options, batchSize: MAX_COMPACTED_PAGE, label: `backfill of ${rule._id}` },
      );
      this.applier.backfillStarted();
      try {
        const directory = await this.deps.directory.fresh();
        for (const source of LEVELS) {
          const siteIds = ruleSourceSites(rule, source, directory);
          if (siteIds.length === 0) continue;
          const feed = new GatewayFeed(source, this.deps.gateway, {
            prefix: `backfill:${rule._id}`,
            // Past the most a read may name, every site of the level (the rules filter them anyway).
            compacted: { siteIds: siteIds.length <= MAX_COMPACTED_SITES ? siteIds : null },
          });
          for (let backoff = this.options.pollMs; this.running; ) {
            try {
              entries += await follower.drainOnce(feed);
              break;
            } catch (error) {
              this.deps.logger.warn({ err: error, rule: rule._id }, 'backfill failed; retrying');
              await new Promise((r) => setTimeout(r, backoff));
              backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
            }
          }
        }
      } finally {
        this.applier.backfillEnded();
        await this.deps.reposts.releaseDeferred();
        this.receiptsDue();
      }
      if (!this.running) return;
      await this.deps.cursors.set(backfillMarker(rule._id), BACKFILL_DONE);
      this.deps.logger.info(
        { rule: rule._id, entries, ms: Date.now() - started },
        'rule backfilled over existing notices',
      );
    };
    const queued = this.backfillChain.then(run);
    this.backfillChain = queued.catch(() => undefined);
    const promise = queued
      .catch((error: unknown) =>
        this.deps.logger.error({ err: error, rule: rule._id }, 'backfill stopped'),
      )
      .finally(() => this.backfills.delete(rule._id));
    this.backfills.set(rule._id, promise);
  }
}

function backfillMarker(ruleId: string): string {
  return `backfill:${ruleId}:state`;
}
