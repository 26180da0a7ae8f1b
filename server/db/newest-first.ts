import type { EntityManager, FilterQuery } from '@mikro-orm/sqlite';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { badInput } from '../errors.ts';

/** Cursor "<ISO time>|<id>": a stable position even when several rows share a timestamp. */
export const timeCursor = (at: Date, id: string): string => `${at.toISOString()}|${id}`;

function parseCursor(cursor: string): { at: Date; id: string } {
  const [iso = '', id = ''] = cursor.split('|');
  const at = new Date(iso);
  if (!id || Number.isNaN(at.getTime())) throw badInput('invalid_cursor', 'The cursor is not valid');
  return { at, id };
}

/**
 * One page of a newest-first list for `resolveCursorConnection`: ordered by `timeField` then id,
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
    const { at, id } = parseCursor(page.after);
    conditions.push({ $or: [{ [timeField]: { $lt: at } }, { [timeField]: at, id: { $lt: id } }] });
  }
  if (page.before) {
    const { at, id } = parseCursor(page.before);
    conditions.push({ $or: [{ [timeField]: { $gt: at } }, { [timeField]: at, id: { $gt: id } }] });
  }
  const direction = page.inverted ? 'asc' : 'desc';
  return em.find(entity, { $and: conditions } as FilterQuery<T>, { orderBy: { [timeField]: direction, id: direction } as never, limit: page.limit });
}
