import type { Logger } from 'pino';
import type { Level } from '../../../core/levels';
import type { RepostDoc, RuleDoc } from '../../../core/model';
import { parseDocNumber } from '../../../core/docnumber';
import type { SyndicationCandidate, SyndicationTarget } from '../../../core/syndication';
import { planTargets, repostId } from '../../../core/syndication';
import type { RepostStore } from '../repositories/repostStore';
import type { DirectoryCache } from './DirectoryCache';
import type { FeedEntry, OriginalNotice } from './feedEntry';
import { KeyedQueue } from '../../../core/db';
import { buildRepost } from './buildRepost';
import { followOriginal } from './followOriginal';
import type { ReceiptInput } from './receiptInput';

export interface ApplierDeps {
  level: Level;
  reposts: RepostStore;
  directory: DirectoryCache;
  /** The enabled rules of this level (cached by the worker). */
  rules: () => Promise<readonly RuleDoc[]>;
  /** Tells the origin about copies that could not be made (poison entries). */
  reportFailures: (receipts: ReceiptInput[]) => Promise<void>;
  logger: Logger;
}

/** Only these rules, and no mandates: a backfill for a new rule. */
export interface ApplyScope {
  rules: readonly RuleDoc[];
  mandates: boolean;
  /** Leave existing copies alone (the live worker keeps them in step). */
  createOnly: boolean;
  /** Hold the new copies' receipts back until RepostStore.releaseDeferred (a backfill). */
  deferReceipts: boolean;
}

const UPDATE_ATTEMPTS = 5;

/**
 * Applies change-log entries to this level's copies: the idempotent heart of
 * syndication. Each entry is applied as the notice is *now* (the feed carries
 * the current notice), so replaying a page after a crash, or reading an old
 * entry after newer ones, converges on the same copies.
 */
export class SyndicationApplier {
  /** Pages are applied one at a time, live and backfill alike (see `liveVersions`). */
  private readonly serial = new KeyedQueue();
  private backfillsRunning = 0;
  /**
   * While a backfill runs: the newest version of each notice the live feed
   * has applied. A backfill page read before a notice was withdrawn, and
   * applied after the live feed took that notice's copies down, would
   * otherwise put up a copy of a notice that is no longer public.
   */
  private liveVersions: Map<string, number> | null = null;

  constructor(private readonly deps: ApplierDeps) {}

  backfillStarted(): void {
    if (this.backfillsRunning++ === 0) this.liveVersions = new Map();
  }

  backfillEnded(): void {
    if (--this.backfillsRunning === 0) this.liveVersions = null;
  }

  apply(entries: readonly FeedEntry[], scope: ApplyScope | null = null): Promise<void> {
    return this.serial.run('apply', () => this.applyPage(entries, scope));
  }

  private async applyPage(entries: readonly FeedEntry[], scope: ApplyScope | null): Promise<void> {
    // Only the last entry of each notice matters: all carry its current state.
    const latest = new Map<string, FeedEntry>();
    for (const entry of entries) latest.set(entry.noticeId, entry);
    this.screenStale(latest, scope);
    const directory = await this.deps.directory.fresh();
    const rules = scope ? scope.rules : await this.deps.rules();
    const fresh: RepostDoc[] = [];
    const failures: ReceiptInput[] = [];
    const copies = new Map<string, RepostDoc[]>();
    // A backfill only adds copies: it need not read the existing ones.
    const known = scope?.createOnly ? [] : await this.deps.reposts.byOriginals([...latest.keys()]);
    for (const copy of known)
      copies.set(copy.originalId, [...(copies.get(copy.originalId) ?? []), copy]);
    const existingOf = (id: string) => copies.get(id) ?? [];
    for (const entry of latest.values()) {
      if (entry.problem !== null || entry.notice === null) {
        await this.followAll(existingOf(entry.noticeId), entry.notice);
        if (entry.problem !== null || entry.type === 'PUBLISHED')
          failures.push(...this.failed(entry, rules, entry.problem ?? ORIGINAL_GONE));
        continue;
      }
      const original = entry.notice;
      const existing = await this.followAll(existingOf(original.id), original);
      if (original.status !== 'PUBLISHED') continue;
      const have = new Set(existing.map((r) => r._id));
      const liveAt = entry.type === 'PUBLISHED' ? entry.at : (original.publishedAt ?? entry.at);
      const now = new Date();
      for (const target of this.plan(candidateOf(original), liveAt, rules, scope)) {
        const id = repostId(this.deps.level, target.siteId, original.id);
        if (have.has(id)) continue;
        fresh.push(
          buildRepost({
            level: this.deps.level,
            target,
            original,
            originSite: directory.site(original.site.id),
            liveAt,
            now,
          }),
        );
      }
    }
    for (let i = 0; i < fresh.length; i += 1000)
      await this.deps.reposts.insertNew(fresh.slice(i, i + 1000), {
        deferReceipts: scope?.deferReceipts ?? false,
      });
    if (failures.length > 0) {
      this.deps.logger.warn(
        { failures: failures.length, reason: failures[0].reason },
        'syndication entries could not be applied; recorded as FAILED',
      );
      await this.deps.reportFailures(failures);
    }
  }

  /** Records what the live feed applies while a backfill runs; drops backfill entries it has overtaken. */
  private screenStale(latest: Map<string, FeedEntry>, scope: ApplyScope | null): void {
    const seen = this.liveVersions;
    if (seen === null) return;
    for (const [id, entry] of latest) {
      const version = Math.max(entry.version, entry.notice?.version ?? 0);
      if (scope === null) seen.set(id, Math.max(version, seen.get(id) ?? 0));
      else if ((seen.get(id) ?? 0) > version) latest.delete(id);
    }
  }

  private plan(
    candidate: SyndicationCandidate,
    liveAt: Date,
    rules: readonly RuleDoc[],
    scope: ApplyScope | null,
  ): SyndicationTarget[] {
    const planned = planTargets({
      level: this.deps.level,
      candidate: scope && !scope.mandates ? { ...candidate, mandate: null } : candidate,
      liveAt,
      rules,
      directory: this.deps.directory,
    });
    return planned;
  }

  /** Brings the existing copies of an original in step with it; returns them as stored now. */
  private async followAll(
    copies: readonly RepostDoc[],
    original: OriginalNotice | null,
  ): Promise<RepostDoc[]> {
    const result: RepostDoc[] = [];
    for (let copy of copies) {
      for (let attempt = 1; ; attempt += 1) {
        const change = followOriginal(copy, original, new Date());
        if (!change) break;
        const stored = await this.deps.reposts.update(copy, change.set, change.revision);
        if (stored) {
          copy = stored;
          break;
        }
        // A reviewer changed the copy meanwhile: read it again and redo.
        const again = await this.deps.reposts.get(copy._id);
        if (!again || attempt >= UPDATE_ATTEMPTS)
          throw new Error(`repost ${copy._id} keeps changing`);
        copy = again;
      }
      result.push(copy);
    }
    return result;
  }

  /** FAILED receipts for the copies a poison entry would have made. */
  private failed(entry: FeedEntry, rules: readonly RuleDoc[], reason: string): ReceiptInput[] {
    const s = entry.snapshot;
    const docNumber = s.docNumber ? parseDocNumber(s.docNumber) : null;
    const candidate: SyndicationCandidate = {
      id: entry.noticeId,
      level: entry.level,
      siteId: s.siteId,
      columnId: s.columnId,
      kind: s.kind,
      title: s.title,
      docNumber: docNumber?.ok ? docNumber.value : null,
      issuer: s.issuer,
      category: s.category,
      topics: s.topics,
      validity: s.validity,
      status: 'PUBLISHED',
      mandate: null,
    };
    const now = new Date();
    return planTargets({
      level: this.deps.level,
      candidate,
      liveAt: entry.at,
      rules,
      directory: this.deps.directory,
    }).map((target) => ({
      id: repostId(this.deps.level, target.siteId, entry.noticeId),
      noticeId: entry.noticeId,
      siteId: target.siteId,
      level: this.deps.level,
      mode: target.mode,
      status: 'FAILED',
      repostId: null,
      at: now,
      latencySeconds: null,
      reason,
      // Below every real copy's seq: a copy made later always wins.
      seq: 0,
    }));
  }
}

/** 原文不可用: a PUBLISHED entry whose notice can no longer be read. */
export const ORIGINAL_GONE = '原文不可用 (the original is gone or no longer public)';

function candidateOf(original: OriginalNotice): SyndicationCandidate {
  return {
    id: original.id,
    level: original.level,
    siteId: original.site.id,
    columnId: original.column?.id ?? null,
    kind: original.kind,
    title: original.title,
    docNumber: original.docNumber,
    issuer: original.issuer,
    category: original.category,
    topics: original.topics,
    validity: original.validity,
    status: original.status,
    mandate: original.mandate,
  };
}
