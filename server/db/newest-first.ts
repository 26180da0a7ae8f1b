import type { EntityManager, FilterQuery } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { readKeysetCursor } from '../graphql/cursors.ts';

/**
 * One page of a newest-first list for `resolveCursorConnection` (cursors: `keysetCursor` of the
 * time and id): ordered by `timeField` then id,
 * both descending; `after` walks to older rows, `before` (with `last`) to newer ones.
 */
export function findNewestFirst<T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  timeField: string,
  where: FilterQuery<T>,
  page: ResolveCursorConnectionArgs,
): Promise<T[]> {
  const conditions: object[] = [where];
  if (page.after) {
    const { at, id } = readKeysetCursor(page.after);
    conditions.push({ $or: [{ [timeField]: { $lt: at } }, { [timeField]: at, id: { $lt: id } }] });
  }
  if (page.before) {
    const { at, id } = readKeysetCursor(page.before);
    conditions.push({ $or: [{ [timeField]: { $gt: at } }, { [timeField]: at, id: { $gt: id } }] });
  }
  const direction = page.inverted ? 'asc' : 'desc';
  return em.find(entity, { $and: conditions } as FilterQuery<T>, { orderBy: { [timeField]: direction, id: direction } as never, limit: page.limit });
}
