import { EURO } from './sourceBytes';

/** One code point of the text being repaired. */
export interface SourceUnit {
  code: number;
  /** UTF-16 offset in the text. */
  offset: number;
}

/**
 * A stretch of text between barriers, with the bytes its characters stood for under one wrong
 * decoding. `starts[i]` is where unit i's bytes begin; `unitAt[b]` is the unit that starts at
 * byte b (or `units.length` at the end), -1 inside a unit.
 */
export interface SourceRun {
  units: SourceUnit[];
  bytes: number[];
  starts: number[];
  unitAt: Int32Array;
}

/**
 * Cuts text into runs of characters that each stand for bytes under `bytesOf`. Characters with
 * no bytes and line breaks end a run (mojibake never spans a line). Runs of plain ASCII are
 * dropped: there is nothing to repair in them.
 */
export function sourceRuns(
  text: string,
  bytesOf: (code: number) => readonly number[] | number | null,
): SourceRun[] {
  const runs: SourceRun[] = [];
  let units: SourceUnit[] = [];
  let bytes: number[] = [];
  let starts: number[] = [];
  let nonAscii = false;
  const close = (): void => {
    if (nonAscii) runs.push(finish(units, bytes, starts));
    units = [];
    bytes = [];
    starts = [];
    nonAscii = false;
  };
  for (let offset = 0; offset < text.length; ) {
    const code = text.codePointAt(offset) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const mapped = code === 0x0a || code === 0x0d ? null : bytesOf(code);
    if (mapped === null) {
      close();
    } else {
      units.push({ code, offset });
      starts.push(bytes.length);
      if (typeof mapped === 'number') bytes.push(mapped);
      else bytes.push(...mapped);
      if (code >= 0x80) nonAscii = true;
    }
    offset += width;
  }
  close();
  return runs;
}

function finish(units: SourceUnit[], rawBytes: number[], rawStarts: number[]): SourceRun {
  const { bytes, starts } = rawBytes.includes(EURO)
    ? settleEuro(rawBytes, rawStarts)
    : { bytes: rawBytes, starts: rawStarts };
  const unitAt = new Int32Array(bytes.length + 1).fill(-1);
  starts.forEach((start, index) => (unitAt[start] = index));
  unitAt[bytes.length] = units.length;
  return { units, bytes, starts, unitAt };
}

/*
 * In UTF-8 read as GBK, `€` is 0x80 where a continuation byte stood at a lead position, or
 * A2 E3 where a continuation byte ended one character and E3 began the next (、 = E3 80 81).
 * UTF-8 tells which: A2 E3 only fits when A2 is the last continuation a character still needs
 * and a continuation byte follows for the E3.
 */
function settleEuro(raw: number[], rawStarts: number[]): { bytes: number[]; starts: number[] } {
  const bytes: number[] = [];
  const starts: number[] = [];
  let unit = 0;
  for (let i = 0; i < raw.length; i++) {
    while (unit < rawStarts.length && rawStarts[unit] === i) {
      starts.push(bytes.length);
      unit++;
    }
    if (raw[i] !== EURO) {
      bytes.push(raw[i]);
      continue;
    }
    const next = raw[i + 1];
    const nextIsContinuation =
      next !== undefined && ((next >= 0x80 && next <= 0xbf) || next === EURO);
    if (continuationsStillNeeded(bytes) === 1 && nextIsContinuation) bytes.push(0xa2, 0xe3);
    else bytes.push(0x80);
  }
  return { bytes, starts };
}

/** How many continuation bytes the UTF-8 character at the end of the bytes still lacks. */
function continuationsStillNeeded(bytes: number[]): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back];
    if (byte >= 0x80 && byte <= 0xbf) continue;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 1;
    return Math.max(0, length - back);
  }
  return 0;
}
