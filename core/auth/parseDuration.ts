const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `90`, `90s`, `15m`, `8h`, `7d` → seconds; null for anything else. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) return null;
  const [, amount, unit] = match;
  const seconds = Number(amount) * (unit ? (UNIT_SECONDS[unit] ?? 1) : 1);
  return seconds > 0 ? seconds : null;
}
