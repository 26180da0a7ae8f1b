// The error reasons have one source (server/error-reasons.ts), published in the schema as the enum
// ErrorReason. The web app's German messages are typed by the enum codegen writes from it (a
// missing message does not compile); this checks the rest: the schema's enum is the catalogue,
// and the catalogue lists no reason the server never gives.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, type ErrorReason } from '../server/error-reasons.ts';
import { schema } from '../server/schema.ts';
import { MESSAGES } from '../web/src/lib/errors.ts';

const root = path.resolve(import.meta.dirname, '..');
const reasons = Object.keys(ERROR_REASONS) as ErrorReason[];

/** The server's source, without tests and without the catalogue itself. */
function serverSource(): string {
  const files = readdirSync(path.join(root, 'server'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'error-reasons.ts' && !file.endsWith('error-reason.schema.ts'));
  return files.map((file) => readFileSync(path.join(root, 'server', file), 'utf8')).join('\n');
}

describe('error reasons', () => {
  it('the schema publishes exactly the catalogue as the enum ErrorReason', () => {
    const type = schema.getType('ErrorReason');
    expect(isEnumType(type)).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(values.toSorted()).toEqual(reasons.toSorted());
  });

  it('the web app has a German message for every reason and none for others', () => {
    expect(Object.keys(MESSAGES).toSorted()).toEqual(reasons.toSorted());
    const empty = reasons.filter((reason) => !/\S/.test(MESSAGES[reason]));
    expect(empty).toEqual([]);
  });

  it('every catalogued reason is given somewhere in the server', () => {
    const source = serverSource();
    const unused = reasons.filter((reason) => !source.includes(`'${reason}'`));
    expect(unused, 'remove reasons no code gives from server/error-reasons.ts').toEqual([]);
  });
});
