/**
 * The `limit` best of a long scan, kept in order as it goes: a scan over 100,000 nodes or
 * a million ties that wants ten answers should neither sort nor build objects for the rest.
 */
export class TopList {
  private readonly keys: number[] = [];
  private readonly items: number[] = [];

  constructor(private readonly limit: number) {
    if (!(Number.isInteger(limit) && limit >= 0)) throw new Error('analytics/influence: limit must be an integer of at least 0');
  }

  /** True when an item with this key would enter the list (higher keys are better). */
  accepts(key: number): boolean {
    return this.keys.length < this.limit || key > this.keys[this.keys.length - 1]!;
  }

  /** Adds an item; among equal keys the earlier added stays ahead. */
  add(key: number, item: number): void {
    if (!this.accepts(key)) return;
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle]! >= key) low = middle + 1;
      else high = middle;
    }
    this.keys.splice(low, 0, key);
    this.items.splice(low, 0, item);
    if (this.keys.length > this.limit) {
      this.keys.pop();
      this.items.pop();
    }
  }

  /** The items, best first. */
  toArray(): number[] {
    return [...this.items];
  }
}
