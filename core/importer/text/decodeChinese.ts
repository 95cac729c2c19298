import { analyse } from 'chardet';
import type { Candidate, ChineseEncoding, DecodedPage } from './decodedPage';

/** Below this many judged characters a decoding's score says little. */
const MIN_JUDGED = 8;

/**
 * The page in its declared Chinese encoding, unless the text contradicts the declaration: many
 * rare, kana or private-use characters while the other encoding reads as ordinary Chinese, or
 * chardet firmly for the other. Then the other, with a warning.
 */
export function decodeDeclared(
  bytes: Buffer,
  encoding: ChineseEncoding,
  from: 'http' | 'meta',
  candidates: Record<ChineseEncoding, Candidate>,
  warnings: string[],
): DecodedPage {
  const other: ChineseEncoding = encoding === 'GB18030' ? 'BIG5' : 'GB18030';
  const mine = candidates[encoding].score;
  const theirs = candidates[other].score;
  const detector = chardetConfidence(bytes);
  const clearlyWorse =
    mine.judged >= MIN_JUDGED &&
    mine.share < 0.6 &&
    theirs.share >= 0.85 &&
    theirs.share - mine.share >= 0.3;
  const detectorDisagrees =
    detector[other] >= 80 &&
    detector[encoding] < 30 &&
    mine.share < 0.7 &&
    theirs.share > mine.share;
  if (clearlyWorse || detectorDisagrees) {
    warnings.push(
      `${from} declares ${encoding} but the text reads as ${other}` +
        ` (common hanzi ${percent(mine.share)} as ${encoding}, ${percent(theirs.share)} as ${other};` +
        ` chardet ${detector[other]} for ${other})`,
    );
    return {
      text: candidates[other].text,
      encoding: other,
      from: 'detected',
      confidence: round(Math.min(0.9, theirs.share)),
      warnings,
    };
  }
  if (mine.judged >= MIN_JUDGED && mine.share < 0.6) {
    warnings.push(`decoded as ${encoding} but only ${percent(mine.share)} common hanzi`);
  }
  const agrees = detector[encoding] >= 50 || (mine.judged >= MIN_JUDGED && mine.share >= 0.85);
  return {
    text: candidates[encoding].text,
    encoding,
    from,
    confidence: agrees ? 0.95 : 0.8,
    warnings,
  };
}

/**
 * The page in the Chinese encoding chardet names, unless the text reads clearly better in the
 * other; when chardet is unsure or names no Chinese encoding, the better-reading one, GB18030 on
 * a tie, with a warning.
 */
export function decodeDetected(
  bytes: Buffer,
  candidates: Record<ChineseEncoding, Candidate>,
  warnings: string[],
): DecodedPage {
  const matches = analyse(bytes);
  const top = matches[0];
  const detector = chardetConfidence(bytes, matches);
  const gb = candidates.GB18030.score;
  const big5 = candidates.BIG5.score;
  const pick = (encoding: ChineseEncoding, confidence: number): DecodedPage => ({
    text: candidates[encoding].text,
    encoding,
    from: 'detected',
    confidence: round(confidence),
    warnings,
  });
  const chineseTop = top && (top.name === 'GB18030' || top.name === 'Big5');
  if (top && chineseTop && top.confidence >= 50) {
    const chosen: ChineseEncoding = top.name === 'GB18030' ? 'GB18030' : 'BIG5';
    const other: ChineseEncoding = chosen === 'GB18030' ? 'BIG5' : 'GB18030';
    const mine = candidates[chosen].score;
    const theirs = candidates[other].score;
    if (mine.judged >= MIN_JUDGED && theirs.share - mine.share >= 0.3) {
      warnings.push(
        `chardet chose ${top.name} (${top.confidence}) but the text reads as ${other}` +
          ` (common hanzi ${percent(mine.share)} vs ${percent(theirs.share)})`,
      );
      return pick(other, Math.min(0.8, theirs.share));
    }
    return pick(chosen, (top.confidence / 100 + Math.max(mine.share, 0.5)) / 2);
  }
  // chardet is unsure (short text) or sees no Chinese (random bytes, another language): GB18030
  // is the usual encoding of these sites, unless Big5 reads clearly better.
  const chosen: ChineseEncoding = big5.share - gb.share >= 0.15 ? 'BIG5' : 'GB18030';
  if (!chineseTop) {
    const what = top ? `${top.name} (${top.confidence})` : 'nothing';
    warnings.push(`chardet detected ${what}, not a Chinese encoding; decoded as ${chosen}`);
  }
  const score = candidates[chosen].score;
  return pick(chosen, Math.min(0.5, score.share, Math.max(detector[chosen], 10) / 100 + 0.2));
}

function chardetConfidence(
  bytes: Buffer,
  matches = analyse(bytes),
): Record<ChineseEncoding, number> {
  const confidence = { GB18030: 0, BIG5: 0 };
  for (const match of matches) {
    if (match.name === 'GB18030')
      confidence.GB18030 = Math.max(confidence.GB18030, match.confidence);
    if (match.name === 'Big5') confidence.BIG5 = Math.max(confidence.BIG5, match.confidence);
  }
  return confidence;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
