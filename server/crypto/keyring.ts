import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/**
 * Every purpose gets its own key, derived from the one secret with HKDF and a distinct label, so
 * a leaked lookup hash of one kind can never be replayed as another.
 */
export type KeyLabel =
  | 'email-lookup'
  | 'email-encryption'
  | 'session-token'
  | 'login-code'
  | 'step-up-token'
  | 'api-token'
  | 'vin-lookup'
  | 'vin-encryption'
  | 'share-token'
  | 'share-token-encryption'
  | 'transfer-token'
  | 'export-token'
  | 'export-encryption'
  | 'download-link'
  | 'rate-limit'
  | 'webhook-secret'
  | 'idempotency-answer'
  | 'calendar-feed'
  | 'reminder-unsubscribe'
  | 'certificate-signing';

export interface KeyringSecrets {
  secretKey: string;
  keyVersion: number;
  previousSecretKeys: Record<number, string>;
}

/**
 * HMACs and ciphertexts carry the key version ("v2:..."), so after a rotation old values are still
 * found and decrypted with the previous secret while new ones use the current one.
 */
export class Keyring {
  readonly currentVersion: number;
  readonly #secrets: Map<number, string>;
  readonly #derived = new Map<string, Buffer>();
  // HMAC keys as KeyObjects: a raw Buffer key is imported again on every createHmac, which cost
  // more than the hashing itself on the public page (docs/PERFORMANCE.md).
  readonly #hmacKeys = new Map<string, KeyObject>();

  constructor(secrets: KeyringSecrets) {
    this.currentVersion = secrets.keyVersion;
    this.#secrets = new Map(Object.entries(secrets.previousSecretKeys).map(([v, s]) => [Number(v), s]));
    this.#secrets.set(secrets.keyVersion, secrets.secretKey);
  }

  /** Versions newest first: lookups try the current key before older ones. */
  get versions(): number[] {
    return [...this.#secrets.keys()].sort((a, b) => b - a);
  }

  key(label: KeyLabel, version = this.currentVersion): Buffer {
    const cacheKey = `${label}:${version}`;
    let key = this.#derived.get(cacheKey);
    if (!key) {
      const secret = this.#secrets.get(version);
      if (!secret) throw new Error(`no secret key for version ${version}`);
      key = Buffer.from(hkdfSync('sha256', secret, 'lifetimecircle', `ltc:${label}:v${version}`, 32));
      this.#derived.set(cacheKey, key);
    }
    return key;
  }

  /** Versioned HMAC-SHA256 for storage and lookup: "v1:<hex>". */
  hmac(label: KeyLabel, value: string, version = this.currentVersion): string {
    const cacheKey = `${label}:${version}`;
    let key = this.#hmacKeys.get(cacheKey);
    if (!key) {
      key = createSecretKey(this.key(label, version));
      this.#hmacKeys.set(cacheKey, key);
    }
    return `v${version}:${createHmac('sha256', key).update(value, 'utf8').digest('hex')}`;
  }

  /** The HMAC under every known key version, for lookups that must survive a rotation. */
  hmacCandidates(label: KeyLabel, value: string): string[] {
    return this.versions.map((version) => this.hmac(label, value, version));
  }

  /** Constant-time check of a value against a stored versioned HMAC. */
  verifyHmac(label: KeyLabel, value: string, stored: string): boolean {
    const version = Number(/^v(\d+):/.exec(stored)?.[1]);
    if (!this.#secrets.has(version)) return false;
    const expected = Buffer.from(this.hmac(label, value, version));
    const actual = Buffer.from(stored);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  /** AES-256-GCM with a random 96-bit nonce: "v1.<nonce>.<ciphertext>.<tag>" in base64url. */
  encrypt(label: KeyLabel, plaintext: string | Buffer): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(label), nonce);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [`v${this.currentVersion}`, nonce, body, tag].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  decryptToBuffer(label: KeyLabel, payload: string): Buffer {
    const [versionPart, nonce, body, tag] = payload.split('.');
    const version = Number(versionPart?.slice(1));
    if (!versionPart || !nonce || body === undefined || !tag) throw new Error('malformed ciphertext');
    const decipher = createDecipheriv('aes-256-gcm', this.key(label, version), Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
  }

  decrypt(label: KeyLabel, payload: string): string {
    return this.decryptToBuffer(label, payload).toString('utf8');
  }
}

/** An opaque random token with at least 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
