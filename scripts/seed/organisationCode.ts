import { createHash } from 'node:crypto';

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * A deterministic 9-character 组织机构代码 for an organisation name: 8 digits and the GB 11714
 * check character (a digit or X). Used in the 索引号 `<code>/<year>-<serial>`.
 */
export function organisationCode(name: string): string {
  const digest = createHash('sha256').update(name).digest();
  const body = Array.from(digest.subarray(0, 8), (byte) => byte % 10);
  const sum = body.reduce((total, digit, i) => total + digit * WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  const checkChar = check === 10 ? 'X' : check === 11 ? '0' : String(check);
  return `${body.join('')}${checkChar}`;
}
