/** This process's memory in MB, read right after a full garbage collection when one could be forced. */
export interface MemoryFigures {
  heapUsedMb: number;
  /** Memory outside the V8 heap held by JS objects, typed arrays (arrayBuffers) included. */
  externalMb: number;
  arrayBuffersMb: number;
  rssMb: number;
  /** False when node ran without --expose-gc: the figures then include garbage. */
  gcForced: boolean;
}

const MB = 1024 * 1024;

/** Forces a full GC (twice, so weak references and finalizers settle) and reads the memory. */
export function memoryAfterGc(): MemoryFigures {
  const collect = globalThis.gc;
  if (collect) {
    collect();
    collect();
  }
  const usage = process.memoryUsage();
  return {
    heapUsedMb: usage.heapUsed / MB,
    externalMb: usage.external / MB,
    arrayBuffersMb: usage.arrayBuffers / MB,
    rssMb: usage.rss / MB,
    gcForced: collect !== undefined,
  };
}
