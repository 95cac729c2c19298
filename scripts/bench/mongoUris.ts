import type { Level } from '../../core/levels';
import { LEVELS } from '../../core/levels';

/** Each level's MongoDB: MONGODB_URI_<LEVEL>, else MONGODB_URI (withLocalMongo sets it). */
export function mongoUris(): Record<Level, string> {
  const uris = {} as Record<Level, string>;
  for (const level of LEVELS) {
    const uri = process.env[`MONGODB_URI_${level}`] ?? process.env.MONGODB_URI;
    if (!uri) throw new Error('MONGODB_URI is not set');
    uris[level] = uri;
  }
  return uris;
}
