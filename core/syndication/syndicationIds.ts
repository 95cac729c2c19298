import { createHash, randomBytes } from 'node:crypto';
import type { Level } from '../levels/level';
import { levelFromPrefix, levelPrefix } from '../levels/level';

/**
 * The id of the one copy a site may hold of an original: derived from both,
 * so every path that would repost the notice again (a replay after a crash, a
 * second rule, a mandate, the chain county → city → province) lands on the
 * same document instead of a second copy.
 */
export function repostId(level: Level, siteId: string, originalId: string): string {
  const hash = createHash('sha256').update(originalId).digest('hex').slice(0, 20);
  return `${levelPrefix(level)}:repost-${siteId}-${hash}`;
}

/** A new 转载规则 id; the level prefix routes commands to the level that keeps the rule. */
export function newRuleId(level: Level): string {
  return `${levelPrefix(level)}:rule-${randomBytes(10).toString('hex')}`;
}

const REPOST_ID = /^([a-z]+):repost-[A-Za-z0-9-]{1,40}-[0-9a-f]{20}$/;
const RULE_ID = /^([a-z]+):rule-[0-9a-f]{20}$/;

/** The level that owns a repost id, or null for anything that is not one. */
export function repostLevel(id: string): Level | null {
  const m = REPOST_ID.exec(id);
  return m ? levelFromPrefix(m[1]) : null;
}

/** The level that keeps a rule id, or null for anything that is not one. */
export function ruleLevel(id: string): Level | null {
  const m = RULE_ID.exec(id);
  return m ? levelFromPrefix(m[1]) : null;
}
