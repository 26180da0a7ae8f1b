/**
 * The ORM statement's text and values when a connection may bind them instead of letting the platform
 * write them into the text (`sqlite-driver.ts`, `postgresql-driver.ts`): a text whose `?`s each
 * stand for one scalar value, run without abort options (those need the ORM's own path, which
 * strips them from what the logger sees).
 */
export function boundStatement(query: unknown, params: unknown, loggerContext: unknown): { sql: string; values: readonly unknown[] } | undefined {
  const abortable = (loggerContext as { signal?: unknown; inflightQueryAbortStrategy?: unknown } | undefined) ?? {};
  if (abortable.signal != null || abortable.inflightQueryAbortStrategy != null) return undefined;
  return typeof query === 'string' && Array.isArray(params) && bindsOneToOne(query, params) ? { sql: query, values: params } : undefined;
}

/** Whether each `?` of the text stands for one scalar parameter (what `formatQuery` writes as one literal). */
function bindsOneToOne(sql: string, params: readonly unknown[]): boolean {
  if (sql.includes('??') || sql.includes('\\?')) return false;
  let placeholders = 0;
  for (let at = sql.indexOf('?'); at !== -1; at = sql.indexOf('?', at + 1)) placeholders++;
  return placeholders === params.length && params.every((param) => param == null || typeof param !== 'object' || param instanceof Date || Buffer.isBuffer(param));
}
