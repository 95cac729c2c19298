import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/** What one size of the search benchmark is expected to hold in memory at its peak. */
export interface SearchMemoryEstimate {
  notices: number;
  /** V8 heap: the notices and the index's objects. */
  heapBytes: number;
  /** Heap plus the index's typed arrays and the process's own (RSS). */
  totalBytes: number;
  /** Where the per-notice figures came from. */
  basis: 'measured' | 'default';
  /** Why the size cannot run here, or null. */
  problem: string | null;
}

/** Bytes per synthetic notice, measured in this run at a smaller size (after a forced GC). */
export interface BytesPerNotice {
  heap: number;
  /** Outside the heap: typed arrays of the index. */
  external: number;
}

/**
 * Measured with `--quick` (10,000 notices, after a forced GC): the notices about 2.4 kB each on the
 * heap, the index 0.8 kB more on the heap and 1.3 kB of typed arrays.
 */
export const DEFAULT_BYTES_PER_NOTICE: BytesPerNotice = { heap: 3200, external: 1400 };
/** The peak is above the live figures: garbage between collections, and building the index. */
const HEADROOM = 1.5;
/** Node itself, jieba's dictionary, the MongoDB driver. */
const BASE_BYTES = 300 * 1024 * 1024;
const GB = 1024 ** 3;

/**
 * The memory one size needs, and whether it fits: under 80% of the machine's memory, and the
 * heap under node's limit (`--max-old-space-size`, which `npm run bench:search` raises).
 */
export function estimateSearchMemory(
  notices: number,
  perNotice: BytesPerNotice | null,
): SearchMemoryEstimate {
  const rate = perNotice ?? DEFAULT_BYTES_PER_NOTICE;
  const heapBytes = notices * rate.heap * HEADROOM;
  const totalBytes = BASE_BYTES + heapBytes + notices * rate.external;
  const machine = totalmem();
  const heapLimit = getHeapStatistics().heap_size_limit;
  let problem: string | null = null;
  if (totalBytes > machine * 0.8) {
    problem =
      `needs about ${gb(totalBytes)} GB, more than 80% of this machine's ${gb(machine)} GB ` +
      '(run it on a larger machine)';
  } else if (heapBytes > heapLimit) {
    problem =
      `needs about ${gb(heapBytes)} GB of V8 heap, node's limit is ${gb(heapLimit)} GB ` +
      `(NODE_OPTIONS=--max-old-space-size=${Math.ceil((heapBytes * 1.2) / 1024 / 1024)})`;
  }
  return {
    notices,
    heapBytes,
    totalBytes,
    basis: perNotice ? 'measured' : 'default',
    problem,
  };
}

function gb(bytes: number): string {
  return (bytes / GB).toFixed(1);
}
