import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';

/** Names one kind of DataLoader and its key and value types, e.g. `new LoaderKey<string, User | null>('userById')`. */
export class LoaderKey<K, V> {
  declare readonly types: [K, V];
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
}

/**
 * The DataLoaders of one request, so nested lists batch their lookups into one query per level
 * (no N+1). Each domain keeps its loader keys and batch functions next to its schema or service.
 */
export class Loaders {
  readonly #loaders = new Map<LoaderKey<unknown, unknown>, Map<string, DataLoader<unknown, unknown>>>();

  /** The loader for `key`, created with `batch` on first use. */
  get<K, V>(key: LoaderKey<K, V>, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.#variant(key, '', batch);
  }

  /** The loader for `key` and one page of its lists (e.g. `vehicle.entries(first: 5)` of many vehicles). */
  forPage<K, V>(key: LoaderKey<K, V>, page: ResolveCursorConnectionArgs, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    return this.#variant(key, JSON.stringify([page.after, page.before, page.limit, page.inverted]), batch);
  }

  #variant<K, V>(key: LoaderKey<K, V>, variant: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let variants = this.#loaders.get(key as LoaderKey<unknown, unknown>);
    if (!variants) this.#loaders.set(key as LoaderKey<unknown, unknown>, (variants = new Map()));
    let existing = variants.get(variant);
    if (!existing) variants.set(variant, (existing = new DataLoader<K, V>(batch, { maxBatchSize: 500 }) as DataLoader<unknown, unknown>));
    return existing as DataLoader<K, V>;
  }
}

/** Groups rows by a key in the order of `keys`: the usual shape of a one-to-many batch. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** `items` in consecutive slices of at most `size`: one statement (or batch of work) per slice. */
export function* slicesOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
