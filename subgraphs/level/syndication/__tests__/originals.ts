import type { RepostDoc } from '../../../../core/model';
import type { SyndicationTarget } from '../../../../core/syndication';
import { buildRepost } from '../buildRepost';
import type { OriginalNotice } from '../feedEntry';

/** A published county policy as the feed delivers it. */
export function original(overrides: Partial<OriginalNotice> = {}): OriginalNotice {
  return {
    id: 'county:abc123',
    level: 'COUNTY',
    site: { id: '2101240002' },
    column: { id: 'zcwj' },
    kind: 'POLICY',
    title: '法库县关于加强政策信息建设的意见',
    docNumber: null,
    indexNumber: null,
    issuer: '法库县人民政府办公室',
    category: '政策文件',
    topics: ['综合政务'],
    validity: 'IN_FORCE',
    signedAt: new Date('2026-04-17T00:00:00Z'),
    publishedAt: new Date('2026-04-21T00:00:00Z'),
    url: null,
    body: '<p>正文</p>',
    summary: '正文',
    version: 3,
    status: 'PUBLISHED',
    interpretationOf: null,
    mandate: null,
    repeal: null,
    ...overrides,
  };
}

export const TARGET: SyndicationTarget = {
  siteId: '2101000001',
  level: 'CITY',
  mode: 'REPOST',
  publish: 'IMMEDIATELY',
  columnId: 'sjwj',
  ruleIds: ['city:rule-00000000000000000001'],
  deadline: null,
};

/** The copy a city site would hold of `original()`. */
export function copyOf(
  overrides: Partial<SyndicationTarget> = {},
  from: OriginalNotice = original(),
): RepostDoc {
  return buildRepost({
    level: 'CITY',
    target: { ...TARGET, ...overrides },
    original: from,
    originSite: null,
    liveAt: new Date('2026-04-21T00:00:00Z'),
    now: new Date('2026-04-21T00:00:02Z'),
  });
}
