import { performance } from 'node:perf_hooks';
import type { JwtConfig, Role } from '../../core/auth';
import { ALL_SITES, signToken } from '../../core/auth';
import { bearer, graphqlCall } from './graphqlCall';

/** Tokens of the people of one site: an author, two reviewers, an approver and an admin. */
export interface SiteStaff {
  editor: Record<string, string>;
  reviewer: Record<string, string>;
  reviewer2: Record<string, string>;
  approver: Record<string, string>;
  admin: Record<string, string>;
}

/** Bearer headers for a site's staff, signed with the cluster's key (as test/support does). */
export function siteStaff(jwt: JwtConfig, siteId: string): SiteStaff {
  const token = (role: Role, sub: string) =>
    bearer(
      signToken({ sub, name: sub, roles: [{ siteId, role }] }, jwt, {
        expiresIn: '2h',
      }),
    );
  return {
    editor: token('EDITOR', `bench-editor-${siteId}`),
    reviewer: token('REVIEWER', `bench-reviewer-${siteId}`),
    reviewer2: token('REVIEWER', `bench-reviewer2-${siteId}`),
    approver: token('APPROVER', `bench-approver-${siteId}`),
    admin: token('SITE_ADMIN', `bench-admin-${siteId}`),
  };
}

/** The syndication workers' principal (reads every change feed with the notices in full). */
export function syndicatorHeaders(jwt: JwtConfig): Record<string, string> {
  return bearer(
    signToken(
      {
        sub: 'bench-syndicator',
        name: 'bench syndicator',
        roles: [{ siteId: ALL_SITES, role: 'SYNDICATOR' }],
      },
      jwt,
      { expiresIn: '2h' },
    ),
  );
}

const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) {
  createNotice(siteId: $siteId, input: $input) { id status version }
}`;
const SUBMIT = `mutation($id: ID!) { submitNotice(id: $id) { id status version } }`;
const REVIEW = `mutation($id: ID!) {
  reviewNotice(id: $id, decision: APPROVE) { id status version }
}`;
const PUBLISH = `mutation($id: ID!) {
  publishNotice(id: $id) { id status version publishedAt }
}`;
const STATUS = `query($id: ID!) { notice(id: $id) { id status publishedAt } }`;

export interface NoticeDraft {
  title: string;
  kind?: 'POLICY' | 'NOTICE';
  columnId?: string;
  category?: string;
  body: string;
  mandate?: { levels: string[]; regionCode?: string | null; deadlineHours: number };
}

/** Round trips of the workflow calls through the gateway (ms), and the calls that failed. */
export class CallTimings {
  readonly ms: Record<string, number[]> = {};
  readonly failures: Record<string, string[]> = {};

  async time<T>(name: string, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await call();
    } catch (error) {
      (this.failures[name] ??= []).push(error instanceof Error ? error.message : String(error));
      throw error;
    } finally {
      (this.ms[name] ??= []).push(performance.now() - started);
    }
  }

  failureCount(): number {
    return Object.values(this.failures).reduce((n, list) => n + list.length, 0);
  }
}

const ATTEMPTS = 5;

/**
 * Creates a draft through the gateway and takes it through 三审 up to APPROVED (submit, 初审,
 * 复审 unless the site has two steps, 终审): everything but the publication. Returns its id.
 * A step that fails (e.g. the province's routing timeout under load, after which the level may
 * still have done it) is not repeated blindly: the notice's status is read again and the walk
 * goes on from there, up to five failures per notice.
 */
export async function approveDraft(
  gatewayUrl: string,
  staff: SiteStaff,
  siteId: string,
  draft: NoticeDraft,
  steps: 2 | 3 = 3,
  timings: CallTimings = new CallTimings(),
): Promise<string> {
  let failures = 0;
  const retry = async (error: unknown) => {
    failures += 1;
    if (failures >= ATTEMPTS) throw error;
    await new Promise((r) => setTimeout(r, 500 * failures));
  };
  let id: string | null = null;
  while (id === null) {
    try {
      const created = await timings.time('createNotice', () =>
        graphqlCall<{ createNotice: { id: string } }>(
          gatewayUrl,
          CREATE,
          { siteId, input: draft },
          staff.editor,
        ),
      );
      id = created.createNotice.id;
    } catch (error) {
      await retry(error);
    }
  }
  const noticeId = id;
  let status = 'DRAFT';
  for (;;) {
    const step = nextStep(status, steps, staff);
    if (step === null) return noticeId;
    try {
      const data = await timings.time(step.name, () =>
        graphqlCall<Record<string, { status: string }>>(
          gatewayUrl,
          step.query,
          { id: noticeId },
          step.headers,
        ),
      );
      status = Object.values(data)[0].status;
    } catch (error) {
      await retry(error);
      status = await noticeStatus(gatewayUrl, staff, noticeId);
    }
  }
}

function nextStep(
  status: string,
  steps: 2 | 3,
  staff: SiteStaff,
): { name: string; query: string; headers: Record<string, string> } | null {
  switch (status) {
    case 'DRAFT':
      return { name: 'submitNotice', query: SUBMIT, headers: staff.editor };
    case 'SUBMITTED':
      return { name: 'reviewNotice', query: REVIEW, headers: staff.reviewer };
    case 'FIRST_REVIEWED':
      return steps === 3
        ? { name: 'reviewNotice', query: REVIEW, headers: staff.reviewer2 }
        : { name: 'reviewNotice', query: REVIEW, headers: staff.approver };
    case 'SECOND_REVIEWED':
      return { name: 'reviewNotice', query: REVIEW, headers: staff.approver };
    case 'APPROVED':
      return null;
    default:
      throw new Error(`a draft in review reached ${status}`);
  }
}

async function noticeStatus(gatewayUrl: string, staff: SiteStaff, id: string): Promise<string> {
  const data = await graphqlCall<{ notice: { status: string } | null }>(
    gatewayUrl,
    STATUS,
    { id },
    staff.editor,
  );
  if (!data.notice) throw new Error(`notice ${id} is gone`);
  return data.notice.status;
}

/**
 * Publishes an approved notice; resolves once the gateway answered. When the call fails the
 * notice's status is read: `published: false` with the error when it is still APPROVED (nothing
 * happened), `published: true` without a usable answer time when the level did publish it.
 */
export async function publishApproved(
  gatewayUrl: string,
  staff: SiteStaff,
  id: string,
  timings: CallTimings = new CallTimings(),
): Promise<{ ok: true } | { ok: false; published: boolean; error: unknown }> {
  try {
    const data = await timings.time('publishNotice', () =>
      graphqlCall<{ publishNotice: { status: string } }>(
        gatewayUrl,
        PUBLISH,
        { id },
        staff.approver,
      ),
    );
    if (data.publishNotice.status !== 'PUBLISHED')
      throw new Error(`notice ${id} is ${data.publishNotice.status} after publishNotice`);
    return { ok: true };
  } catch (error) {
    const status = await noticeStatus(gatewayUrl, staff, id).catch(() => 'UNKNOWN');
    return { ok: false, published: status === 'PUBLISHED', error };
  }
}

/** Runs `task` over `items` with at most `concurrency` at a time, calling `done` after each. */
export async function mapLimit<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  done: (finished: number) => void = () => undefined,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
