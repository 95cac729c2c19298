import type { Level } from '../levels/level';
import { LEVELS } from '../levels/level';
import { normalizeText } from './normalizeText';
import type { SearchDocument } from './searchDocument';
import { ValueDictionary } from './valueDictionary';

/** Stands for a null issuer or category in the id columns. */
export const NO_VALUE = -1;

const INITIAL_CAPACITY = 1024;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * The fields filters, facets and sorting read, one typed-array column per field and one row
 * ("slot") per document, so that going over a hundred thousand matches touches no objects.
 * Columns are public for the hot loops; only this class writes them.
 *
 * A removed document's slot is retired, not freed: posting lists still name it until they are
 * compacted, and only then does releaseRetired() make it available again.
 */
export class DocumentTable {
  readonly regions = new ValueDictionary();
  readonly sites = new ValueDictionary();
  /** Traditional and simplified spellings of an issuer or category are one value. */
  readonly issuers = new ValueDictionary(normalizeText);
  readonly categories = new ValueDictionary(normalizeText);
  readonly validities = new ValueDictionary();

  /** 1 for a slot holding a document, 0 for a free or retired one. */
  alive = new Uint8Array(INITIAL_CAPACITY);
  level = new Uint8Array(INITIAL_CAPACITY);
  region = new Int32Array(INITIAL_CAPACITY);
  site = new Int32Array(INITIAL_CAPACITY);
  issuer = new Int32Array(INITIAL_CAPACITY);
  category = new Int32Array(INITIAL_CAPACITY);
  validity = new Int32Array(INITIAL_CAPACITY);
  /** Epoch milliseconds, NaN when unknown. */
  publishedAt = new Float64Array(INITIAL_CAPACITY);
  signedAt = new Float64Array(INITIAL_CAPACITY);
  /** Year of publication in China time, 0 when unknown. */
  year = new Int16Array(INITIAL_CAPACITY);

  private readonly slots = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly free: number[] = [];
  private readonly retired: number[] = [];

  get size(): number {
    return this.slots.size;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  idAt(slot: number): string {
    return this.ids[slot];
  }

  /** Slots reserved so far: every slot in use is below it. */
  get capacity(): number {
    return this.level.length;
  }

  /** Slots retired since the last releaseRetired(). */
  get retiredCount(): number {
    return this.retired.length;
  }

  /** Writes the row of a document whose id is not in the table, and returns its slot. */
  add(doc: SearchDocument): number {
    if (this.slots.has(doc.id)) throw new Error(`document ${doc.id} is already in the table`);
    const slot = this.free.pop() ?? this.ids.length;
    if (slot >= this.level.length) this.grow();
    this.slots.set(doc.id, slot);
    this.ids[slot] = doc.id;
    this.alive[slot] = 1;
    this.level[slot] = levelIndex(doc.level);
    this.region[slot] = this.regions.intern(doc.regionCode);
    this.site[slot] = this.sites.intern(doc.siteId);
    this.issuer[slot] = doc.issuer ? this.issuers.intern(doc.issuer) : NO_VALUE;
    this.category[slot] = doc.category ? this.categories.intern(doc.category) : NO_VALUE;
    this.validity[slot] = this.validities.intern(doc.validity);
    this.publishedAt[slot] = doc.publishedAt ? doc.publishedAt.getTime() : NaN;
    this.signedAt[slot] = doc.signedAt ? doc.signedAt.getTime() : NaN;
    this.year[slot] = doc.publishedAt ? chinaYear(doc.publishedAt) : 0;
    return slot;
  }

  /** Takes a document out; its slot stays dead until releaseRetired(). */
  retire(id: string): number | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    this.slots.delete(id);
    this.ids[slot] = '';
    this.alive[slot] = 0;
    this.retired.push(slot);
    return slot;
  }

  /** Makes the retired slots available again, once nothing refers to them. */
  releaseRetired(): void {
    this.free.push(...this.retired);
    this.retired.length = 0;
  }

  private grow(): void {
    const capacity = this.level.length * 2;
    this.alive = resized(this.alive, new Uint8Array(capacity));
    this.level = resized(this.level, new Uint8Array(capacity));
    this.region = resized(this.region, new Int32Array(capacity));
    this.site = resized(this.site, new Int32Array(capacity));
    this.issuer = resized(this.issuer, new Int32Array(capacity));
    this.category = resized(this.category, new Int32Array(capacity));
    this.validity = resized(this.validity, new Int32Array(capacity));
    this.publishedAt = resized(this.publishedAt, new Float64Array(capacity));
    this.signedAt = resized(this.signedAt, new Float64Array(capacity));
    this.year = resized(this.year, new Int16Array(capacity));
  }
}

/** LEVELS index of a level (COUNTY 0, CITY 1, PROVINCE 2). */
export function levelIndex(level: Level): number {
  const index = LEVELS.indexOf(level);
  if (index < 0) throw new RangeError(`unknown level ${String(level)}`);
  return index;
}

function chinaYear(date: Date): number {
  return new Date(date.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
}

function resized<T extends Uint8Array | Int16Array | Int32Array | Float64Array>(
  old: T,
  next: T,
): T {
  next.set(old);
  return next;
}
