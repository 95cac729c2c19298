import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One notice as the mirror keeps it: its latest change and, while public, its body. */
export interface MirroredNotice {
  id: string;
  level: string;
  version: number;
  /** The last change applied: PUBLISHED, REVISED, WITHDRAWN or REPEALED. */
  change: string;
  status: string;
  siteId: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  category: string | null;
  validity: string;
  signedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  summary: string;
  /** Sanitised HTML; null once the notice is off the site (withdrawn). */
  body: string | null;
}

export interface MirrorState {
  /** Where to resume: the `endCursor` of the last page applied. */
  cursor: string | null;
  /** The filter the mirror was made with; a different one needs a new mirror. */
  scope: { gateway: string; regionCode: string | null; levels: string[] | null };
  updatedAt: string;
}

/**
 * A mirror on disk: one JSON file per notice under `notices/`, and
 * `state.json` with the cursor. Every file is written to a temporary name and
 * renamed, and the cursor only after the page's notices, so a mirror killed
 * at any point resumes by replaying the page (an older version never
 * overwrites a newer one).
 */
export class MirrorStore {
  constructor(readonly dir: string) {}

  async open(): Promise<MirrorState | null> {
    await mkdir(join(this.dir, 'notices'), { recursive: true });
    try {
      return JSON.parse(await readFile(join(this.dir, 'state.json'), 'utf8')) as MirrorState;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new Error(`${join(this.dir, 'state.json')} is unreadable: ${String(error)}`);
    }
  }

  async get(id: string): Promise<MirroredNotice | null> {
    try {
      return JSON.parse(await readFile(this.path(id), 'utf8')) as MirroredNotice;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Stores a notice unless the mirror already holds a later version; true when written. */
  async put(notice: MirroredNotice): Promise<boolean> {
    const current = await this.get(notice.id);
    if (current && current.version > notice.version) return false;
    await writeAtomically(this.path(notice.id), JSON.stringify(notice, null, 2));
    return true;
  }

  async saveState(state: MirrorState): Promise<void> {
    await writeAtomically(join(this.dir, 'state.json'), JSON.stringify(state, null, 2));
  }

  async all(): Promise<MirroredNotice[]> {
    const files = await readdir(join(this.dir, 'notices'));
    const notices: MirroredNotice[] = [];
    for (const file of files.filter((f) => f.endsWith('.json')))
      notices.push(
        JSON.parse(await readFile(join(this.dir, 'notices', file), 'utf8')) as MirroredNotice,
      );
    return notices;
  }

  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(join(this.dir, 'notices'), { recursive: true });
  }

  private path(id: string): string {
    // Notice ids are `<level>:<hex>`; keep file names portable.
    return join(this.dir, 'notices', `${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
