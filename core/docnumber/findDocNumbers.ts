import type { DocNumberDoc } from '../model/notice';
import { foldDocNumberText } from './foldDocNumberText';
import { parseDocNumber } from './parseDocNumber';
import { CLOSING_CLASS, OPENING_CLASS } from './yearBrackets';

/*
 * A candidate: a run of issuer characters, a four-digit year in brackets, a serial and 号, with
 * horizontal spaces allowed between the parts. The year must be exactly four digits, so a
 * bracket wrapping the whole 文号 in running text, as in （遼政辦發〔2015〕13號）, can never be
 * taken for the year bracket; it only ends the issuer run, like any other punctuation.
 */
const SPACE = '[^\\S\\r\\n]*';
const CANDIDATE = new RegExp(
  `([\\p{Script=Han}A-Za-z0-9]+)${SPACE}[${OPENING_CLASS}]${SPACE}[0-9]{4}${SPACE}[${CLOSING_CLASS}]${SPACE}[0-9]{1,7}${SPACE}号`,
  'gu',
);

/*
 * Running text often has no punctuation between prose and the 文号 (根据国办发〔2016〕80号), so
 * the issuer run starts after the last of these words or characters, none of which occurs in
 * an issuer abbreviation. Whatever prose is still left makes the issuer too long, and the
 * candidate is skipped rather than returned with a wrong issuer.
 */
const PROSE_BEFORE_ISSUER =
  /^.*(?:根据|依据|按照|依照|参照|遵照|贯彻|落实|执行|印发|转发|下发|详见|的|和|及|与|或|年)/u;

/** Tighter than parseDocNumber's limit: in prose a long run is far more often a sentence. */
const MAX_FOUND_ISSUER_LENGTH = 12;

/**
 * Every 文号 in a piece of running text (a notice body, a crawled page), in order of
 * appearance. `raw` is the text as it appears in the input; `normalized` is as for
 * {@link parseDocNumber}, so traditional issuers stay traditional.
 */
export function findDocNumbers(text: string): DocNumberDoc[] {
  const folded = foldDocNumberText(text);
  const found: DocNumberDoc[] = [];
  for (const match of folded.text.matchAll(CANDIDATE)) {
    const prose = PROSE_BEFORE_ISSUER.exec(match[1]);
    const start = match.index + (prose ? prose[0].length : 0);
    const end = match.index + match[0].length;
    const raw = text.slice(folded.sourceIndex[start], folded.sourceIndex[end - 1] + 1);
    const parsed = parseDocNumber(raw);
    if (parsed.ok && [...parsed.value.issuerCode].length <= MAX_FOUND_ISSUER_LENGTH) {
      found.push(parsed.value);
    }
  }
  return found;
}
