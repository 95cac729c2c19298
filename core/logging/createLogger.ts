import pino from 'pino';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import type { Config } from '../config';

export type Logger = PinoLogger;

export interface CreateLoggerOptions {
  /** `config.logLevel`. */
  level: Config['logLevel'];
  /** The process or component, e.g. `gateway`, `county`, `syndication`. */
  name: string;
  /** Defaults to stdout; tests pass a stream to read what was logged. */
  destination?: DestinationStream;
}

/**
 * The one logger factory: JSON lines, with credentials redacted wherever a
 * request or its headers get logged.
 */
export function createLogger({ level, name, destination }: CreateLoggerOptions): Logger {
  const options = {
    name,
    level,
    redact: {
      paths: [
        'authorization',
        'headers.authorization',
        'req.headers.authorization',
        'req.headers.cookie',
        'request.http.headers.authorization',
        'token',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
