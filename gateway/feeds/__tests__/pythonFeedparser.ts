import { spawnSync } from 'node:child_process';

/** Debian's python, which python3-feedparser installs into (scripts/prepare-test-env.ts). */
const DEBIAN_PYTHON = '/usr/bin/python3';

const SCRIPT = `
import calendar, json, sys
import feedparser

def seconds(parsed):
    return calendar.timegm(parsed) if parsed else None

def detail(entry, key):
    value = entry.get(key + '_detail')
    return value.get('type') if value else None

parsed = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    'bozo': parsed.bozo,
    'bozoException': str(parsed.get('bozo_exception', '')),
    'version': parsed.version,
    'encoding': parsed.get('encoding'),
    'feed': {
        'id': parsed.feed.get('id'),
        'title': parsed.feed.get('title'),
        'language': parsed.feed.get('language'),
        'links': [dict(link) for link in parsed.feed.get('links', [])],
    },
    'entries': [{
        'id': entry.get('id'),
        'title': entry.get('title'),
        'titleType': detail(entry, 'title'),
        'link': entry.get('link'),
        'links': [dict(link) for link in entry.get('links', [])],
        'published': seconds(entry.get('published_parsed')),
        'updated': seconds(entry.get('updated_parsed')),
        'summary': entry.get('summary'),
        'author': entry.get('author'),
        'tags': [tag.get('term') for tag in entry.get('tags', [])],
        'source': dict(entry.get('source', {})),
    } for entry in parsed.entries],
}, ensure_ascii=False))
`;

export interface FeedparserLink {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

export interface FeedparserResult {
  bozo: boolean | number;
  bozoException: string;
  version: string;
  encoding: string | null;
  feed: {
    id: string | null;
    title: string | null;
    language: string | null;
    links: FeedparserLink[];
  };
  entries: {
    id: string | null;
    title: string | null;
    /** text/plain or text/html (then `title` is HTML). */
    titleType: string | null;
    link: string | null;
    links: FeedparserLink[];
    /** Seconds since the epoch. */
    published: number | null;
    updated: number | null;
    summary: string | null;
    author: string | null;
    tags: string[];
    source: Record<string, string>;
  }[];
}

/** Parses a feed with Python's feedparser, an independent and lenient parser that says (bozo) when a feed is not well-formed. */
export function pythonFeedparser(body: string): FeedparserResult {
  const run = spawnSync(DEBIAN_PYTHON, ['-c', SCRIPT], { input: body, encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `${DEBIAN_PYTHON} with feedparser failed (npm test installs python3-feedparser): ` +
        `${run.error?.message ?? run.stderr}`,
    );
  }
  return JSON.parse(run.stdout) as FeedparserResult;
}
