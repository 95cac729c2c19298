import { ForbiddenError, UnauthenticatedError } from '../../../core/errors';
import type { Principal, Role } from '../../../core/auth';
import { hasSiteRole } from '../../../core/auth';

/**
 * Who may do what on a site (先审查后公开, 谁发布谁负责). One table, so the
 * separation of duties can be read in one place:
 * - editors write and submit; reviewers do 初审 and 复审; approvers do those
 *   and 终审, and may accept a flagged term with a reason;
 * - taking a notice down, repealing it or correcting it after publication is
 *   for approvers and site admins, who answer for the site;
 * - cluster admins can act everywhere except review: a review is a person's
 *   responsibility on a site, not a cluster role.
 */
export const NOTICE_ACTIONS = {
  create: ['EDITOR', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  edit: ['EDITOR', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  /** An approver submits when a flagged term needs accepting; they then cannot do 终审 of that round. */
  submit: ['EDITOR', 'APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  review: ['REVIEWER', 'APPROVER'],
  approve: ['APPROVER'],
  publish: ['EDITOR', 'APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  withdraw: ['APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  repeal: ['APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  correct: ['APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  overrideTerms: ['APPROVER'],
  /** See drafts and notices in review, the review queue and the audit log. */
  readInternal: ['EDITOR', 'REVIEWER', 'APPROVER', 'SITE_ADMIN', 'CLUSTER_ADMIN'],
  /** 转载规则 of the site, and mandates are set by whoever publishes. */
  manageRules: ['SITE_ADMIN', 'CLUSTER_ADMIN'],
  /** Publish or decline a copy queued for the site's review. */
  reviewRepost: ['REVIEWER', 'APPROVER', 'SITE_ADMIN'],
  /** Import pages of the site's legacy website (npm run import, importNotice). */
  import: ['SITE_ADMIN', 'CLUSTER_ADMIN'],
  /** The syndication workers' service principal: read change feeds, record receipts. */
  syndicate: ['SYNDICATOR'],
  /** Read every public notice of a level in bulk (the compacted change log). */
  exportNotices: ['SYNDICATOR', 'CLUSTER_ADMIN'],
  /** Cluster-wide syndication reports (overdue reposts, per-site figures). */
  readReports: ['CLUSTER_ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type NoticeAction = keyof typeof NOTICE_ACTIONS;

const DESCRIPTIONS: Record<NoticeAction, string> = {
  create: 'write notices on',
  edit: 'edit notices of',
  submit: 'submit notices of',
  review: 'review notices of',
  approve: 'give final approval (终审) on',
  publish: 'publish notices of',
  withdraw: 'withdraw notices of',
  repeal: 'repeal notices of',
  correct: 'correct published notices of',
  overrideTerms: 'override the term check on',
  readInternal: 'see unpublished notices and the audit log of',
  manageRules: 'manage the syndication rules (转载规则) of',
  reviewRepost: 'publish or decline reposts queued on',
  import: 'import pages into',
  syndicate: 'run syndication for',
  exportNotices: 'read in bulk the notices of',
  readReports: 'read syndication reports of',
};

export function may(principal: Principal | null, action: NoticeAction, siteId: string): boolean {
  return principal !== null && hasSiteRole(principal, siteId, NOTICE_ACTIONS[action]);
}

/** The principal, if it may do `action` on `siteId`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function authorize(
  principal: Principal | null,
  action: NoticeAction,
  siteId: string,
): Principal {
  if (!principal)
    throw new UnauthenticatedError('this operation needs a token: see `npm run token`');
  if (!may(principal, action, siteId)) {
    const roles = NOTICE_ACTIONS[action].join(' or ');
    throw new ForbiddenError(
      `your token does not allow you to ${DESCRIPTIONS[action]} site ${siteId} (needs ${roles})`,
    );
  }
  return principal;
}
