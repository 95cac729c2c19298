import type { Level } from '../levels/level';
import type { DocNumberDoc, NoticeKind, Validity } from './notice';

/** 转载 (a full copy with its source) or 链接 (title and a link to the original). */
export const SYNDICATION_MODES = ['REPOST', 'LINK'] as const;
export type SyndicationMode = (typeof SYNDICATION_MODES)[number];

/** What a rule does with a match: publish the copy at once, or queue it for the site's review. */
export const REPOST_PUBLISH_MODES = ['IMMEDIATELY', 'REVIEW'] as const;
export type RepostPublishMode = (typeof REPOST_PUBLISH_MODES)[number];

/** Where a copy is at the reposting site. */
export const REPOST_STATUSES = ['PENDING_REVIEW', 'PUBLISHED', 'WITHDRAWN', 'DECLINED'] as const;
export type RepostStatus = (typeof REPOST_STATUSES)[number];

/** What the origin knows of one copy of its notice. */
export const RECEIPT_STATUSES = ['PENDING_REVIEW', 'PUBLISHED', 'WITHDRAWN', 'FAILED'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** Which notices a rule looks at. Empty lists and nulls mean "any". */
export interface RuleScope {
  /** Given source sites. */
  siteIds: string[];
  /** Every site of this level ... */
  level: Level | null;
  /** ... inside this region (行政区划代码 prefix: 2, 4 or 6 digits). */
  regionCode: string | null;
  /** Only notices in these columns of the source sites. */
  columnIds: string[];
}

/** Conditions a notice in scope must meet. Empty lists mean "any". */
export interface RuleFilter {
  kinds: NoticeKind[];
  /** 主题分类 or subject topics: a notice matches if it has any of them. */
  categories: string[];
  topics: string[];
  issuers: string[];
  /** The title contains any of these. */
  titleKeywords: string[];
  /** 文号 issuer codes such as 国办发 or 辽政办发. */
  docNumberCodes: string[];
  /** Only notices in force (有效性 IN_FORCE). */
  inForceOnly: boolean;
}

/** 转载规则: kept by the subscribing level, managed by the subscribing site's admins. */
export interface RuleDoc {
  /** `<level>:rule-<hex>`: the level prefix routes commands to the owner. */
  _id: string;
  level: Level;
  /** The subscribing (reposting) site. */
  siteId: string;
  name: string;
  scope: RuleScope;
  filter: RuleFilter;
  mode: SyndicationMode;
  /** Column of the subscribing site the copies go into. */
  targetColumnId: string | null;
  publish: RepostPublishMode;
  enabled: boolean;
  version: number;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

/**
 * 下行: the publisher requires sites of lower levels to repost the notice
 * within `deadlineHours` of its publication. Stored on the notice.
 */
export interface Mandate {
  levels: Level[];
  /** Restricts the expected sites to a region (defaults to the publisher's own region). */
  regionCode: string | null;
  deadlineHours: number;
}

/** 来源: where a copy came from. */
export interface RepostSource {
  siteId: string;
  siteName: string;
  url: string | null;
}

/** The copied content of the original at one version. */
export interface RepostContent {
  kind: NoticeKind;
  title: string;
  docNumber: DocNumberDoc | null;
  indexNumber: string | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  validity: Validity;
  signedAt: Date | null;
  /** The original's publication date (发布日期). */
  publishedAt: Date | null;
  /** REPOST only: the sanitised body. Null for a LINK. */
  body: string | null;
  summary: string | null;
  /** For a 政策解读: the policy it explains (original id). */
  interpretsId: string | null;
}

/** An earlier version of a copy, kept when the original is revised. */
export interface RepostRevision {
  originalVersion: number;
  title: string;
  body: string | null;
  replacedAt: Date;
}

/** A repost or link, owned by the reposting level (`reposts` collection). */
export interface RepostDoc {
  /** `<level>:repost-<site>-<hash of original id>`: one copy per site and original. */
  _id: string;
  level: Level;
  /** The reposting site. */
  siteId: string;
  columnId: string | null;
  mode: SyndicationMode;
  status: RepostStatus;
  originalId: string;
  originalLevel: Level;
  originalVersion: number;
  source: RepostSource;
  content: RepostContent;
  history: RepostRevision[];
  /** Rules that matched (ids); empty for a mandate-only copy. */
  ruleIds: string[];
  /** Set when the origin required this site to repost: by when. */
  deadline: Date | null;
  /** When the original went live (its PUBLISHED change), the start of latency. */
  originalLiveAt: Date;
  /** When the copy was written. */
  repostedAt: Date;
  /** When the copy went live (at once, or when a reviewer published it). */
  liveAt: Date | null;
  reviewedBy: string | null;
  statusReason: string | null;
  /** Set when the original was repealed (废止): the copy is marked, not removed. */
  repealed: { reason: string; repealedByTitle: string; at: Date } | null;
  updatedAt: Date;
  /** Bumped by every change, so the origin keeps the newest receipt. */
  seq: number;
  /** Outbox: the origin has not yet been told about the latest change. */
  receiptPending: boolean;
}

/** The origin's record of one copy of its notice (`receipts` collection of the origin's level). */
export interface ReceiptDoc {
  /** The repost id (or `failed:<site>:<notice>` for a copy that could not be made). */
  _id: string;
  noticeId: string;
  /** The reposting site. */
  siteId: string;
  level: Level;
  mode: SyndicationMode;
  status: ReceiptStatus;
  repostId: string | null;
  at: Date;
  latencySeconds: number | null;
  reason: string | null;
  seq: number;
  updatedAt: Date;
}
