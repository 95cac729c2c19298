import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { Level } from '../../core/levels';
import { levelPrefix } from '../../core/levels';

export interface SubgraphSource {
  level: Level;
  /** The subgraph's SDL with its federation `@link`. */
  sdl: string;
  /** Recorded in the supergraph's `join__graph`; the gateway overrides it from config. */
  url: string;
}

export type ComposeOutcome =
  | { ok: true; supergraphSdl: string; hints: string[] }
  | { ok: false; errors: string[] };

/** The name of a level's subgraph in the supergraph: `county`, `city`, `province`. */
export function subgraphName(level: Level): string {
  return levelPrefix(level);
}

/**
 * Composes the subgraph SDLs into a supergraph in-process, as Rover would.
 * Pure: no files, no network. Errors and hints come back as printable lines.
 */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): ComposeOutcome {
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  const errors: string[] = [];
  for (const { level, sdl, url } of subgraphs) {
    const name = subgraphName(level);
    try {
      services.push({ name, url, typeDefs: parse(sdl) });
    } catch (error) {
      errors.push(`[${name}] ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const result = composeServices(services);
  if (result.errors) {
    return {
      ok: false,
      errors: result.errors.map((e) => {
        const code = e.extensions.code;
        return typeof code === 'string' ? `${code}: ${e.message}` : e.message;
      }),
    };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((h) => h.toString()),
  };
}
