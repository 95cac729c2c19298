import { BadUserInputError } from '../errors';

export interface PageSizeOptions {
  max?: number;
  /** Used when the client gives no size; 20, or `max` if that is smaller. */
  defaultSize?: number;
  /** Argument name reported in the error. */
  field?: string;
}

/**
 * The page size to use for a `first` argument: the default when absent, otherwise the value
 * itself. Out-of-range values are rejected rather than silently clamped, so a client asking for
 * 1000 learns the limit instead of assuming it got everything.
 */
export function clampPageSize(
  first: number | null | undefined,
  { max = 100, defaultSize = Math.min(20, max), field = 'first' }: PageSizeOptions = {},
): number {
  if (!Number.isInteger(defaultSize) || defaultSize < 1 || defaultSize > max) {
    throw new RangeError(`defaultSize ${defaultSize} must be an integer between 1 and ${max}`);
  }
  if (first === null || first === undefined) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new BadUserInputError(`${field} must be between 1 and ${max}`, field, { max });
  }
  return first;
}
