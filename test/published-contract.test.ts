// The published contract (issue 17, build item 4): the schema served at /schema.graphql, the
// generated error-reason doc, the deprecation policy (every @deprecated carries a removal date, is
// listed in docs/API_CHANGELOG.md, and nothing listed is removed before its date) and the limits
// docs/PARTNER_API.md states, against the code's constants.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_REASONS_DOC, errorReasonsMarkdown } from '../scripts/error-reasons-doc.ts';
import { loadConfig } from '../server/config.ts';
import { REASON_MEANINGS } from '../server/error-reason-meanings.ts';
import { DEFAULT_PAGE_SIZE, MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_DIRECTIVES, MAX_DOCUMENT_CHARS, MAX_TOKENS, PLAIN_LIST_SIZE, queryCost } from '../server/graphql/limits.ts';
import { GRAPHQL_BODY_MAX_BYTES } from '../server/http/graphql-adapter.ts';
import { schema } from '../server/schema.ts';
import { startServer, type TestServer } from './harness.ts';

const PARTNER_API = readFileSync('docs/PARTNER_API.md', 'utf8');
const CHANGELOG = readFileSync('docs/API_CHANGELOG.md', 'utf8');

/** A `## ` section of a Markdown document, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = `\n${markdown}`.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The cells of the table row whose first cell is `label`. */
function row(markdown: string, label: string): string[] {
  const line = markdown.split('\n').find((candidate) => candidate.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no table row "${label}"`);
  return line.split('|').slice(1, -1).map((cell) => cell.trim());
}

const DAY_MS = 86_400_000;
const MIN_NOTICE_DAYS = 90;

/** Every deprecated schema coordinate (`Type.field`, `Type.field(arg:)`, `Input.field`, `Enum.VALUE`) with its reason. */
function deprecations(target: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  for (const type of Object.values(target.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason) found.set(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) if (arg.deprecationReason) found.set(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (field.deprecationReason) found.set(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (value.deprecationReason) found.set(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}

/** The changelog's "Deprecations" rows: element → deprecated on, removal after. */
function listedDeprecations(changelog: string): Map<string, { deprecatedOn: string; removalAfter: string }> {
  const listed = new Map<string, { deprecatedOn: string; removalAfter: string }>();
  for (const match of section(changelog, 'Deprecations').matchAll(/^\| `([^`]+)` \| (\d{4}-\d{2}-\d{2}) \| (\d{4}-\d{2}-\d{2}) \|/gm)) {
    listed.set(match[1]!, { deprecatedOn: match[2]!, removalAfter: match[3]! });
  }
  return listed;
}

/** What breaks the deprecation policy (docs/PARTNER_API.md, "Deprecation policy"). */
function deprecationProblems(target: GraphQLSchema, changelog: string, today: string): string[] {
  const problems: string[] = [];
  const listed = listedDeprecations(changelog);
  const inSchema = deprecations(target);
  for (const [element, reason] of inSchema) {
    const date = /Removal after (\d{4}-\d{2}-\d{2})\.?$/.exec(reason)?.[1];
    if (!date || Number.isNaN(Date.parse(date))) {
      problems.push(`${element}: the @deprecated reason must end with "Removal after YYYY-MM-DD."`);
      continue;
    }
    const entry = listed.get(element);
    if (!entry) problems.push(`${element}: not listed under Deprecations in docs/API_CHANGELOG.md`);
    else if (entry.removalAfter !== date) problems.push(`${element}: the changelog says removal after ${entry.removalAfter}, the schema ${date}`);
    else if (Date.parse(date) - Date.parse(entry.deprecatedOn) < MIN_NOTICE_DAYS * DAY_MS) problems.push(`${element}: less than ${MIN_NOTICE_DAYS} days between deprecation and removal`);
  }
  for (const [element, { removalAfter }] of listed) {
    if (!inSchema.has(element) && today <= removalAfter && !existsIn(target, element)) problems.push(`${element}: removed before ${removalAfter}`);
    else if (!inSchema.has(element) && existsIn(target, element)) problems.push(`${element}: listed as deprecated but not @deprecated in the schema`);
  }
  return problems;
}

/** Whether a schema coordinate of `deprecations()`' form exists (deprecated or not). */
function existsIn(target: GraphQLSchema, element: string): boolean {
  const [, typeName, member, arg] = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(element) ?? [];
  const type = typeName ? target.getType(typeName) : undefined;
  if (isEnumType(type)) return type.getValue(member!) !== undefined;
  if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) return false;
  const field = type.getFields()[member!];
  if (!field || !arg) return field !== undefined;
  return 'args' in field && field.args.some((candidate) => candidate.name === arg);
}

describe('error reasons doc', () => {
  it('docs/ERROR_REASONS.md is generated from the catalogue (run `npm run schema:print`)', () => {
    expect(readFileSync(ERROR_REASONS_DOC, 'utf8')).toBe(errorReasonsMarkdown());
  });

  it('gives every reason a meaning, published as its ErrorReason description in the schema', () => {
    const type = schema.getType('ErrorReason');
    if (!isEnumType(type)) throw new Error('no enum ErrorReason');
    for (const value of type.getValues()) expect(value.description, value.name).toBe(REASON_MEANINGS[value.name as keyof typeof REASON_MEANINGS]);
    expect(Object.values(REASON_MEANINGS).filter((meaning) => !/^[A-Z`].{10,}[.)]$/.test(meaning))).toEqual([]);
  });
});

describe('deprecation policy', () => {
  it('holds for the schema and docs/API_CHANGELOG.md', () => {
    expect(deprecationProblems(schema, CHANGELOG, new Date().toISOString().slice(0, 10))).toEqual([]);
  });

  const changelogWith = (...rows: string[]) =>
    `## Deprecations\n\n| Schema element | Deprecated on | Removal after | Use instead |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n## 2026-12-03\n`;
  const sdl = (deprecation: string) => buildSchema(`type Query { vehicles: [String] old: [String] ${deprecation} }`);

  it('refuses a @deprecated without a removal date, or one the changelog does not list with the same date', () => {
    expect(deprecationProblems(sdl('@deprecated(reason: "Use vehicles.")'), changelogWith(), '2026-12-03')).toEqual([
      'Query.old: the @deprecated reason must end with "Removal after YYYY-MM-DD."',
    ]);
    const dated = sdl('@deprecated(reason: "Use vehicles. Removal after 2027-06-30.")');
    expect(deprecationProblems(dated, changelogWith(), '2026-12-03')).toEqual(['Query.old: not listed under Deprecations in docs/API_CHANGELOG.md']);
    expect(deprecationProblems(dated, changelogWith('| `Query.old` | 2026-12-03 | 2027-01-31 | `vehicles` |'), '2026-12-03')).toEqual([
      'Query.old: the changelog says removal after 2027-01-31, the schema 2027-06-30',
    ]);
    expect(deprecationProblems(dated, changelogWith('| `Query.old` | 2027-05-01 | 2027-06-30 | `vehicles` |'), '2026-12-03')).toEqual([
      'Query.old: less than 90 days between deprecation and removal',
    ]);
    expect(deprecationProblems(dated, changelogWith('| `Query.old` | 2026-12-03 | 2027-06-30 | `vehicles` |'), '2026-12-03')).toEqual([]);
  });

  it('refuses removing a listed element before its date, and allows it after', () => {
    const removed = buildSchema('type Query { vehicles: [String] }');
    const listed = changelogWith('| `Query.old` | 2026-12-03 | 2027-06-30 | `vehicles` |');
    expect(deprecationProblems(removed, listed, '2027-06-30')).toEqual(['Query.old: removed before 2027-06-30']);
    expect(deprecationProblems(removed, listed, '2027-07-01')).toEqual([]);
    // Listed, still there, but no longer marked: the mark was dropped by mistake.
    expect(deprecationProblems(sdl(''), listed, '2026-12-03')).toEqual(['Query.old: listed as deprecated but not @deprecated in the schema']);
  });
});

describe('docs/PARTNER_API.md limits', () => {
  const limits = section(PARTNER_API, '5. Limits, rate limits and cost');
  const firstNumber = (cells: string[]) => Number(/^\d+/.exec(cells[1]!)?.[0]);

  it('states the numbers of server/graphql/limits.ts and the adapter, with the reasons they give', () => {
    const expected: [label: string, value: number, reason: string][] = [
      ['JSON request body', GRAPHQL_BODY_MAX_BYTES, '`request_too_large` (HTTP 413)'],
      ['Document length', MAX_DOCUMENT_CHARS, '`document_too_long`'],
      ['Lexical tokens per document', MAX_TOKENS, '`too_many_tokens`'],
      ['Depth of nested fields (through fragments)', MAX_DEPTH, '`query_too_deep`'],
      ['Aliases per operation', MAX_ALIASES, '`too_many_aliases`'],
      ['Directives per operation', MAX_DIRECTIVES, '`too_many_directives`'],
      ['Cost per operation', MAX_COST, '`query_too_costly`'],
      ['Connection without `first`/`last`, costed as', DEFAULT_PAGE_SIZE, ''],
      ['Plain list (`[T!]!`), costed as', PLAIN_LIST_SIZE, ''],
    ];
    for (const [label, value, reason] of expected) {
      const cells = row(limits, label);
      expect([label, firstNumber(cells), cells[2]]).toEqual([label, value, reason]);
    }
  });

  it('costs its example as queryCost does', () => {
    const [, document, stated] = /So\s+`([^`]+)` costs [^=]+= (\d+)\./.exec(limits)!;
    expect(queryCost(schema, parse(`{ ${document} }`))).toBe(Number(stated));
  });

  it('states the default rate limits of server/config.ts', () => {
    const { rateLimits } = loadConfig({ LTC_ENV: 'test' });
    for (const [label, limit] of [['Per API token', rateLimits.apiTokenPerToken], ['Public page per IP address', rateLimits.publicPerIp]] as const) {
      expect(row(limits, label)[1]).toBe(`${limit.limit} requests per ${limit.windowSeconds} s`);
    }
  });
});

/**
 * The page-size maximum of every connection resolver, by schema file: `maxSize` of its
 * resolveCursorConnection (a literal or a constant of the file), else Pothos's default of 100.
 */
function connectionMaxima(): Map<string, number[]> {
  const maxima = new Map<string, number[]>();
  const files = readdirSync('server', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.schema.ts'));
  for (const file of files) {
    const source = readFileSync(path.join('server', file), 'utf8');
    for (const [, options] of source.matchAll(/resolveCursorConnection(?:<[^(]*>)?\(\s*\{([^}]*)\}/g)) {
      const value = /maxSize: (\w+)/.exec(options!)?.[1];
      const max = value === undefined ? 100 : /^\d+$/.test(value) ? Number(value) : Number(new RegExp(`const ${value} = (\\d+);`).exec(source)?.[1]);
      maxima.set(file, [...(maxima.get(file) ?? []), max]);
    }
  }
  return maxima;
}

describe('docs/PARTNER_API.md pagination', () => {
  it('states the page maxima the connections have', () => {
    const stated = /A page has at most (\d+) items, entry lists\n?\s*\(`entries`, `serviceEntryHistory`\) up to (\d+), articles, transfers and trust folders up to (\d+);/.exec(PARTNER_API);
    const [, usual, entries, small] = stated!.map(Number);
    const maxima = connectionMaxima();
    expect(maxima.size).toBeGreaterThan(8);
    const byFile = Object.fromEntries([...maxima].map(([file, values]) => [file, [...new Set(values)]]));
    const expected = (file: string) => (file.startsWith('entries/') ? [entries] : /^(cms|transfers|trust-folders)\//.test(file) ? [small] : [usual]);
    expect(byFile).toEqual(Object.fromEntries(Object.keys(byFile).map((file) => [file, expected(file)])));
  });
});

describe('GET /schema.graphql', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it('serves the committed SDL with an ETag, and 304 for a matching If-None-Match', async () => {
    const committed = readFileSync('schema.graphql', 'utf8');
    const answer = await fetch(`${server.url}/schema.graphql`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, no-cache');
    expect(await answer.text()).toBe(committed);
    const etag = answer.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);

    const revalidated = await fetch(`${server.url}/schema.graphql`, { headers: { 'if-none-match': `"other", W/${etag}` } });
    expect([revalidated.status, await revalidated.text(), revalidated.headers.get('etag')]).toEqual([304, '', etag]);
    const stale = await fetch(`${server.url}/schema.graphql`, { headers: { 'if-none-match': '"other"' } });
    expect([stale.status, (await stale.text()).length]).toEqual([200, committed.length]);

    const head = await fetch(`${server.url}/schema.graphql`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, String(Buffer.byteLength(committed)), '']);
  });

  it('refuses other methods with 405 in the error envelope, and serves nothing below the path', async () => {
    const posted = await fetch(`${server.url}/schema.graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([posted.status, posted.headers.get('allow'), await posted.json()]).toEqual([405, 'GET, HEAD', { error: { code: 'BAD_USER_INPUT', reason: 'method_not_allowed' } }]);
    expect((await fetch(`${server.url}/schema.graphql/x`)).status).toBe(404);
  });

  it('describes the types a partner needs (the schema is the one the server runs)', async () => {
    const served = buildSchema(await (await fetch(`${server.url}/schema.graphql`)).text());
    expect(getNamedType(served.getMutationType()!.getFields().uploadDocument!.type).name).toBe('Document');
    expect(isEnumType(served.getType('ErrorReason'))).toBe(true);
  });
});
