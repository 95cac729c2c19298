/** The three levels of government that each run their own subgraph and database. */
export const LEVELS = ['COUNTY', 'CITY', 'PROVINCE'] as const;

export type Level = (typeof LEVELS)[number];

const PREFIX: Record<Level, string> = { COUNTY: 'county', CITY: 'city', PROVINCE: 'province' };
const TYPE_PREFIX: Record<Level, string> = { COUNTY: 'County', CITY: 'City', PROVINCE: 'Province' };

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Lower-case prefix used in ids (`county:...`) and database names (`govhub_county`). */
export function levelPrefix(level: Level): string {
  return PREFIX[level];
}

/** Prefix of the level-owned GraphQL type names: `County` + `Notice`. */
export function levelTypePrefix(level: Level): string {
  return TYPE_PREFIX[level];
}

export function levelFromPrefix(prefix: string): Level | null {
  for (const level of LEVELS) if (PREFIX[level] === prefix) return level;
  return null;
}

/** Rank used to tell upper from lower levels: province 3, city 2, county 1. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level) + 1;
}
