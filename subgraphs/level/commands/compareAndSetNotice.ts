import type { UpdateFilter } from 'mongodb';
import { KeyedQueue } from '../../../core/db';
import type { NoticeDoc } from '../../../core/model';
import type { LevelServices } from '../context';

/** Per notice collection: writes to one notice, one at a time (see compareAndSetNotice). */
const perCollection = new WeakMap<object, KeyedQueue>();

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
  let queue = perCollection.get(notices);
  if (!queue) {
    queue = new KeyedQueue();
    perCollection.set(notices, queue);
  }
  return queue.run(id, write);

  async function write(): Promise<NoticeDoc | null> {
    const current = await notices.findOne({ _id: id }, { projection: { version: 1 } });
    if (!current || current.version !== version) return null;
    return notices.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
  }
}
