import type { ChildProcess } from 'node:child_process';

/** Default time a process gets between SIGTERM and SIGKILL. */
export const DEFAULT_STOP_GRACE_MS = 10_000;

/**
 * Stops a child process: SIGTERM, then SIGKILL when it has not exited after
 * `graceMs`. Resolves once it has exited (at once if it already had).
 */
export async function stopChild(
  child: ChildProcess,
  graceMs = DEFAULT_STOP_GRACE_MS,
): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!hasExited(child)) child.kill('SIGKILL');
  }, graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the process has exited or was never started. */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}
