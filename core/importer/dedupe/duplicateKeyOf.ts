import { toSimplified } from '../../text';
import type { DocNumberDoc } from '../../model';

/** The 文号 as compared across scripts: normalised, then simplified. */
export function docNumberKey(docNumber: DocNumberDoc | null | undefined): string | null {
  return docNumber ? toSimplified(docNumber.normalized) : null;
}
