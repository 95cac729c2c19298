import type { Collection } from 'mongodb';
import type { NoticeDoc, NoticeStatus } from '../../core/model';
import { graphqlRequest } from './graphqlRequest';
import { PUBLISH, REVIEW, SUBMIT, siteStaff } from './workflow';

const CREATE = `mutation($siteId: ID!, $input: NoticeInput!) {
  createNotice(siteId: $siteId, input: $input) { id status version }
}`;

export interface ResilientPublishOptions {
  gatewayUrl: string;
  /** The origin level's `notices` collection: the truth to resume from after a failed call. */
  notices: Collection<NoticeDoc>;
  siteId: string;
  /** Review steps of the site (3: 初审, 复审, 终审; 2: no 复审). */
  steps: 2 | 3;
  /** Give up on one notice after this long (default 120 s). */
  deadlineMs?: number;
}

export interface ResilientPublishResult {
  id: string;
  /** Calls that failed (transport error or GraphQL error) and were resumed. */
  failedCalls: number;
}

/**
 * Creates a notice and takes it through 三审 to publication while services
 * may be crashing (see `publishResiliently`). The title must be unique: a
 * lost createNotice answer is recovered by finding the draft by its title.
 */
export async function createAndPublishResiliently(
  options: ResilientPublishOptions,
  input: { title: string; body: string; category?: string },
): Promise<ResilientPublishResult> {
  const caller = new PatientCaller(options);
  const { notices, siteId } = options;
  const { editor } = siteStaff(siteId);
  let id: string | null = null;
  while (id === null) {
    const data = await caller.call(CREATE, { siteId, input }, editor, input.title);
    if (data) {
      id = Object.values(data)[0].id;
      break;
    }
    const stored = await notices.find({ siteId, title: input.title }).sort({ createdAt: 1 }).next();
    if (stored) id = stored._id;
  }
  return advance(caller, options, id);
}

/**
 * Takes a stored notice (a draft, or one anywhere in review) to publication
 * while services may be crashing: after any failed call (connection refused,
 * a 5xx, a GraphQL error) it reads the stored notice and resumes from the
 * step it is at, with that version as `expectedVersion`, so a step whose
 * answer was lost is never applied twice.
 */
export function publishResiliently(
  options: ResilientPublishOptions,
  id: string,
): Promise<ResilientPublishResult> {
  return advance(new PatientCaller(options), options, id);
}

async function advance(
  caller: PatientCaller,
  options: ResilientPublishOptions,
  id: string,
): Promise<ResilientPublishResult> {
  const staff = siteStaff(options.siteId);
  const next: Partial<Record<NoticeStatus, { query: string; token: string; review: boolean }>> = {
    DRAFT: { query: SUBMIT, token: staff.editor, review: false },
    SUBMITTED: { query: REVIEW, token: staff.reviewer, review: true },
    FIRST_REVIEWED:
      options.steps === 3
        ? { query: REVIEW, token: staff.reviewer2, review: true }
        : { query: REVIEW, token: staff.approver, review: true },
    SECOND_REVIEWED: { query: REVIEW, token: staff.approver, review: true },
    APPROVED: { query: PUBLISH, token: staff.approver, review: false },
  };
  for (;;) {
    const stored = await options.notices.findOne({ _id: id });
    if (!stored) throw new Error(`notice ${id} is not stored`);
    if (stored.status === 'PUBLISHED') return { id, failedCalls: caller.failedCalls };
    const step = next[stored.status];
    if (!step) throw new Error(`notice ${id} is ${stored.status}: it cannot be published`);
    const variables: Record<string, unknown> = { id, v: stored.version };
    if (step.review) variables.decision = 'APPROVE';
    await caller.call(step.query, variables, step.token, id);
  }
}

/** Calls the gateway; a failure is counted, waited out (growing pause) and answered with null. */
class PatientCaller {
  failedCalls = 0;
  private pause = 100;
  private readonly deadline: number;

  constructor(private readonly options: ResilientPublishOptions) {
    this.deadline = Date.now() + (options.deadlineMs ?? 120_000);
  }

  async call(
    query: string,
    variables: Record<string, unknown>,
    token: string,
    what: string,
  ): Promise<Record<string, { id: string }> | null> {
    let failure: string;
    try {
      const result = await graphqlRequest<Record<string, { id: string }>>(
        this.options.gatewayUrl,
        query,
        variables,
        token,
      );
      if (!result.errors?.length && result.data) {
        this.pause = 100;
        return result.data;
      }
      failure = JSON.stringify(result.errors ?? `status ${result.status}, no data`);
    } catch (error) {
      failure =
        error instanceof Error ? `${error.message} (${String(error.cause)})` : String(error);
    }
    this.failedCalls += 1;
    if (Date.now() > this.deadline) throw new Error(`${what} not published in time: ${failure}`);
    await new Promise((r) => setTimeout(r, this.pause + Math.floor(Math.random() * this.pause)));
    this.pause = Math.min(this.pause * 2, 1000);
    return null;
  }
}
