import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Keyring } from '../crypto/keyring.ts';

/** The fixed DER prefix of an Ed25519 PKCS#8 private key; the 32-byte seed follows it (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface CertificateSigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A public key as published at /.well-known/ltc-certificate-key (RFC 8037 OKP JWK). */
export interface CertificatePublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  use: 'sig';
  alg: 'EdDSA';
}

const cache = new WeakMap<Keyring, Map<number, CertificateSigningKey>>();

/**
 * The Ed25519 key of one secret version: its seed is the keyring's HKDF key for the purpose
 * `certificate-signing`, so no key file exists and a rotated secret yields a new key. The key id
 * names the version and the key ("v1-<first 16 hex of SHA-256 of the raw public key>").
 */
export function certificateSigningKey(keyring: Keyring, version = keyring.currentVersion): CertificateSigningKey {
  let keys = cache.get(keyring);
  if (!keys) cache.set(keyring, (keys = new Map()));
  let key = keys.get(version);
  if (!key) {
    const seed = keyring.key('certificate-signing', version);
    const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey);
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    key = { keyId: `v${version}-${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`, privateKey, publicKey };
    keys.set(version, key);
  }
  return key;
}

/** Ed25519 over the payload's UTF-8 bytes, base64url. */
export function signPayload(key: CertificateSigningKey, payload: string): string {
  return sign(null, Buffer.from(payload, 'utf8'), key.privateKey).toString('base64url');
}

/** Checks a signature against a published JWK (what a verifier outside the product does). */
export function verifyPayload(jwk: CertificatePublicJwk, payload: string, signature: string): boolean {
  const publicKey = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
  return verify(null, Buffer.from(payload, 'utf8'), publicKey, Buffer.from(signature, 'base64url'));
}

/** Every key version's public key, current first: certificates signed before a rotation stay checkable. */
export function publishedCertificateKeys(keyring: Keyring): { keys: CertificatePublicJwk[] } {
  return {
    keys: keyring.versions.map((version) => {
      const key = certificateSigningKey(keyring, version);
      return { kty: 'OKP', crv: 'Ed25519', x: key.publicKey.export({ format: 'jwk' }).x!, kid: key.keyId, use: 'sig', alg: 'EdDSA' };
    }),
  };
}
