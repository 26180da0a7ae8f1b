// pg (node-postgres, installed as the driver of @mikro-orm/postgresql) ships no types: the part
// the bare baseline uses (bench/bare-database.ts).
declare module 'pg' {
  export class Pool {
    constructor(config: { connectionString: string; max?: number });
    query<Row>(text: string, values?: readonly unknown[]): Promise<{ rows: Row[] }>;
    query<Row>(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: Row[] }>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
}
