import type { Level } from '../../../core/levels';
import { buildLevelSchema } from './buildLevelSchema';

/** The SDL checked in as schema/<level>.graphql (npm run compose writes it). */
export async function printLevelSubgraphSdl(level: Level): Promise<string> {
  return (await buildLevelSchema(level)).sdl;
}
