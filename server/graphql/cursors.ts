import { badInput } from '../errors.ts';
import { isIssuedId } from '../db/ids.ts';

/**
 * The one cursor format of every connection (all page by keyset, `keysetPage` of
 * db/base.repository.ts): base64url of the JSON array `["k", <epoch ms>, <id>]`, the position
 * of a row in a list ordered by a time, then id. Anything else is BAD_USER_INPUT/invalid_cursor,
 * also in nested connections (`vehicle.entries`), and it is checked before execution by
 * `input-bounds.ts` for every `after`/`before` argument.
 */
const MAX_CURSOR_LENGTH = 200;

export const invalidCursor = () => badInput('invalid_cursor', 'The cursor is not valid');

type Position = { at: Date; id: string };

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
    return Number.isNaN(at.getTime()) ? null : { at, id: second };
  }
  return null;
}

/** The check before execution. */
export const isWellFormedCursor = (cursor: string): boolean => decode(cursor) !== null;

export const keysetCursor = (at: Date, id: string): string => encode(['k', at.getTime(), id]);

export function readKeysetCursor(cursor: string): { at: Date; id: string } {
  const position = decode(cursor);
  if (!position) throw invalidCursor();
  return position;
}
