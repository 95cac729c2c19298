import { parseDocNumber } from './parseDocNumber';

/**
 * True when both strings are well-formed 文号 with the same normalized form, e.g.
 * 国办发〔2013〕100号 and 国办发[2013]100號. False when either is malformed: two unparseable
 * strings are not known to name the same document.
 */
export function docNumbersEqual(a: string, b: string): boolean {
  const left = parseDocNumber(a);
  const right = parseDocNumber(b);
  return left.ok && right.ok && left.value.normalized === right.value.normalized;
}
