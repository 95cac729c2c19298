import { readFileSync } from 'node:fs';
import { childServices } from './childMemory';

/** CPU time (user + system) this process's children have used, in seconds by service name. */
export type ChildCpu = Record<string, number>;

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * Reads /proc/<pid>/stat of the direct children of this process (Linux only; an empty record
 * elsewhere), named after the service they run: take it before and after a phase to see which
 * process the phase's time went to.
 */
export function childCpu(): ChildCpu {
  const cpu: ChildCpu = {};
  for (const child of childServices()) {
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) in parentheses: utime is 14th, stime 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      cpu[child.name] = (cpu[child.name] ?? 0) + ticks / TICKS_PER_SECOND;
    } catch {
      /* exited meanwhile, or no /proc */
    }
  }
  return cpu;
}

/** CPU seconds used by each child between two readings. */
export function cpuSince(before: ChildCpu, after: ChildCpu = childCpu()): ChildCpu {
  const used: ChildCpu = {};
  for (const [name, seconds] of Object.entries(after))
    used[name] = Math.max(0, seconds - (before[name] ?? 0));
  return used;
}

/** `gateway 3.1, ferretdb 2.0, ...`: the busiest first. */
export function describeCpu(cpu: ChildCpu): string {
  const parts = Object.entries(cpu)
    .sort((a, b) => b[1] - a[1])
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`);
  return parts.length > 0 ? parts.join(', ') : 'not measured (no /proc)';
}
