import DataLoader from 'dataloader';
import type { Context } from '../context.ts';

/**
 * A DataLoader cached for the current request under `name`, so nested lists batch their lookups
 * into one query per level (no N+1). Each domain keeps its own loaders next to its schema, e.g.
 *   const entriesOf = (ctx) => loader(ctx, 'latestEntriesByVehicle', async (ids) => ...);
 */
export function loader<K, V>(context: Pick<Context, 'loaders'>, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let existing = context.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    context.loaders.set(name, existing);
  }
  return existing;
}

/** Groups rows by a key in the order of `keys`: the usual shape of a one-to-many batch. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
