import type { Logger } from '../core/logging';

export interface ShutdownOptions {
  /** Hard limit: past it the process exits with status 1 whatever is still open. */
  timeoutMs?: number;
}

/**
 * On SIGTERM or SIGINT: stop gracefully, then exit. A second signal, or a stop
 * that takes longer than the timeout, exits at once.
 */
export function shutdownOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  { timeoutMs = 5000 }: ShutdownOptions = {},
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out: exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
