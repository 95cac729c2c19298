import type { Level } from '../levels/level';
import type { DocNumberDoc, NoticeKind, NoticeStatus, Validity } from '../model/notice';
import type { SiteDoc } from '../model/site';
import type { Mandate, RepostPublishMode, SyndicationMode } from '../model/syndication';

/**
 * The cluster directory as the syndication logic reads it: one site by id, and every site of a
 * level. Kept to these two look-ups so callers can back it with whatever they have loaded.
 */
export interface DirectoryLookup {
  /** The site with this id, or null when the directory does not know it. */
  site(id: string): SiteDoc | null;
  /** Every site of this level, portals and sub-sites alike. */
  sitesOfLevel(level: Level): readonly SiteDoc[];
}

/** What the worker knows about an original notice at its current version. */
export interface SyndicationCandidate {
  id: string;
  level: Level;
  siteId: string;
  columnId: string | null;
  kind: NoticeKind;
  title: string;
  docNumber: DocNumberDoc | null;
  issuer: string | null;
  category: string | null;
  topics: string[];
  validity: Validity;
  status: NoticeStatus;
  mandate: Mandate | null;
}

/** One site of the worker's level that should hold a copy of the candidate, and how. */
export interface SyndicationTarget {
  siteId: string;
  level: Level;
  mode: SyndicationMode;
  publish: RepostPublishMode;
  columnId: string | null;
  /** The matching rules (ids, sorted); empty for a mandate-only target. */
  ruleIds: string[];
  /** set for mandated sites */
  deadline: Date | null;
}

/** A 转载规则 as a caller submits it (create or replace), before `validateRuleInput`. */
export interface RuleInput {
  name: string;
  scope: {
    siteIds?: string[] | null;
    level?: Level | null;
    regionCode?: string | null;
    columnIds?: string[] | null;
  };
  filter?: {
    kinds?: NoticeKind[] | null;
    categories?: string[] | null;
    topics?: string[] | null;
    issuers?: string[] | null;
    titleKeywords?: string[] | null;
    docNumberCodes?: string[] | null;
    inForceOnly?: boolean | null;
  } | null;
  mode: SyndicationMode;
  targetColumnId?: string | null;
  publish?: RepostPublishMode | null;
  enabled?: boolean | null;
}

/** A 下行 requirement as the publisher submits it, before `validateMandate`. */
export interface MandateInput {
  levels: Level[];
  regionCode?: string | null;
  deadlineHours: number;
}
