import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../../process/findRepoRoot';
import type { SearchDocument } from '../searchDocument';
import type { SearchRequest } from '../searchRequest';

/** A notice for the index with plausible defaults; `overrides` win. */
export function searchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: 'county:doc',
    level: 'COUNTY',
    siteId: '2101240002',
    regionCode: '210124',
    columnId: 'zcwj',
    kind: 'POLICY',
    title: '关于做好2024年春耕生产工作的通知',
    docNumber: null,
    issuer: '法库县人民政府办公室',
    category: '农业',
    validity: 'IN_FORCE',
    signedAt: new Date('2024-03-01T00:00:00+08:00'),
    publishedAt: new Date('2024-03-05T09:00:00+08:00'),
    text: '各镇政府(街道办事处),县政府各部门:为做好春耕生产工作,现就有关事项通知如下。',
    ...overrides,
  };
}

/** A request for `query` with no filter, relevance order, 20 a page. */
export function searchRequest(
  query: string,
  overrides: Partial<SearchRequest> = {},
): SearchRequest {
  return { query, filter: {}, sort: 'RELEVANCE', first: 20, after: null, ...overrides };
}

interface DemoNoticeFile {
  siteId: string;
  columnId: string | null;
  kind: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  category: string | null;
  validity: string;
  signedAt: string | null;
  publishedAt: string | null;
  body: string[];
}

/** The sites of the three crawled notices, as data/demo/sites.json has them. */
const DEMO_SITES: Record<string, Pick<SearchDocument, 'level' | 'regionCode'>> = {
  '2103000001': { level: 'CITY', regionCode: '210300' },
  '2101240002': { level: 'COUNTY', regionCode: '210124' },
  '3607340001': { level: 'COUNTY', regionCode: '360734' },
};

/**
 * The real notices of data/demo/notices (鞍山 in traditional characters, 法库, 寻乌), by file
 * name without `.json`.
 */
export function demoNotices(): Map<string, SearchDocument> {
  const dir = join(findRepoRoot(__dirname), 'data', 'demo', 'notices');
  const notices = new Map<string, SearchDocument>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DemoNoticeFile;
    const name = file.replace(/\.json$/, '');
    const site = DEMO_SITES[raw.siteId];
    notices.set(name, {
      id: `${site.level.toLowerCase()}:${name}`,
      level: site.level,
      siteId: raw.siteId,
      regionCode: site.regionCode,
      columnId: raw.columnId,
      kind: raw.kind,
      title: raw.title,
      docNumber: raw.docNumber,
      issuer: raw.issuer,
      category: raw.category,
      validity: raw.validity,
      signedAt: raw.signedAt ? new Date(`${raw.signedAt}T00:00:00+08:00`) : null,
      publishedAt: raw.publishedAt ? new Date(`${raw.publishedAt}T00:00:00+08:00`) : null,
      text: raw.body.join('\n'),
    });
  }
  return notices;
}

/** The notice of `demoNotices()` named `name`, which must exist. */
export function demoNotice(name: string): SearchDocument {
  const notice = demoNotices().get(name);
  if (!notice) throw new Error(`no demo notice ${name}`);
  return notice;
}
