// better-sqlite3 ships no types and @types/better-sqlite3 is not installed: the small part the
// operations tools (backup, restore, load bench) use directly, without the ORM.
declare module 'better-sqlite3' {
  namespace Database {
    interface Statement<Row = Record<string, unknown>> {
      get(...params: unknown[]): Row | undefined;
      all(...params: unknown[]): Row[];
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      pluck(toggle?: boolean): Statement<any>;
      raw(toggle?: boolean): Statement<any>;
      /** True while an iterator over its rows is open. */
      readonly busy: boolean;
    }
    interface Database {
      prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
      exec(sql: string): this;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: any[]) => unknown>(fn: F): F;
      close(): this;
      /** False once the handle was closed. */
      readonly open: boolean;
    }
  }
  const Database: new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => Database.Database;
  export default Database;
}
