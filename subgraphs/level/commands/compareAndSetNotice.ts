import type { UpdateFilter } from 'mongodb';
import type { NoticeDoc } from '../../../core/model';
import type { LevelServices } from '../context';

/** Per notice collection: the write in flight for each notice id (see compareAndSetNotice). */
const inFlight = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Applies `update` to notice `id` if it is still at `version`; returns the notice after the
 * write, or null when its version moved on (or it is gone).
 *
 * On MongoDB one `findOneAndUpdate({ _id, version })`, atomic on the server. FerretDB v1 pushes
 * only a lone `_id` equality down to SQLite, so that filter reads the whole collection (the
 * larger part of a publication's latency); there (`pointReads`) the version is checked by a
 * lookup and the write filtered by `_id` alone, serialised per notice in this process, which is
 * the only writer of its level's notices in a local or test hub.
 */
export async function compareAndSetNotice(
  services: Pick<LevelServices, 'collections'> & { pointReads?: boolean },
  id: string,
  version: number,
  update: UpdateFilter<NoticeDoc>,
): Promise<NoticeDoc | null> {
  const notices = services.collections.notices;
  if (!services.pointReads)
    return notices.findOneAndUpdate({ _id: id, version }, update, { returnDocument: 'after' });
  let locks = inFlight.get(notices);
  if (!locks) {
    locks = new Map();
    inFlight.set(notices, locks);
  }
  const previous = locks.get(id) ?? Promise.resolve();
  const run = previous.then(write, write);
  const tail = run.catch(() => undefined);
  locks.set(id, tail);
  try {
    return await run;
  } finally {
    if (locks.get(id) === tail) locks.delete(id);
  }

  async function write(): Promise<NoticeDoc | null> {
    const current = await notices.findOne({ _id: id }, { projection: { version: 1 } });
    if (!current || current.version !== version) return null;
    return notices.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
  }
}
