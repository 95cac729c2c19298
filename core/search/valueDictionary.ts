/**
 * Small integer ids for the repeated strings of the index (sites, issuers, categories …), so
 * filters and facets work on typed arrays instead of strings. Values with the same key share an
 * id; the label is the first spelling seen. Ids are never freed: the set of issuers and regions
 * of a cluster is small and changes rarely.
 */
export class ValueDictionary {
  private readonly ids = new Map<string, number>();
  private readonly labels: string[] = [];

  constructor(private readonly keyOf: (value: string) => string = (value) => value) {}

  get size(): number {
    return this.labels.length;
  }

  /** The id of `value`, added when new. */
  intern(value: string): number {
    const key = this.keyOf(value);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.labels.length;
      this.ids.set(key, id);
      this.labels.push(value);
    }
    return id;
  }

  /** The id of `value`, or undefined when no document has it. */
  find(value: string): number | undefined {
    return this.ids.get(this.keyOf(value));
  }

  label(id: number): string {
    return this.labels[id];
  }
}
