/** China Standard Time (UTC+8, no daylight saving): government sites date everything in it. */
const CST_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant of a wall-clock time in China. Months are 1-based. */
export function chinaTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - CST_OFFSET_MS);
}

/** `2020-04-17` → midnight of that day in China; null for anything else or an impossible date. */
export function parseChinaDay(text: string): Date | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = chinaTime(year, month, day);
  const back = chinaDateParts(date);
  return back.year === year && back.month === month && back.day === day ? date : null;
}

export interface ChinaDateParts {
  year: number;
  month: number;
  day: number;
}

/** Calendar date of an instant in China. */
export function chinaDateParts(date: Date): ChinaDateParts {
  const shifted = new Date(date.getTime() + CST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** `2020年4月17日`, as documents print their 成文日期. */
export function chineseDate(date: Date): string {
  const { year, month, day } = chinaDateParts(date);
  return `${year}年${month}月${day}日`;
}

/** `20200417`, as CMS page URLs carry the date. */
export function compactChinaDate(date: Date): string {
  const { year, month, day } = chinaDateParts(date);
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** The same wall-clock time `days` later (China has no daylight saving). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight in China of the day an instant falls on. */
export function startOfChinaDay(date: Date): Date {
  const { year, month, day } = chinaDateParts(date);
  return chinaTime(year, month, day);
}
