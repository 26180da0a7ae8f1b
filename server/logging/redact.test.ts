import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { redact } from './redact.ts';

describe('redact', () => {
  it('keeps only allow-listed keys: secrets and personal data under any other name are dropped', () => {
    const input = {
      requestId: 'r-1',
      status: 200,
      email: 'anna@example.org',
      code: '123456',
      token: 'abc',
      vin: 'WVWZZZ1JZXW000001',
      filename: 'rechnung.pdf',
      note: 'Zahnriemen',
      challengeCode: '654321',
    };
    expect(redact(input)).toEqual({ requestId: 'r-1', status: 200 });
  });

  it('masks email addresses even under an allowed key, also nested', () => {
    expect(redact({ message: 'failed for anna@example.org', reason: ['x', 'b@c.de'], state: { slug: 'a@b.io', secret: 1 } })).toEqual({
      message: 'failed for [redacted-email]',
      reason: ['x', '[redacted-email]'],
      state: { slug: '[redacted-email]' },
    });
  });

  it('is applied to every log line', () => {
    const lines: string[] = [];
    createLogger('debug', (line) => lines.push(line)).info('login', { requestId: 'r-2', email: 'anna@example.org', code: '123456' });
    expect(JSON.parse(lines[0]!)).toEqual({ time: expect.any(String), level: 'info', event: 'login', requestId: 'r-2' });
  });
});

describe('email masking on hostile input (issue 12)', () => {
  it('masks an address at the end of a sentence, in brackets and among long words', () => {
    expect(redact({ message: 'mail anna@example.org. or <b@c.de>, not x@y. nor @home.de' })).toEqual({
      message: 'mail [redacted-email] or [redacted-email] not x@y. nor @home.de',
    });
  });

  it('takes one pass over long words without "@" (the quadratic pattern needed minutes for these)', () => {
    // 2 000 000 characters: a pattern retrying from every position would do ~10^12 steps and
    // never finish within the test's time; the linear scan is done in milliseconds.
    const long = 'B'.repeat(1_000_000);
    expect(redact({ message: `${long}@${long}` })).toEqual({ message: `${long}@${long}` });
    expect(redact({ message: `${long}.x@y.z` })).toEqual({ message: '[redacted-email]' });
  });
});
