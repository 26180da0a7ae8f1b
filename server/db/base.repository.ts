import { EntityRepository, type Dictionary, type EntityManager, type EntityMetadata, type FilterQuery, type QueryBuilder } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { readKeysetCursor } from '../graphql/cursors.ts';
import { preparedRead, runsPreparedReads, unlockedRead } from './prepared-reads.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQueryBuilder = QueryBuilder<any, any, any, any, any, any>;

/**
 * The base of every repository: query code lives in `server/<domain>/<domain>.repository.ts`.
 * Reads are built with the QueryBuilder (table and column names from the entity metadata, portable
 * across engines) and their rows are mapped from the same metadata (property names, dates,
 * booleans), whichever engine ran them.
 */
export class BaseRepository<T extends object> extends EntityRepository<T> {
  protected get manager(): EntityManager {
    return this.em as EntityManager;
  }

  /**
   * The rows of a select, mapped to property names and values. On SQLite (better-sqlite3) the
   * statement runs prepared and compiled once per text (prepared-reads.ts, docs/PERFORMANCE.md);
   * on any other engine the ORM runs it.
   */
  protected async rows<Row>(qb: AnyQueryBuilder, options: { unlocked?: boolean } = {}): Promise<Row[]> {
    if (!runsPreparedReads(this.manager)) return (await qb.execute('all', true)) as Row[];
    const { sql, params } = qb.toQuery();
    const raw = await (options.unlocked ? unlockedRead : preparedRead)<Dictionary>(this.manager, sql, params);
    return mapRows<Row>(this.manager, qb.mainAlias.meta!, raw);
  }

  /** One page of entities in keyset order (see `keysetPage`). */
  protected findPage(where: FilterQuery<T>, page: ResolveCursorConnectionArgs, order: KeysetOrder): Promise<T[]> {
    const { where: paged, orderBy, limit } = keysetPage(where, page, order);
    return this.find(paged, { orderBy, limit }) as Promise<T[]>;
  }
}

/** A list in keyset order: by a time property, then id, both in one direction. */
export interface KeysetOrder {
  timeField: string;
  order: 'newest-first' | 'oldest-first';
}

/**
 * The one keyset pagination of every connection (cursors: `keysetCursor(time, id)` of
 * graphql/cursors.ts): the condition past `after`/`before` and the order of one page for
 * `resolveCursorConnection`, for `em.find` and the QueryBuilder alike. `after` walks on in the
 * list's order, `before` (with `last`, `page.inverted`) back. Rows inserted while a client pages
 * land before or after its position, never shift it: no duplicates, no gaps.
 */
export function keysetPage<T>(where: FilterQuery<T>, page: ResolveCursorConnectionArgs, { timeField, order }: KeysetOrder) {
  const forward = order === 'newest-first' ? '$lt' : '$gt';
  const backward = order === 'newest-first' ? '$gt' : '$lt';
  const conditions: object[] = [where as object];
  for (const [cursor, comparison] of [[page.after, forward], [page.before, backward]] as const) {
    if (!cursor) continue;
    const { at, id } = readKeysetCursor(cursor);
    conditions.push({ $or: [{ [timeField]: { [comparison]: at } }, { [timeField]: at, id: { [comparison]: id } }] });
  }
  const ascending = (order === 'oldest-first') !== page.inverted;
  const direction = ascending ? 'asc' : 'desc';
  return {
    where: (conditions.length === 1 ? where : { $and: conditions }) as FilterQuery<T>,
    orderBy: { [timeField]: direction, id: direction } as never,
    limit: page.limit,
  };
}

function mapRows<Row>(em: EntityManager, meta: EntityMetadata, raw: Dictionary[]): Row[] {
  const driver = em.getDriver();
  return raw.map((row) => driver.mapResult(row, meta) as Row);
}
