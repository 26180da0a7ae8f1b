import { describe, expect, it } from 'vitest';
import { Keyring, randomToken } from './keyring.ts';

const V1 = 'first-secret-key-0123456789abcdefghij';
const V2 = 'second-secret-key-0123456789abcdefghi';

describe('Keyring', () => {
  it('derives a distinct key per label and per version', () => {
    const keyring = new Keyring({ secretKey: V2, keyVersion: 2, previousSecretKeys: { 1: V1 } });
    const keys = [keyring.key('email-lookup'), keyring.key('session-token'), keyring.key('email-lookup', 1)].map((key) => key.toString('hex'));
    expect(new Set(keys).size).toBe(3);
    expect(keyring.hmac('email-lookup', 'a')).not.toBe(keyring.hmac('vin-lookup', 'a'));
    expect(keyring.hmac('email-lookup', 'a')).toMatch(/^v2:[0-9a-f]{64}$/);
  });

  it('finds values hashed under an older key and verifies them in constant time', () => {
    const old = new Keyring({ secretKey: V1, keyVersion: 1, previousSecretKeys: {} });
    const stored = old.hmac('session-token', 'token');
    const rotated = new Keyring({ secretKey: V2, keyVersion: 2, previousSecretKeys: { 1: V1 } });
    expect(rotated.hmacCandidates('session-token', 'token')).toEqual([rotated.hmac('session-token', 'token'), stored]);
    expect(rotated.verifyHmac('session-token', 'token', stored)).toBe(true);
    expect(rotated.verifyHmac('session-token', 'other', stored)).toBe(false);
    // Without the old secret the old value is simply not found.
    const retired = new Keyring({ secretKey: V2, keyVersion: 2, previousSecretKeys: {} });
    expect(retired.verifyHmac('session-token', 'token', stored)).toBe(false);
    expect(retired.hmacCandidates('session-token', 'token')).not.toContain(stored);
  });

  it('encrypts with a fresh nonce, decrypts across versions and rejects tampering', () => {
    const old = new Keyring({ secretKey: V1, keyVersion: 1, previousSecretKeys: {} });
    const sealed = old.encrypt('email-encryption', 'anna@example.org');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('anna');
    expect(old.encrypt('email-encryption', 'anna@example.org')).not.toBe(sealed);
    const rotated = new Keyring({ secretKey: V2, keyVersion: 2, previousSecretKeys: { 1: V1 } });
    expect(rotated.decrypt('email-encryption', sealed)).toBe('anna@example.org');
    expect(rotated.encrypt('email-encryption', 'x')).toMatch(/^v2\./);
    const [version, nonce, body, tag] = sealed.split('.');
    const flipped = `${body!.slice(0, -2)}${body!.endsWith('AA') ? 'AB' : 'AA'}`;
    expect(() => rotated.decrypt('email-encryption', [version, nonce, flipped, tag].join('.'))).toThrow();
    // A ciphertext for one purpose does not open under another label.
    expect(() => rotated.decrypt('vin-encryption', sealed)).toThrow();
  });

  it('makes URL-safe tokens of at least 256 bits', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
  });
});
