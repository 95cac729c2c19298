import { findDocNumbers, parseDocNumber } from '../docnumber';

/** Prefix of the one token a 文号 becomes, so it cannot collide with a word. */
export const DOC_NUMBER_TOKEN_PREFIX = 'dn:';

/** The token of a 文号 given in its normalized form (`辽政办发〔2022〕12号`). */
export function docNumberToken(normalizedDocNumber: string): string {
  return `${DOC_NUMBER_TOKEN_PREFIX}${normalizedDocNumber}`;
}

/** Four digits and a closing year bracket, as normalized text writes them (no full-width forms). */
const YEAR_IN_BRACKETS = /[0-9]{4}\s*[〕\])】〗]/;
const SENTENCE_END = /[\n。]/;

/** A 文号 found in normalized text: its token and where it stands. */
export interface DocNumberMatch {
  token: string;
  start: number;
  end: number;
}

/**
 * Every 文号 in text already passed through normalizeText, as tokens with their place in it.
 * Normalization has already folded the brackets, digits, 號 and traditional issuers, so
 * 遼政辦發（２０２２）12號 and 辽政办发〔2022〕12号 give the same token `dn:辽政办发〔2022〕12号`.
 *
 * Running text is read as findDocNumbers reads it (根据辽政办发〔2015〕13号 cites 辽政办发); only
 * when that finds nothing is the whole text tried as one 文号, for the rare issuer too long for
 * running text (a docNumber field).
 */
export function findDocNumberTokens(normalized: string): DocNumberMatch[] {
  const matches: DocNumberMatch[] = [];
  if (!YEAR_IN_BRACKETS.test(normalized)) return matches;
  // A 文号 never spans a line or a full stop, so only the sentences with a year in brackets need
  // the full parser, which is far slower than this split.
  let sentenceStart = 0;
  for (const sentence of normalized.split(SENTENCE_END)) {
    if (YEAR_IN_BRACKETS.test(sentence)) {
      let from = 0;
      for (const found of findDocNumbers(sentence)) {
        const start = sentence.indexOf(found.raw, from);
        if (start < 0) continue;
        from = start + found.raw.length;
        matches.push({
          token: docNumberToken(found.normalized),
          start: sentenceStart + start,
          end: sentenceStart + from,
        });
      }
    }
    sentenceStart += sentence.length + 1;
  }
  if (matches.length > 0) return matches;
  const whole = parseDocNumber(normalized);
  if (!whole.ok) return matches;
  const start = normalized.indexOf(whole.value.raw);
  return [
    {
      token: docNumberToken(whole.value.normalized),
      start,
      end: start + whole.value.raw.length,
    },
  ];
}
