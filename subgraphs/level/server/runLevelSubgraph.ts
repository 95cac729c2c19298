import { assertJwtKeyring } from '../../../core/auth';
import { ConfigError, loadConfig } from '../../../core/config';
import type { Level } from '../../../core/levels';
import { levelPrefix } from '../../../core/levels';
import { createLogger } from '../../../core/logging';
import { startLevelSubgraph } from './startLevelSubgraph';

/** Process entry for one level: start, and stop cleanly on SIGTERM/SIGINT. */
export function runLevelSubgraph(level: Level): void {
  let config;
  try {
    config = loadConfig();
    // Key set problems stop start-up here, not at the first request.
    assertJwtKeyring(config.jwt);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, name: levelPrefix(level) });
  startLevelSubgraph(level, config, logger).then(
    (running) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'stopping');
        const force = setTimeout(() => process.exit(1), 10_000);
        force.unref();
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'error while stopping');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
    },
    (error: unknown) => {
      logger.fatal({ err: error }, `the ${levelPrefix(level)} subgraph could not start`);
      process.exit(1);
    },
  );
}
