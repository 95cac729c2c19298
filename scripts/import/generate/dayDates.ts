import { chineseNumeral } from '../../seed/bodyPhrases';
import type { Random } from '../../seed/random';

/** A calendar day, as government documents date things (no time zone needed). */
export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 24 * 3600 * 1000;

/** A random day between two years (inclusive). */
export function randomDay(random: Random, fromYear: number, toYear: number): DayDate {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return fromTime(start + random.int(0, Math.round((end - start) / DAY_MS)) * DAY_MS);
}

export function addDays(date: DayDate, days: number): DayDate {
  return fromTime(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
}

/** `2023-05-06`. */
export function isoDay(date: DayDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** `2023年5月6日`, as a signature dates a document. */
export function chineseDay(date: DayDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

const DIGITS = '〇一二三四五六七八九';

/** `二〇二三年五月六日`, the form of printed official documents. */
export function chineseNumeralDay(date: DayDate): string {
  const year = [...String(date.year)].map((digit) => DIGITS[Number(digit)]).join('');
  return `${year}年${chineseNumeral(date.month)}月${chineseNumeral(date.day)}日`;
}

/** The date under a signature, mostly in Arabic digits. */
export function signatureDay(random: Random, date: DayDate): string {
  return random.chance(0.2) ? chineseNumeralDay(date) : chineseDay(date);
}

/** A 发布日期 as page headers print it, sometimes with the time. */
export function headerDay(random: Random, date: DayDate): string {
  const time = `${pad(random.int(8, 18))}:${pad(random.int(0, 59))}`;
  switch (random.int(0, 5)) {
    case 0:
      return `${date.year}年${pad(date.month)}月${pad(date.day)}日`;
    case 1:
      return `${date.year}/${pad(date.month)}/${pad(date.day)}`;
    case 2:
      return `${isoDay(date)} ${time}`;
    case 3:
      return `${isoDay(date)} ${time}:${pad(random.int(0, 59))}`;
    default:
      return isoDay(date);
  }
}

function fromTime(time: number): DayDate {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
