// The error reasons have one source (server/error-reasons.ts): the web app's German messages
// cover exactly the reasons it can meet, and the catalogue lists no reason the server never gives.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, type ErrorReason } from '../server/error-reasons.ts';
import { MESSAGES } from '../web/src/lib/errors.ts';

const root = path.resolve(import.meta.dirname, '..');
const reasons = Object.keys(ERROR_REASONS) as ErrorReason[];
const webReasons = reasons.filter((reason) => !('web' in ERROR_REASONS[reason]));

/** The server's source, without tests and without the catalogue itself. */
function serverSource(): string {
  const files = readdirSync(path.join(root, 'server'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'error-reasons.ts');
  return files.map((file) => readFileSync(path.join(root, 'server', file), 'utf8')).join('\n');
}

describe('error reasons', () => {
  it('the web app maps only catalogued reasons', () => {
    const unknown = Object.keys(MESSAGES).filter((reason) => !(reason in ERROR_REASONS));
    expect(unknown, 'web/src/lib/errors.ts maps reasons the server never gives').toEqual([]);
  });

  it('the web app has a German message for every reason it can meet, and none for the others', () => {
    const missing = webReasons.filter((reason) => !MESSAGES[reason]);
    expect(missing, 'add German messages to web/src/lib/errors.ts, or mark the reason `web: false` in server/error-reasons.ts').toEqual([]);
    const serverOnly = Object.keys(MESSAGES).filter((reason) => reason in ERROR_REASONS && !webReasons.includes(reason as ErrorReason));
    expect(serverOnly, 'these reasons are marked `web: false` but have a German message').toEqual([]);
  });

  it('every catalogued reason is given somewhere in the server', () => {
    const source = serverSource();
    const unused = reasons.filter((reason) => !source.includes(`'${reason}'`));
    expect(unused, 'remove reasons no code gives from server/error-reasons.ts').toEqual([]);
  });
});
