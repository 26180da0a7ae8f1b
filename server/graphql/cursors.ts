import {
  cursorToOffset,
  offsetToCursor,
  resolveOffsetConnection,
  type DefaultConnectionArguments,
} from '@pothos/plugin-relay';
import { badInput } from '../errors.ts';
import { isIssuedId } from '../db/ids.ts';

/**
 * The one cursor format of every connection: base64url of a JSON array, a keyset position
 * `["k", <epoch ms>, <id>]` (lists ordered by a time, then id) or an offset `["o", <n>]`.
 * Anything else, or a cursor of the other kind, is BAD_USER_INPUT/invalid_cursor, also in
 * nested connections (`vehicle.entries`), and it is checked before execution by
 * `input-bounds.ts` for every `after`/`before` argument.
 */
const MAX_CURSOR_LENGTH = 200;
/** Offsets beyond this are no real page of any list here (and keep SQLite's OFFSET small). */
const MAX_OFFSET = 1_000_000;

export const invalidCursor = () => badInput('invalid_cursor', 'The cursor is not valid');

type Position = { kind: 'k'; at: Date; id: string } | { kind: 'o'; offset: number };

const encode = (value: unknown[]): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function decode(cursor: string): Position | null {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const [kind, first, second] = value as unknown[];
  if (kind === 'k' && value.length === 3 && Number.isSafeInteger(first) && typeof second === 'string' && isIssuedId(second)) {
    const at = new Date(first as number);
    return Number.isNaN(at.getTime()) ? null : { kind, at, id: second };
  }
  // -1: the end cursor of an empty page (the position before the first item).
  if (kind === 'o' && value.length === 2 && Number.isSafeInteger(first) && (first as number) >= -1 && (first as number) <= MAX_OFFSET) {
    return { kind, offset: first as number };
  }
  return null;
}

/** True for a cursor of either kind: the check before execution. */
export const isWellFormedCursor = (cursor: string): boolean => decode(cursor) !== null;

export const keysetCursor = (at: Date, id: string): string => encode(['k', at.getTime(), id]);

export function readKeysetCursor(cursor: string): { at: Date; id: string } {
  const position = decode(cursor);
  if (position?.kind !== 'k') throw invalidCursor();
  return { at: position.at, id: position.id };
}

export const offsetCursor = (offset: number): string => encode(['o', offset]);

function readOffsetCursor(cursor: string): number {
  const position = decode(cursor);
  if (position?.kind !== 'o') throw invalidCursor();
  return position.offset;
}

interface OffsetOptions {
  args: DefaultConnectionArguments;
  defaultSize: number;
  maxSize: number;
}

/** Pothos' offset paging with our cursors in and out (Pothos' own encoding never reaches a client). */
const toPothosArgs = (args: DefaultConnectionArguments): DefaultConnectionArguments => ({
  ...args,
  after: args.after == null ? args.after : offsetToCursor(readOffsetCursor(args.after)),
  before: args.before == null ? args.before : offsetToCursor(readOffsetCursor(args.before)),
});

interface Page<T> {
  edges: readonly ({ cursor: string; node: T } | null | undefined)[];
  pageInfo: { startCursor?: string | null; endCursor?: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

function withOurCursors<T>(connection: Page<T>): Page<T> {
  const ours = (cursor: string | null | undefined) => (cursor == null ? cursor : offsetCursor(cursorToOffset(cursor)));
  return {
    edges: connection.edges.map((edge) => (edge ? { ...edge, cursor: offsetCursor(cursorToOffset(edge.cursor)) } : edge)),
    pageInfo: { ...connection.pageInfo, startCursor: ours(connection.pageInfo.startCursor), endCursor: ours(connection.pageInfo.endCursor) },
  };
}

/** `resolveOffsetConnection` with the common cursor format. */
export async function resolveOffsetPage<T>(options: OffsetOptions, resolve: (page: { offset: number; limit: number }) => Promise<readonly T[]>): Promise<Page<NonNullable<T>>> {
  return withOurCursors<NonNullable<T>>(await resolveOffsetConnection<T, Promise<readonly T[]>>({ ...options, args: toPothosArgs(options.args) }, resolve));
}
