import { EntityRepository, LockMode, type Configuration, type Dictionary, type EntityMetadata, type EntityName, type EntityManager, type FilterQuery, type Primary, type QueryBuilder } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { invalidCursor, readKeysetCursor } from '../graphql/cursors.ts';
import { slicesOf } from './loaders.ts';
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

  /** A table or column name quoted for the engine, for the few statements the QueryBuilder cannot build. */
  protected quote(name: string): string {
    return this.manager.getPlatform().quoteIdentifier(name);
  }

  /**
   * The rows of a select, mapped to property names and values from the metadata of the query's
   * entity. On SQLite (better-sqlite3) the statement runs prepared and compiled once per text
   * (prepared-reads.ts, docs/PERFORMANCE.md); on any other engine the ORM runs it. A read that runs
   * on every request belongs into `templateRows`, which also builds its SQL only once.
   */
  protected async rows<Row>(qb: AnyQueryBuilder): Promise<Row[]> {
    const em = this.manager;
    if (!runsPreparedReads(em)) return (await qb.execute('all', true)) as Row[];
    const { sql, params } = qb.toQuery();
    const driver = em.getDriver();
    return (await preparedRead<Dictionary>(em, sql, params)).map((row) => driver.mapResult(row, qb.mainAlias.meta!) as Row);
  }

  /** The entity with this id (every entity here has a string id), or null. */
  byId(id: string): Promise<T | null> {
    return this.findOne({ id } as FilterQuery<T>);
  }

  /**
   * The entity with this primary key, read from the database (not the identity map) and locked
   * until the open transaction ends: how a limit is checked and then written under concurrency
   * (docs/DECISIONS.md). On PostgreSQL `select … for update`: a parallel transaction locking the
   * same row waits until this one ended, then reads what it committed. SQLite has no row locks
   * (MikroORM leaves the clause out) and needs none: a transaction holds the one connection
   * (prepared-reads.ts), so transactions run one after another. Outside a transaction it throws.
   */
  lockForUpdate(id: Primary<T>): Promise<T | null> {
    return this.findOne(id as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) as Promise<T | null>;
  }

  /**
   * Locks the row with this id like `lockForUpdate` without loading it (a write path that only
   * needs the lock, on every entry creation): false when there is no such row.
   */
  async lockRow(id: string): Promise<boolean> {
    if (!this.manager.isInTransaction()) throw new Error('lockRow needs an open transaction');
    // Every entity here has a string id; the builder's generic types cannot know that.
    const byId = (value: string): AnyQueryBuilder => (this.createQueryBuilder('r') as AnyQueryBuilder).select(['id']).where({ id: value }).setLockMode(LockMode.PESSIMISTIC_WRITE);
    const rows = await this.templateRows('lockRow', [id], ([value]) => byId(value!));
    return rows.length > 0;
  }

  /** One page of entities in keyset order (see `keysetPage`). */
  protected async findPage(where: FilterQuery<T>, page: ResolveCursorConnectionArgs, order: KeysetOrder): Promise<T[]> {
    const { where: paged, orderBy, limit } = await keysetPage(where, page, order);
    return this.find(paged, { orderBy: orderBy as never, limit }) as Promise<T[]>;
  }

  /**
   * One page of each parent's list in one statement: for each of `parentIds`, at most `limit` rows
   * of `where` with that `parentField`, in the page's order. A union of one ordered, limited select
   * per parent: each reads only its page from an index led by the parent and the order's fields
   * (service entries, documents), where ranking every row of every parent (a window function)
   * read them all. Nested connections (`vehicle.entries`) page in the database without a query per
   * parent. A first page (no cursor, what every list view asks for) is built once per `shape`, page
   * size and batch size.
   */
  protected async pagesPerParent(
    shape: string,
    parentField: string,
    fields: readonly string[],
    parentIds: readonly string[],
    where: FilterQuery<T>,
    page: ResolveCursorConnectionArgs,
    order: KeysetOrder,
  ): Promise<Dictionary[]> {
    const rows: Dictionary[] = [];
    for (const parents of slicesOf(parentIds, MAX_PARENTS_PER_STATEMENT)) {
      if (!page.after && !page.before) {
        const { orderBy, limit } = await keysetPage(where, page, order);
        rows.push(...(await this.templateRows<Dictionary>(`${shape}:${limit}:${page.inverted}`, parents, (ids) => this.pagesUnion(parentField, fields, ids, where, orderBy, limit))));
      } else {
        const keyset = await keysetPage(where, page, order);
        rows.push(...(await this.readRows<Dictionary>(this.pagesUnion(parentField, fields, parents, keyset.where, keyset.orderBy, keyset.limit))));
      }
    }
    return rows;
  }

  private pagesUnion(parentField: string, fields: readonly string[], parentIds: readonly string[], where: FilterQuery<T>, orderBy: Record<string, 'asc' | 'desc'>, limit: number): BuiltRead {
    const meta = this.manager.getMetadata().get(this.entityName);
    const column = (field: string) => this.quote(meta.properties[field as keyof typeof meta.properties]!.fieldNames[0]!);
    const pages = parentIds.map((id) =>
      this.createQueryBuilder('e')
        .select([...fields] as never)
        .where({ ...(where as object), [parentField]: id } as never)
        .orderBy(orderBy as never)
        .limit(limit)
        .toQuery(),
    );
    const orderSql = [`${column(parentField)} asc`, ...Object.entries(orderBy).map(([field, direction]) => `${column(field)} ${direction}`)].join(', ');
    const sql = `${pages.map((page, index) => `select * from (${page.sql}) as ${this.quote(`page${index}`)}`).join(' union all ')} order by ${orderSql}`;
    return { sql, params: pages.flatMap((page) => page.params), meta };
  }

  /**
   * The rows of a read whose SQL text depends only on `shape` (say, how many ids it lists), mapped
   * like `rows`: `build` runs once per shape and ORM, later calls only bind `values`. Building a
   * query with the QueryBuilder cost more CPU than running it (0.5–1 ms for an `$in` list with an
   * order, docs/PERFORMANCE.md), and the reads of every signed-in page run the same few shapes.
   * `build` must use each of `values` as exactly one parameter; any other parameter (a constant
   * such as `isLatest: true`, a limit) is kept as built, so it belongs into `shape`.
   * `mapAs`: the entity whose metadata maps the rows, when the selected columns are another
   * entity's (a joined one). `unlocked`: on SQLite, without waiting for the connection lock
   * (`unlockedRead`, only for values where a glimpse of an uncommitted write is harmless).
   */
  protected async templateRows<Row>(
    shape: string,
    values: readonly string[],
    build: (values: readonly string[]) => AnyQueryBuilder | BuiltRead,
    options: { unlocked?: boolean; mapAs?: EntityName<object> } = {},
  ): Promise<Row[]> {
    const template = templateOf(this.manager, `${this.constructor.name}.${shape}`, values.length, build);
    const params = template.params.map((param) => ('value' in param ? param.value : values[param.index]));
    const meta = options.mapAs ? this.manager.getMetadata().get(options.mapAs) : template.meta;
    return this.readRows<Row>({ sql: template.sql, params, meta }, options.unlocked);
  }

  /** Runs a built read (prepared on SQLite, by the ORM's connection elsewhere) and maps its rows like `rows`. */
  private async readRows<Row>({ sql, params, meta }: BuiltRead, unlocked = false): Promise<Row[]> {
    const em = this.manager;
    const columns = runsPreparedReads(em) ? await (unlocked ? unlockedRead : preparedRead)<Dictionary>(em, sql, params) : await em.execute<Dictionary[]>(sql, params, 'all');
    const driver = em.getDriver();
    return columns.map((row) => driver.mapResult(row, meta) as Row);
  }
}

/** A read as SQL text with its parameters, and the entity whose columns it selects. */
interface BuiltRead {
  sql: string;
  params: readonly unknown[];
  meta: EntityMetadata;
}

/** Parents per statement of `pagesPerParent`: one select each, well below SQLite's 500 terms of a compound select. */
const MAX_PARENTS_PER_STATEMENT = 100;

const isQueryBuilder = (read: AnyQueryBuilder | BuiltRead): read is AnyQueryBuilder => typeof (read as AnyQueryBuilder).toQuery === 'function';

interface QueryTemplate {
  sql: string;
  /** Per parameter: the index of the value it binds, or a constant kept as built. */
  params: ({ index: number } | { value: unknown })[];
  meta: EntityMetadata;
}

/** Built query templates per ORM (SQL text differs between engines), bounded like the prepared statements. */
const MAX_TEMPLATES = 256;
const templatesByConfig = new WeakMap<Configuration, Map<string, QueryTemplate>>();

function templateOf(em: EntityManager, shape: string, valueCount: number, build: (values: readonly string[]) => AnyQueryBuilder | BuiltRead): QueryTemplate {
  let templates = templatesByConfig.get(em.config);
  if (!templates) templatesByConfig.set(em.config, (templates = new Map()));
  const key = `${shape}:${valueCount}`;
  let template = templates.get(key);
  if (template) return template;
  // Built once with placeholder values, each recognisable in the parameters the builder emits.
  const placeholders = Array.from({ length: valueCount }, (_, index) => `\u0000template-value-${index}\u0000`);
  const read = build(placeholders);
  const { sql, params: built, meta } = isQueryBuilder(read) ? { ...read.toQuery(), meta: read.mainAlias.meta! } : read;
  const params = built.map((param) => {
    const index = typeof param === 'string' ? placeholders.indexOf(param) : -1;
    return index >= 0 ? { index } : { value: param };
  });
  const bound = new Set(params.flatMap((param) => ('index' in param ? [param.index] : [])));
  if (bound.size !== valueCount || params.length - bound.size !== params.filter((param) => 'value' in param).length) {
    throw new Error(`query template ${shape} does not bind each value exactly once`);
  }
  if (templates.size >= MAX_TEMPLATES) templates.delete(templates.keys().next().value!);
  template = { sql, params, meta };
  templates.set(key, template);
  return template;
}

/** A list in keyset order: by a time property, then id, both in one direction. */
export interface KeysetOrder {
  timeField: string;
  order: 'newest-first' | 'oldest-first';
  /**
   * A key ordered before the time, in the same direction (an entry's work date, a version). The
   * cursor keeps the common format; the key's value at the cursor is read from the cursor's row
   * (null: no such row, an invalid cursor).
   */
  leading?: { field: string; at: (id: string) => Promise<unknown> };
  /**
   * The key after the time that makes the order unique, and the cursor's id (default `id`).
   * Timeline entries use their group id: a revision (a new row with a new id) keeps the entry's place.
   */
  tieField?: string;
}

/**
 * The one keyset pagination of every connection (cursors: `keysetCursor(time, id)` of
 * graphql/cursors.ts): the condition past `after`/`before` and the order of one page for
 * `resolveCursorConnection`, for `em.find` and the QueryBuilder alike. `after` walks on in the
 * list's order, `before` (with `last`, `page.inverted`) back. Rows inserted while a client pages
 * land before or after its position, never shift it: no duplicates, no gaps.
 */
export async function keysetPage<T>(where: FilterQuery<T>, page: ResolveCursorConnectionArgs, { timeField, order, leading, tieField = 'id' }: KeysetOrder) {
  const forward = order === 'newest-first' ? '$lt' : '$gt';
  const backward = order === 'newest-first' ? '$gt' : '$lt';
  const conditions: object[] = [where as object];
  for (const [cursor, comparison] of [[page.after, forward], [page.before, backward]] as const) {
    if (!cursor) continue;
    const { at, id } = readKeysetCursor(cursor);
    const beyond = { $or: [{ [timeField]: { [comparison]: at } }, { [timeField]: at, [tieField]: { [comparison]: id } }] };
    if (!leading) {
      conditions.push(beyond);
      continue;
    }
    const value = await leading.at(id);
    if (value == null) throw invalidCursor();
    conditions.push({ $or: [{ [leading.field]: { [comparison]: value } }, { $and: [{ [leading.field]: value }, beyond] }] });
  }
  const ascending = (order === 'oldest-first') !== page.inverted;
  const direction = ascending ? 'asc' : 'desc';
  return {
    where: (conditions.length === 1 ? where : { $and: conditions }) as FilterQuery<T>,
    orderBy: { ...(leading ? { [leading.field]: direction } : {}), [timeField]: direction, [tieField]: direction } as Record<string, 'asc' | 'desc'>,
    limit: page.limit,
  };
}
