import { execFileSync } from 'node:child_process';

/** Resident memory of this process's children (the hub's services, FerretDB), in MiB by name. */
export type ChildMemory = Record<string, number>;

/** Which service a child process runs, by its command line. */
export const CHILD_NAMES: [RegExp, string][] = [
  [/subgraphs[/\\]county[/\\]/, 'county'],
  [/subgraphs[/\\]city[/\\]/, 'city'],
  [/subgraphs[/\\]province[/\\]/, 'province'],
  [/gateway[/\\]main/, 'gateway'],
  [/ferretdb/i, 'ferretdb'],
];

/** A direct child of this process that runs one of the hub's services. */
export interface ChildService {
  pid: number;
  name: string;
  /** Resident memory, KiB. */
  rssKiB: number;
}

/** `ps` on the direct children of this process (Linux and macOS); empty where `ps` is missing. */
export function childServices(): ChildService[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-o', 'pid=,ppid=,rss=,args=', '-A'], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const children: ChildService[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!m || Number(m[2]) !== process.pid) continue;
    const name = CHILD_NAMES.find(([pattern]) => pattern.test(m[4]))?.[1];
    if (name) children.push({ pid: Number(m[1]), name, rssKiB: Number(m[3]) });
  }
  return children;
}

/** Resident memory of the hub's services, MiB by name. */
export function childMemory(): ChildMemory {
  const memory: ChildMemory = {};
  for (const child of childServices())
    memory[child.name] = (memory[child.name] ?? 0) + child.rssKiB / 1024;
  return memory;
}
