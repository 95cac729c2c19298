import { BadUserInputError } from '../../../core/errors';
import { makeNoticeId } from '../../../core/levels';
import type { NoticeDoc } from '../../../core/model';
import { noWorkflowState } from '../../../core/model';
import type { LevelContext } from '../context';
import type { NoticeInput } from '../schema/inputs';
import { authorize } from '../policies';
import { validateNoticeInput } from './validateNoticeInput';
import { assertInterpretedPolicy } from './assertInterpretedPolicy';
import { actorOf } from './actorOf';
import { auditFacts } from './auditFacts';
import { auditSummary } from './auditSummary';
import { flushPending } from './flushPending';

/** Creates a DRAFT notice on one of this level's sites. Audited; not logged (drafts are not public). */
export async function createNotice(
  ctx: LevelContext,
  siteId: string,
  input: NoticeInput,
): Promise<NoticeDoc> {
  const site = await ctx.loaders.site.load(siteId);
  if (!site || site.level !== ctx.level) {
    throw new BadUserInputError(
      `unknown site ${siteId} for the ${ctx.level.toLowerCase()} level`,
      'siteId',
    );
  }
  const principal = authorize(ctx.principal, 'create', site._id);
  const fields = validateNoticeInput(input, site, ctx.level);
  await assertInterpretedPolicy(ctx, fields.interpretsId ?? null, site._id);
  const now = new Date();
  const id = makeNoticeId(ctx.level);
  const facts = auditFacts('CREATE', { changedFields: Object.keys(fields) });
  const doc: NoticeDoc = {
    _id: id,
    level: ctx.level,
    siteId: site._id,
    columnId: null,
    kind: 'POLICY',
    title: '',
    docNumber: null,
    indexNumber: null,
    issuer: null,
    category: null,
    topics: [],
    keywords: [],
    disclosure: 'PROACTIVE',
    validity: 'IN_FORCE',
    signedAt: null,
    url: null,
    body: '',
    summary: null,
    interpretsId: null,
    mandate: null,
    ...fields,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
    status: 'DRAFT',
    withdrawnReason: null,
    createdBy: principal.sub,
    updatedBy: principal.sub,
    ...noWorkflowState(),
    pendingAudit: {
      _id: `${id}@1`,
      noticeId: id,
      siteId: site._id,
      level: ctx.level,
      version: 1,
      at: now,
      actor: actorOf(principal),
      action: 'CREATE',
      from: null,
      to: 'DRAFT',
      step: null,
      reason: null,
      changedFields: facts.changedFields,
      summary: auditSummary(facts),
      overriddenTerms: [],
      overrideReason: null,
    },
  };
  await ctx.collections.notices.insertOne(doc);
  return flushPending(ctx, doc);
}
