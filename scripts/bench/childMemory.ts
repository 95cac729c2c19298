import { execFileSync } from 'node:child_process';

/** Resident memory of this process's children (the hub's services, FerretDB), in MiB by name. */
export type ChildMemory = Record<string, number>;

const NAMES: [RegExp, string][] = [
  [/subgraphs[/\\]county[/\\]/, 'county'],
  [/subgraphs[/\\]city[/\\]/, 'city'],
  [/subgraphs[/\\]province[/\\]/, 'province'],
  [/gateway[/\\]main/, 'gateway'],
  [/ferretdb/i, 'ferretdb'],
];

/**
 * `ps` on the direct children of this process (Linux and macOS), named after the service they
 * run; an empty record where `ps` is missing.
 */
export function childMemory(): ChildMemory {
  let out: string;
  try {
    out = execFileSync('ps', ['-o', 'ppid=,rss=,args=', '-A'], { encoding: 'utf8' });
  } catch {
    return {};
  }
  const memory: ChildMemory = {};
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (!m || Number(m[1]) !== process.pid) continue;
    const name = NAMES.find(([pattern]) => pattern.test(m[3]))?.[1];
    if (name) memory[name] = (memory[name] ?? 0) + Number(m[2]) / 1024;
  }
  return memory;
}
