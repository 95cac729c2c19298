import * as iconv from 'iconv-lite';
import type { SourceRun } from './sourceRuns';
import { CP1252_UNDEFINED, HOLE, LOST_CONTINUATION } from './sourceBytes';

/**
 * One decoded code point: its text, or, where a byte was lost (a Windows-1252 hole or a
 * dropped byte), the characters it may have been. `from`–`to` are the source units it came from.
 */
export type DecodedItem =
  | { text: string; from: number; to: number }
  | { candidates: string[]; from: number; to: number };

/** The longest decodable stretch from a start unit, ending on a unit boundary. */
export interface DecodedSegment {
  /** Source unit after the last one decoded. */
  end: number;
  items: DecodedItem[];
}

type ParseResult = { next: number; item: Omit<DecodedItem, 'from' | 'to'> } | null;
type ParseOne = (bytes: number[], at: number) => ParseResult;

/**
 * Reads the bytes of a run as UTF-8 from unit `start` for as long as they are valid, and returns
 * the longest part that ends where a source unit ends, without trailing source ASCII (it stays
 * as it is). A lost byte (see LostBytes) yields the characters it may have been instead of
 * ending the stretch.
 */
export function decodeUtf8Segment(
  run: SourceRun,
  start: number,
  lost: LostBytes,
): DecodedSegment | null {
  return decodeSegment(run, start, (bytes, at) => parseUtf8(bytes, at, lost));
}

/**
 * What a UTF-8 reading may guess: nothing; bytes the wrong decoder turned into U+FFFD; those
 * and, in text read as Windows-1252, an undefined byte dropped without a trace.
 */
export type LostBytes = 'none' | 'replaced' | 'replaced-or-dropped';

/** Reads the bytes of a run as GBK/GB18030 (Windows code page 936), as decodeUtf8Segment does. */
export function decodeGbkSegment(run: SourceRun, start: number): DecodedSegment | null {
  return decodeSegment(run, start, parseGbk);
}

/** Reads the bytes of a run as Big5-HKSCS, as decodeUtf8Segment does. */
export function decodeBig5Segment(run: SourceRun, start: number): DecodedSegment | null {
  return decodeSegment(run, start, parseBig5);
}

function decodeSegment(run: SourceRun, start: number, parse: ParseOne): DecodedSegment | null {
  const { bytes, unitAt, units, starts } = run;
  const items: DecodedItem[] = [];
  let at = starts[start];
  let from = start;
  let end = start;
  let kept = 0;
  while (at < bytes.length) {
    const parsed = parse(bytes, at);
    if (!parsed) break;
    // Attribute each item to the source units its bytes span, so a lost byte can be reported
    // against the characters it came from.
    while (from + 1 < units.length && starts[from + 1] <= at) from++;
    at = parsed.next;
    let to = from + 1;
    while (to < units.length && starts[to] < at) to++;
    items.push({ ...parsed.item, from, to } as DecodedItem);
    if (unitAt[at] >= 0) {
      end = unitAt[at];
      kept = items.length;
    }
  }
  items.length = kept;
  for (let last = items.at(-1); last && isSourceAscii(run, last); last = items.at(-1)) {
    items.pop();
    end = last.from;
  }
  if (end <= start || !items.some((item) => !('text' in item) || item.text.charCodeAt(0) >= 0x80)) {
    return null;
  }
  return { end, items };
}

/** An item that is a source ASCII character read as itself: it needs no repair. */
function isSourceAscii(run: SourceRun, item: DecodedItem): boolean {
  return (
    'text' in item &&
    item.to === item.from + 1 &&
    run.units[item.from].code < 0x80 &&
    item.text.charCodeAt(0) === run.units[item.from].code
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function utf8Char(bytes: number[]): string | null {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

const isLost = (byte: number | undefined): boolean => byte === HOLE || byte === LOST_CONTINUATION;

const isContinuation = (byte: number | undefined): boolean =>
  isLost(byte) || (byte !== undefined && byte >= 0x80 && byte <= 0xbf);

const ANY_CONTINUATION = Array.from({ length: 0x40 }, (_, i) => 0x80 + i);

function parseUtf8(bytes: number[], at: number, lost: LostBytes): ParseResult {
  const lead = bytes[at];
  if (isLost(lead)) return null;
  if (lead < 0x80) return { next: at + 1, item: { text: String.fromCharCode(lead) } };
  const need =
    lead >= 0xc2 && lead <= 0xdf
      ? 1
      : lead >= 0xe0 && lead <= 0xef
        ? 2
        : lead >= 0xf0 && lead <= 0xf4
          ? 3
          : 0;
  if (need === 0) return null;
  let got = 0;
  while (got < need && isContinuation(bytes[at + 1 + got])) got++;
  const seen = bytes.slice(at, at + 1 + got);
  let variants: number[][];
  if (got === need) {
    variants = fillHoles(seen);
  } else if (lost === 'replaced-or-dropped' && need === 2 && got === 1 && !seen.some(isLost)) {
    // A three-byte character that lost one undefined byte altogether: it was at either place.
    variants = [...fillHoles([seen[0], HOLE, seen[1]]), ...fillHoles([seen[0], seen[1], HOLE])];
  } else {
    return null;
  }
  if (lost === 'none' && seen.some(isLost)) return null;
  const chars = [...new Set(variants.map(utf8Char).filter((c): c is string => c !== null))];
  if (chars.length === 0) return null;
  const next = at + 1 + got;
  return chars.length === 1
    ? { next, item: { text: chars[0] } }
    : { next, item: { candidates: chars } };
}

function fillHoles(bytes: number[]): number[][] {
  const hole = bytes.findIndex(isLost);
  if (hole < 0) return [bytes];
  const options = bytes[hole] === HOLE ? CP1252_UNDEFINED : ANY_CONTINUATION;
  return options.flatMap((byte) =>
    fillHoles([...bytes.slice(0, hole), byte, ...bytes.slice(hole + 1)]),
  );
}

const gbkChars = new Map<number, string | null>();

function parseGbk(bytes: number[], at: number): ParseResult {
  const lead = bytes[at];
  if (lead === LOST_CONTINUATION || lead === 0xff) return null;
  if (lead >= 0 && lead < 0x80) return { next: at + 1, item: { text: String.fromCharCode(lead) } };
  if (lead === 0x80) return { next: at + 1, item: { text: '€' } };
  const trail = bytes[at + 1];
  if (trail === undefined || trail === LOST_CONTINUATION || (lead === HOLE && trail === HOLE)) {
    return null;
  }
  if (isGbkTrail(trail) || trail === HOLE) {
    // A Windows-1252 hole (0x81 0x8D 0x8F 0x90 0x9D) is a GBK lead or trail byte of a
    // traditional or rare character (廳 = 8F 64, 強 = 8F 8A): try each.
    const chars = fillHoles([lead, trail])
      .map(gbkChar)
      .filter((c): c is string => c !== null);
    if (chars.length === 0) return null;
    const item = chars.length === 1 ? { text: chars[0] } : { candidates: chars };
    return { next: at + 2, item };
  }
  const four = bytes.slice(at, at + 4);
  if (lead === HOLE || four.length < 4 || !inRange(trail, 0x30, 0x39)) return null;
  if (!inRange(four[2], 0x81, 0xfe) || !inRange(four[3], 0x30, 0x39)) return null;
  const char = gbkChar(four);
  return char === null ? null : { next: at + 4, item: { text: char } };
}

function isGbkTrail(byte: number): boolean {
  return (byte >= 0x40 && byte <= 0x7e) || (byte >= 0x80 && byte <= 0xfe);
}

function gbkChar(bytes: number[]): string | null {
  const key = bytes.reduce((sum, byte) => sum * 256 + byte, 0);
  let char = gbkChars.get(key);
  if (char === undefined) {
    const decoded = iconv.decode(Buffer.from(bytes), 'gb18030');
    char = decoded.length === 0 || decoded.includes('\ufffd') ? null : decoded;
    gbkChars.set(key, char);
  }
  return char;
}

const big5Chars = new Map<number, string | null>();

function parseBig5(bytes: number[], at: number): ParseResult {
  const lead = bytes[at];
  if (isLost(lead)) return null;
  if (lead < 0x80) return { next: at + 1, item: { text: String.fromCharCode(lead) } };
  const trail = bytes[at + 1];
  if (lead < 0x81 || lead > 0xfe || trail === undefined) return null;
  if (!inRange(trail, 0x40, 0x7e) && !inRange(trail, 0xa1, 0xfe)) return null;
  const key = lead * 256 + trail;
  let char = big5Chars.get(key);
  if (char === undefined) {
    const decoded = iconv.decode(Buffer.from([lead, trail]), 'big5');
    char = decoded.length === 0 || decoded.includes('\ufffd') ? null : decoded;
    big5Chars.set(key, char);
  }
  return char === null ? null : { next: at + 2, item: { text: char } };
}

function inRange(byte: number | undefined, low: number, high: number): boolean {
  return byte !== undefined && byte >= low && byte <= high;
}
