import type { DocNumberDoc } from '../model/notice';
import { documentYearProblem } from '../text/documentYear';
import type { ParseResult } from '../text/parseResult';
import { foldDocNumberText } from './foldDocNumberText';
import { YEAR_BRACKETS, isClosingBracket, isOpeningBracket } from './yearBrackets';

export const MAX_DOC_NUMBER_LENGTH = 64;
/** Real issuer abbreviations are a handful of characters (国办发, 粤发改能源函); longer is prose. */
export const MAX_ISSUER_LENGTH = 20;
const MAX_SERIAL_DIGITS = 7;

/*
 * Chinese characters, optionally with Latin letters and digits (a few issuers use them), and at
 * least one Chinese character so that `abc〔2013〕5号` is not taken for a 文号.
 */
const HAN = /\p{Script=Han}/u;
const ISSUER_BAD_CHAR = /[^\p{Script=Han}A-Za-z0-9]/u;

/**
 * Parses a 文号 such as 国办发〔2013〕100号 into issuer, year and serial.
 *
 * Every bracket variant (〔〕 [] ［］ () （） 【】 〖〗 ﹝﹞), 号 or 號, full-width digits and stray
 * spaces around the parts give the same `normalized` form `<issuer>〔<year>〕<serial>号`.
 *
 * The issuer is compared as written: 遼政辦發 and 辽政办发 are different issuers here.
 * Traditional/simplified equivalence belongs to search, which needs a conversion table anyway.
 */
export function parseDocNumber(raw: string): ParseResult<DocNumberDoc> {
  const trimmed = raw.trim();
  if (trimmed === '') return fail('document number is empty');
  if (trimmed.length > MAX_DOC_NUMBER_LENGTH) {
    return fail(
      `document number is too long (${trimmed.length} characters, at most ${MAX_DOC_NUMBER_LENGTH})`,
    );
  }
  const { text } = foldDocNumberText(trimmed);

  const bracket = findYearBracket(text);
  if (!bracket.ok) return bracket;
  const { open, close } = bracket.value;

  const issuer = text.slice(0, open).trim();
  const issuerProblem = checkIssuer(issuer);
  if (issuerProblem) return fail(issuerProblem);

  const yearText = text.slice(open + 1, close).trim();
  if (!/^[0-9]{4}$/.test(yearText)) {
    return fail(`year in brackets must be four digits, got "${yearText}"`);
  }
  const year = Number(yearText);
  const yearProblem = documentYearProblem(year);
  if (yearProblem) return fail(yearProblem);

  const rest = text.slice(close + 1);
  const hao = rest.indexOf('号');
  const serialText = (hao < 0 ? rest : rest.slice(0, hao)).trim();
  if (serialText === '') return fail('serial is missing after the year');
  if (!/^[0-9]+$/.test(serialText)) return fail(`serial must be digits, got "${serialText}"`);
  if (hao < 0) return fail('missing 号 after the serial');
  const trailing = rest.slice(hao + 1).trim();
  if (trailing !== '') return fail(`unexpected text after 号: "${trailing}"`);
  if (serialText.length > MAX_SERIAL_DIGITS) {
    return fail(`serial has more than ${MAX_SERIAL_DIGITS} digits`);
  }
  const serial = Number(serialText);
  if (serial < 1) return fail('serial must be at least 1');

  return {
    ok: true,
    value: {
      raw: trimmed,
      issuerCode: issuer,
      year,
      serial,
      normalized: `${issuer}〔${year}〕${serial}号`,
    },
  };
}

/**
 * The year bracket is the first closing bracket and the opening bracket nearest before it, so
 * brackets wrapping a whole 文号 (`（国办发〔2013〕5号）`) are not taken for it; the issuer check
 * then rejects the stray wrapper.
 */
function findYearBracket(text: string): ParseResult<{ open: number; close: number }> {
  // Brackets are single UTF-16 units, so plain indexing is safe even with astral characters.
  const close = indexWhere(text, isClosingBracket);
  if (close < 0) {
    const open = indexWhere(text, isOpeningBracket);
    return open < 0
      ? { ok: false, reason: 'no year bracket: expected the year in brackets, e.g. 〔2013〕' }
      : { ok: false, reason: `year bracket ${text[open]} is never closed` };
  }
  const open = lastIndexWhere(text, close, isOpeningBracket);
  if (open < 0) return { ok: false, reason: `year bracket ${text[close]} has no opening bracket` };
  if (YEAR_BRACKETS.get(text[open]) !== text[close]) {
    return {
      ok: false,
      reason: `mismatched brackets around the year: ${text[open]} … ${text[close]}`,
    };
  }
  return { ok: true, value: { open, close } };
}

function indexWhere(text: string, test: (c: string) => boolean): number {
  for (let i = 0; i < text.length; i++) if (test(text[i])) return i;
  return -1;
}

function lastIndexWhere(text: string, before: number, test: (c: string) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(text[i])) return i;
  return -1;
}

function checkIssuer(issuer: string): string | null {
  if (issuer === '') return 'issuer is missing before the year bracket';
  const bad = ISSUER_BAD_CHAR.exec(issuer);
  if (bad) {
    return `issuer "${issuer}" contains "${bad[0]}": only Chinese characters, Latin letters and digits are allowed`;
  }
  if (!HAN.test(issuer)) return `issuer "${issuer}" contains no Chinese character`;
  if ([...issuer].length > MAX_ISSUER_LENGTH) {
    return `issuer is too long (at most ${MAX_ISSUER_LENGTH} characters)`;
  }
  return null;
}

function fail(reason: string): ParseResult<DocNumberDoc> {
  return { ok: false, reason };
}
