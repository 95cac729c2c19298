/**
 * The median of `values` (e.g. repost latencies): the middle value, or the mean of the two middle
 * values for an even count; null for no values. Does not modify its input.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
