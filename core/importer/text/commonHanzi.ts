import * as iconv from 'iconv-lite';
import { toSimplified } from '../../text';

let common: Set<number> | null = null;

/*
 * GB2312 level 1 (bytes B0A1–D7F9) is exactly the 3,755 most used simplified characters, so
 * decoding that range gives the common set without a hand-typed list. Their traditional forms
 * are every CJK ideograph that toSimplified maps onto one of them; a traditional-character
 * page (繁體轉換) is then as plausible as its simplified original.
 */
function buildCommonSet(): Set<number> {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      if (lead === 0xd7 && trail > 0xf9) break;
      bytes.push(lead, trail);
    }
  }
  const set = new Set<number>();
  for (const char of iconv.decode(Buffer.from(bytes), 'gbk')) set.add(char.codePointAt(0) ?? 0);
  const simplified = new Set(set);
  for (let code = 0x3400; code <= 0x9fff; code++) {
    if (simplified.has(code)) continue;
    const char = String.fromCharCode(code);
    const to = toSimplified(char);
    if (to !== char && simplified.has(to.codePointAt(0) ?? 0)) set.add(code);
  }
  return set;
}

/**
 * Whether a code point is one of the ~3,755 common simplified characters (GB2312 level 1) or a
 * traditional form of one of them.
 */
export function isCommonHanzi(code: number): boolean {
  common ??= buildCommonSet();
  return common.has(code);
}

const HAN = /\p{Script=Han}/u;

/** Whether a code point is a Han ideograph (any block, common or not). */
export function isHan(code: number): boolean {
  if (code < 0x2e80) return false;
  return HAN.test(String.fromCodePoint(code));
}
