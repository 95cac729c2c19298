import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { pipeLines } from './pipeLines';
import { DEFAULT_STOP_GRACE_MS, hasExited, stopChild } from './stopChild';

export type OutputStream = 'stdout' | 'stderr';

/** How a service process ended. `error` is set when it could not be started at all. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

export interface SpawnServiceOptions {
  /** Short name used as the log prefix: `[county] ...`. */
  name: string;
  /** Executable; defaults to the running node binary. */
  command?: string;
  args: string[];
  /** Complete environment of the child (nothing is inherited implicitly). */
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /**
   * Receives every output line. Default: written to this process's stdout or
   * stderr as `[name] line`.
   */
  onLine?: (line: string, stream: OutputStream, name: string) => void;
  /**
   * Run the child in its own process group (default true), so a Ctrl-C in the
   * terminal reaches only the parent, which then stops children in order.
   */
  detached?: boolean;
  /** Lines kept for `recentOutput()` (default 300). */
  keepLines?: number;
}

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Settles (never rejects) when the process has exited or failed to start. */
  readonly exited: Promise<ExitInfo>;
  /** The exit, once it happened. */
  exitInfo(): ExitInfo | null;
  /** The last lines of output, both streams interleaved, prefixed with `[name]`. */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<ExitInfo>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns a long-running service with line-buffered, colourless, prefixed
 * output. Children still running when this process exits are killed.
 */
export function spawnService(options: SpawnServiceOptions): ServiceProcess {
  const { name, keepLines = 300 } = options;
  const onLine = options.onLine ?? writePrefixed;
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(`[${name}] ${line}`);
    if (recent.length > keepLines) recent.shift();
  };

  const child = spawn(options.command ?? process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...options.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? true,
  });
  installExitHook();
  live.add(child);

  let info: ExitInfo | null = null;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.on('error', (error) => {
      // 'error' without a pid: the process never started, no 'close' will follow.
      if (child.pid === undefined) {
        info = { code: null, signal: null, error };
        live.delete(child);
        resolve(info);
      }
    });
    child.once('close', (code, signal) => {
      info = { code, signal };
      live.delete(child);
      resolve(info);
    });
  });

  for (const stream of ['stdout', 'stderr'] as const) {
    const readable = child[stream];
    if (!readable) continue;
    pipeLines(readable, (line) => {
      remember(line);
      onLine(line, stream, name);
    });
  }

  return {
    name,
    child,
    exited,
    exitInfo: () => info,
    recentOutput: () => recent.join('\n'),
    async stop(graceMs = DEFAULT_STOP_GRACE_MS) {
      if (!hasExited(child)) await stopChild(child, graceMs);
      return exited;
    },
  };
}

/** `[name] line` on this process's matching stream. */
export function writePrefixed(line: string, stream: OutputStream, name: string): void {
  (stream === 'stderr' ? process.stderr : process.stdout).write(`[${name}] ${line}\n`);
}

/** Describes an exit for humans: `exited with code 1`, `was killed by SIGKILL`. */
export function describeExit(info: ExitInfo): string {
  if (info.error) return `could not be started: ${info.error.message}`;
  if (info.signal) return `was killed by ${info.signal}`;
  return `exited with code ${info.code ?? 'unknown'}`;
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) if (!hasExited(child)) child.kill('SIGKILL');
  });
}
