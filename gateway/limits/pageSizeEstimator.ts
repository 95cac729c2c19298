import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../core/errors';
import { limitError } from './limitError';

/** What the subgraphs accept for `first` (core/paging clampPageSize); refused earlier here. */
export const MAX_PAGE_SIZE = 100;

/**
 * Cost of one field: 1, plus its selections once, or once per item for a
 * paged field (one with a `first` argument): `first` as given, else the
 * argument's default, else the largest page. Arguments arrive with the
 * request's variables applied, so this is also where a page size outside
 * 1..max is refused (BAD_USER_INPUT, thrown out of the cost computation).
 */
export function pageSizeEstimator(maxPageSize = MAX_PAGE_SIZE): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const pageArgument = field.args.find((argument) => argument.name === 'first');
    if (pageArgument === undefined) return 1 + childComplexity;
    const given: unknown = args.first;
    if (given !== undefined && given !== null) {
      if (
        typeof given !== 'number' ||
        !Number.isInteger(given) ||
        given < 1 ||
        given > maxPageSize
      ) {
        throw limitError(`first must be between 1 and ${maxPageSize}`, ErrorCode.BAD_USER_INPUT, {
          field: 'first',
          max: maxPageSize,
        });
      }
      return 1 + given * childComplexity;
    }
    const fallback = pageArgument.defaultValue;
    const pageSize = typeof fallback === 'number' ? fallback : maxPageSize;
    return 1 + pageSize * childComplexity;
  };
}
