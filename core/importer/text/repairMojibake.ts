import type { AcceptRules } from './acceptSegment';
import { acceptSegment } from './acceptSegment';
import { isCommonHanzi } from './commonHanzi';
import type { UnrecoverableText } from './findUnrecoverable';
import { findUnrecoverable } from './findUnrecoverable';
import { resolveLostBytes } from './resolveLostBytes';
import type { DecodedSegment } from './segmentDecoders';
import { decodeBig5Segment, decodeGbkSegment, decodeUtf8Segment } from './segmentDecoders';
import { gbkBytesOf, latinByteOf } from './sourceBytes';
import type { SourceRun } from './sourceRuns';
import { sourceRuns } from './sourceRuns';

export interface MojibakeRepairEntry {
  /** The mis-decoded text as found. */
  from: string;
  /** What it was repaired to. */
  to: string;
  /** `UTF8_AS_GBK`, `GBK_AS_LATIN1`, `GBK_AS_CP1252`, `UTF8_AS_LATIN1`, `UTF8_AS_CP1252`, `BIG5_AS_GBK`. */
  kind: string;
  /** UTF-16 offset of `from` in the input text. */
  offset: number;
}

export interface MojibakeRepair {
  text: string;
  repairs: MojibakeRepairEntry[];
  /** Damage left in place (or, for a lost byte inside a repair, shown as U+FFFD). */
  unrecoverable: UnrecoverableText[];
}

interface Decoder {
  decode: (run: SourceRun, start: number) => DecodedSegment | null;
  kind: (source: string) => string;
  rules: AcceptRules;
  /** Do not try again inside a rejected stretch (decodings that stay aligned, like Big5). */
  skipRejected: boolean;
}

interface Pass {
  bytesOf: (code: number) => readonly number[] | number | null;
  decoders: Decoder[];
}

const cp1252 = (source: string): boolean => [...source].some((c) => c.charCodeAt(0) > 0xff);

const PASSES: readonly Pass[] = [
  {
    // Bytes read as Latin-1 or Windows-1252: ·¢²¼ÈÕÆÚ (GBK), å‘å¸ƒæ—¥æœŸ (UTF-8).
    bytesOf: latinByteOf,
    decoders: [
      {
        decode: (run, start) => decodeUtf8Segment(run, start, 'replaced-or-dropped'),
        kind: (source) => (cp1252(source) ? 'UTF8_AS_CP1252' : 'UTF8_AS_LATIN1'),
        rules: { minHan: 2, maxSourceShare: null, maxSourceHan: 1, latinSource: false },
        skipRejected: false,
      },
      {
        decode: decodeGbkSegment,
        kind: (source) => (cp1252(source) ? 'GBK_AS_CP1252' : 'GBK_AS_LATIN1'),
        rules: { minHan: 2, maxSourceShare: null, maxSourceHan: 1, latinSource: true },
        skipRejected: false,
      },
    ],
  },
  {
    // Bytes read as GBK/GB18030: 鍙戝竷鏃ユ湡 (UTF-8), Big5 pages shown as rare hanzi and kana.
    bytesOf: gbkBytesOf,
    decoders: [
      {
        decode: (run, start) => decodeUtf8Segment(run, start, 'replaced'),
        kind: () => 'UTF8_AS_GBK',
        rules: { minHan: 2, maxSourceShare: 0.5, maxSourceHan: 1, latinSource: false },
        skipRejected: false,
      },
      {
        decode: decodeBig5Segment,
        kind: () => 'BIG5_AS_GBK',
        rules: { minHan: 3, maxSourceShare: 0.5, maxSourceHan: 0.8, latinSource: false },
        skipRejected: true,
      },
    ],
  },
];

/** A decoding is tried at a character only if one of this many from it looks odd. */
const ODD_WINDOW = 4;

const ordinary = new Uint8Array(0x10000);
const ORDINARY_PUNCTUATION = /[\p{P}\p{Z}\s]/u;

/** ASCII, common hanzi, punctuation and spaces: what correct Chinese text is made of. */
function isOrdinary(code: number): boolean {
  if (code < 0x80) return true;
  if (code > 0xffff) return false;
  if (ordinary[code] === 0) {
    const yes = isCommonHanzi(code) || ORDINARY_PUNCTUATION.test(String.fromCharCode(code));
    ordinary[code] = yes ? 1 : 2;
  }
  return ordinary[code] === 1;
}

function hasOddCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && !isOrdinary(code)) return true;
  }
  return false;
}

/** Longest leftover between two repairs that is reported as undecodable. */
const MAX_GAP = 4;

interface Found extends MojibakeRepairEntry {
  end: number;
  lost: UnrecoverableText[];
  strong: boolean;
  /** Which decoder found it, and on which line: a weak repair needs a strong one beside it. */
  decoder: string;
  line: number;
}

/**
 * Repairs text that was decoded with the wrong encoding, one stretch at a time: UTF-8 read as
 * GBK (鍙戝竷鏃ユ湡 → 发布日期), GBK or UTF-8 read as Latin-1/Windows-1252 (·¢²¼ÈÕÆÚ,
 * å‘å¸ƒæ—¥æœŸ → 发布日期), Big5 read as GBK. A stretch is replaced only when its bytes decode
 * cleanly in the other encoding and the result is plausible Chinese, clearly better than what
 * was there, so correct text never changes. Damage that cannot be undone (U+FFFD, 锟斤拷,
 * 烫烫烫, 屯屯屯) stays and is reported.
 */
export function repairMojibake(text: string): MojibakeRepair {
  // Every repair needs an odd character in its source (a rare hanzi, kana, a Latin-1 letter):
  // text made only of ordinary characters, most pages, is done after one scan.
  if (!hasOddCharacter(text)) return { text, repairs: [], unrecoverable: findUnrecoverable(text) };
  const all: Found[] = [];
  const starts = lineStarts(text);
  for (const [index, pass] of PASSES.entries()) {
    for (const run of sourceRuns(text, pass.bytesOf)) {
      const line = lineOf(starts, run.units[0].offset);
      all.push(...repairRun(text, run, pass, `${index}`, line));
    }
  }
  const supported = new Set(all.filter((r) => r.strong).map((r) => `${r.decoder}@${r.line}`));
  const found = all.filter((r) => r.strong || supported.has(`${r.decoder}@${r.line}`));
  found.sort((a, b) => a.offset - b.offset || b.end - a.end);
  const kept: Found[] = [];
  for (const repair of found) {
    const last = kept.at(-1);
    if (!last || repair.offset >= last.end) kept.push(repair);
  }

  let out = '';
  let copied = 0;
  const unrecoverable: UnrecoverableText[] = [];
  for (const [index, repair] of kept.entries()) {
    out += text.slice(copied, repair.offset) + repair.to;
    copied = repair.end;
    unrecoverable.push(...repair.lost);
    const next = kept[index + 1];
    if (next && next.decoder === repair.decoder && next.line === repair.line) {
      // Between two repairs of one kind, what could not be decoded is a character that lost a
      // byte beyond guessing (提 = E6 8F 90 read as Windows-1252 loses two and leaves æ).
      const gap = text.slice(repair.end, next.offset);
      if (gap !== '' && gap.length <= MAX_GAP && [...gap].every((c) => c.charCodeAt(0) >= 0x80)) {
        unrecoverable.push({ text: gap, offset: repair.end, reason: 'UNDECODABLE_BYTES' });
      }
    }
  }
  out += text.slice(copied);
  const inRepair = (u: UnrecoverableText): boolean =>
    kept.some((r) => u.offset < r.end && u.offset + u.text.length > r.offset);
  unrecoverable.push(...findUnrecoverable(text).filter((u) => !inRepair(u)));
  unrecoverable.sort((a, b) => a.offset - b.offset);
  return {
    text: out,
    repairs: kept.map(({ from, to, kind, offset }) => ({ from, to, kind, offset })),
    unrecoverable,
  };
}

function repairRun(
  text: string,
  run: SourceRun,
  pass: Pass,
  passId: string,
  line: number,
): Found[] {
  const found: Found[] = [];
  const { units } = run;
  const blocked = pass.decoders.map(() => 0);
  const offsetOf = (unit: number): number =>
    unit < units.length
      ? units[unit].offset
      : units[unit - 1].offset + (units[unit - 1].code > 0xffff ? 2 : 1);
  // Mojibake is full of rare hanzi, kana, symbols and Latin-1 letters; ordinary text is not.
  // Trying a decoding only where something odd is near keeps correct pages cheap.
  let odd = -1;
  const oddNear = (i: number): boolean => {
    if (odd < i) {
      odd = i;
      while (odd < units.length && isOrdinary(units[odd].code)) odd++;
    }
    return odd < i + ODD_WINDOW;
  };
  let i = 0;
  while (i < units.length) {
    if (units[i].code < 0x80 || !oddNear(i)) {
      i++;
      continue;
    }
    let next = i + 1;
    for (const [index, decoder] of pass.decoders.entries()) {
      if (i < blocked[index]) continue;
      const segment = decoder.decode(run, i);
      if (!segment) continue;
      const resolved = resolveLostBytes(segment.items);
      const offset = offsetOf(i);
      const end = offsetOf(segment.end);
      const source = text.slice(offset, end);
      const known = resolved.map((item) => item.text ?? '').join('');
      const unknown = resolved.filter((item) => item.text === null);
      const plausibility = acceptSegment(source, known, unknown.length, decoder.rules);
      if (plausibility === 'reject') {
        if (decoder.skipRejected) blocked[index] = segment.end;
        continue;
      }
      found.push({
        strong: plausibility === 'strong',
        decoder: `${passId}.${index}`,
        line,
        from: source,
        to: resolved.map((item) => item.text ?? '\ufffd').join(''),
        kind: decoder.kind(source),
        offset,
        end,
        lost: unknown.map((item) => ({
          text: text.slice(offsetOf(item.from), offsetOf(item.to)),
          offset: offsetOf(item.from),
          reason: 'LOST_BYTE_AMBIGUOUS',
        })),
      });
      next = segment.end;
      break;
    }
    i = next;
  }
  return found;
}

/** Where each line of the text starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line number of an offset (runs never span lines, so a run has one). */
function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
