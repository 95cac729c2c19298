import { randomBytes } from 'node:crypto';
import type { Level } from './level';
import { levelFromPrefix, levelPrefix } from './level';

/**
 * Notice ids carry their level as a prefix (`county:6f1c...`) so that any
 * subgraph can tell which level owns a notice and return a bare reference to
 * it (ARCHITECTURE.md, federation pattern 4).
 */
export interface ParsedNoticeId {
  level: Level;
  local: string;
}

const LOCAL_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function makeNoticeId(level: Level, local: string = newLocalId()): string {
  if (!LOCAL_ID.test(local)) throw new Error(`invalid local notice id: ${local}`);
  return `${levelPrefix(level)}:${local}`;
}

export function newLocalId(): string {
  return randomBytes(12).toString('hex');
}

/** Returns null for anything that is not a well-formed notice id. */
export function parseNoticeId(id: string): ParsedNoticeId | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const level = levelFromPrefix(id.slice(0, colon));
  const local = id.slice(colon + 1);
  if (!level || !LOCAL_ID.test(local)) return null;
  return { level, local };
}
