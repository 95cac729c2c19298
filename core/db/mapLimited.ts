/**
 * `fn` over `items` with at most `concurrency` calls in flight, results in item order. For
 * batches of single-document lookups: all at once would queue hundreds of commands on the
 * driver's pool (FerretDB slows down badly then), one at a time wastes the round trips.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
