import { documentYearProblem } from './documentYear';
import { foldFullWidth } from './foldFullWidth';
import type { ParseResult } from './parseResult';

/** A parsed 索引号 (catalogue index number), e.g. `006939748/2013-00974`. */
export interface IndexNumber {
  /** The input as given, trimmed. */
  raw: string;
  /** 9-character organisation code or 18-character unified social credit code, upper case. */
  orgCode: string;
  year: number;
  serial: number;
}

const MAX_LENGTH = 64;

/*
 * Character sets only, no check digits: sites print codes whose check character is wrong,
 * and rejecting them would lose the notice, while the code is only used to look notices up.
 * 组织机构代码: 8 characters of digits/capitals + a check character (digit or X).
 * 统一社会信用代码: 18 characters of digits and capitals without I, O, S, V, Z.
 */
const ORG_CODE = /^[0-9A-Z]{8}[0-9X]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const DIGITS = /^[0-9]+$/;
const MAX_SERIAL_DIGITS = 9;

/** Parses a 索引号 `<orgCode>/<year>-<serial>`, tolerating full-width characters and spaces. */
export function parseIndexNumber(raw: string): ParseResult<IndexNumber> {
  const trimmed = raw.trim();
  if (trimmed === '') return fail('index number is empty');
  if (trimmed.length > MAX_LENGTH) {
    return fail(`index number is too long (${trimmed.length} characters, at most ${MAX_LENGTH})`);
  }
  const text = foldFullWidth(trimmed);

  const slash = text.indexOf('/');
  if (slash < 0) return fail('index number has no "/" between organisation code and year');
  const orgCode = text.slice(0, slash).trim().toUpperCase();
  const yearSerial = text.slice(slash + 1).trim();

  if (orgCode === '') return fail('organisation code is missing before "/"');
  if (orgCode.length !== 9 && orgCode.length !== 18) {
    return fail(
      `organisation code "${orgCode}" must be 9 characters or an 18-character unified social credit code`,
    );
  }
  if (orgCode.length === 9 && !ORG_CODE.test(orgCode)) {
    return fail(
      `organisation code "${orgCode}" must be 8 digits or capital letters and a check digit or X`,
    );
  }
  if (orgCode.length === 18 && !CREDIT_CODE.test(orgCode)) {
    return fail(`unified social credit code "${orgCode}" contains characters it cannot have`);
  }

  const dash = yearSerial.indexOf('-');
  if (dash < 0) return fail('index number has no "-" between year and serial');
  const yearText = yearSerial.slice(0, dash).trim();
  const serialText = yearSerial.slice(dash + 1).trim();

  if (!/^[0-9]{4}$/.test(yearText)) return fail(`year must be four digits, got "${yearText}"`);
  const year = Number(yearText);
  const yearProblem = documentYearProblem(year);
  if (yearProblem) return fail(yearProblem);

  if (serialText === '') return fail('serial is missing after the year');
  if (!DIGITS.test(serialText)) return fail(`serial must be digits, got "${serialText}"`);
  if (serialText.length > MAX_SERIAL_DIGITS) {
    return fail(`serial has more than ${MAX_SERIAL_DIGITS} digits`);
  }

  const serial = Number(serialText);
  if (serial < 1) return fail('serial must be at least 1');

  return { ok: true, value: { raw: trimmed, orgCode, year, serial } };
}

function fail(reason: string): ParseResult<IndexNumber> {
  return { ok: false, reason };
}
