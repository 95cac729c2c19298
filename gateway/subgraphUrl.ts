import type { Config } from '../core/config';
import { levelFromPrefix } from '../core/levels';

/**
 * The URL of a subgraph named in the supergraph (`county`, `city`, `province`).
 * The supergraph's own `join__graph` URLs are placeholders: where each level
 * runs is configuration.
 */
export function subgraphUrl(config: Config, subgraphName: string): string {
  const level = levelFromPrefix(subgraphName);
  if (!level) throw new Error(`supergraph names an unknown subgraph: ${subgraphName}`);
  return config.levels[level].url;
}
