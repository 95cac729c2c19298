import type { Logger } from 'pino';
import { GATEWAY_SECRET_HEADER } from '../../../core/auth';
import type { Level } from '../../../core/levels';
import { LEVELS } from '../../../core/levels';

/** Path of the nudge endpoint every subgraph serves (shared secret required). */
export const NUDGE_PATH = '/syndication/nudge';

/**
 * The push half of syndication: right after a level logs a change it tells
 * every subgraph (itself included) to read its feed now. Best effort and
 * fire-and-forget: a lost nudge only means the next poll finds the change.
 */
export class ChangeNotifier {
  private readonly local = new Set<(level: Level) => void>();

  constructor(
    private readonly level: Level,
    private readonly subgraphUrls: Record<Level, string>,
    private readonly gatewaySecret: string,
    private readonly logger: Logger,
    /** push false: no nudges at all, every reader relies on polling (benchmarks compare the two). */
    private readonly options: { push: boolean } = { push: true },
  ) {}

  /** Registers an in-process listener (the worker, the province catalog). */
  onChange(listener: (level: Level) => void): void {
    this.local.add(listener);
  }

  /** Called when `level`'s log has news (own writes, or a nudge that arrived over HTTP). */
  received(level: Level): void {
    for (const listener of this.local) listener(level);
  }

  /** This level logged a change: wake the listeners here and in the other subgraphs. */
  changed(): void {
    if (!this.options.push) return;
    this.received(this.level);
    for (const other of LEVELS) {
      if (other === this.level) continue;
      const url = this.subgraphUrls[other].replace(/\/graphql\/?$/, '') + NUDGE_PATH;
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [GATEWAY_SECRET_HEADER]: this.gatewaySecret,
        },
        body: JSON.stringify({ level: this.level }),
        signal: AbortSignal.timeout(2000),
      }).then(
        (res) => void res.body?.cancel(),
        (error: unknown) => this.logger.debug({ err: error, to: other }, 'nudge not delivered'),
      );
    }
  }
}
