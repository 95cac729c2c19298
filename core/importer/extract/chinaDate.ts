import { MAX_DOCUMENT_YEAR, MIN_DOCUMENT_YEAR } from '../../text/documentYear';

/** A calendar date as printed on a Chinese government page, in China time (UTC+8, no DST). */
export interface ChinaDate {
  year: number;
  month: number;
  day: number;
  /** Null when the page gives only the day. */
  time: { hour: number; minute: number; second: number } | null;
}

export interface FoundDate {
  date: ChinaDate;
  /** Offsets of the date in the searched text. */
  start: number;
  end: number;
}

/*
 * Patterns run on normalized text (full-width folded). Arabic dates: 2015年6月5日, 2015-06-05,
 * 2015/6/5, 2015.06.05, optionally followed by a time. Chinese-numeral dates as 公文 print
 * them: 二〇一五年六月五日, with 〇, 零, ○ or the letter O for zero.
 */
const ARABIC =
  /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d))(?:\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?)?/u;
const CHINESE_DIGITS = '〇零○O0一二三四五六七八九';
const CHINESE =
  /([〇零○O0一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u;

/** The first date in the text (Arabic or Chinese numerals), or null. */
export function findChinaDate(text: string): FoundDate | null {
  const arabic = ARABIC.exec(text);
  const chinese = CHINESE.exec(text);
  const fromArabic = arabic ? arabicDate(arabic) : null;
  const fromChinese = chinese ? chineseDate(chinese) : null;
  if (fromArabic && (!fromChinese || (arabic?.index ?? 0) <= (chinese?.index ?? 0))) {
    return fromArabic;
  }
  return fromChinese;
}

/** The date when the whole text is a date and nothing else (a signature date line). */
export function dateOnlyLine(norm: string): ChinaDate | null {
  const text = norm.trim();
  const found = findChinaDate(text);
  return found && found.start === 0 && found.end === text.length ? found.date : null;
}

/**
 * ISO 8601 in China time: `2015-06-05` for a day (a day, not an instant: which instant would
 * depend on the reader's zone) and `2022-04-21T09:30:00+08:00` when the page gives a time.
 */
export function formatChinaDate(date: ChinaDate): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  if (!date.time) return day;
  const { hour, minute, second } = date.time;
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}

/** The instant a formatted China date stands for; a bare day is its midnight in China. */
export function chinaDateToDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
}

function arabicDate(match: RegExpExecArray): FoundDate | null {
  const month = Number(match[2] ?? match[4]);
  const day = Number(match[3] ?? match[5]);
  const time =
    match[6] === undefined
      ? null
      : { hour: Number(match[6]), minute: Number(match[7]), second: Number(match[8] ?? 0) };
  return checked({ year: Number(match[1]), month, day, time }, match);
}

function chineseDate(match: RegExpExecArray): FoundDate | null {
  const year = Number([...match[1]].map(chineseDigit).join(''));
  const month = chineseNumber(match[2]);
  const day = chineseNumber(match[3]);
  return checked({ year, month, day, time: null }, match);
}

/** The first five characters of CHINESE_DIGITS are the ways pages write zero. */
function chineseDigit(char: string): number {
  return Math.max(0, CHINESE_DIGITS.indexOf(char) - 4);
}

/** 一…九, 十, 十一…十九, 二十…三十一. */
function chineseNumber(text: string): number {
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? chineseDigit(text) : NaN;
  const tens = ten === 0 ? 1 : chineseDigit(text.slice(0, ten));
  const ones = text.length > ten + 1 ? chineseDigit(text.slice(ten + 1)) : 0;
  return ten > 1 || text.length > ten + 2 ? NaN : tens * 10 + ones;
}

function checked(date: ChinaDate, match: RegExpExecArray): FoundDate | null {
  const { year, month, day, time } = date;
  if (year < MIN_DOCUMENT_YEAR || year > MAX_DOCUMENT_YEAR) return null;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) {
    return {
      date: { ...date, time: null },
      start: match.index,
      end: match.index + match[0].length,
    };
  }
  return { date, start: match.index, end: match.index + match[0].length };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
