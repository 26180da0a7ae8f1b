import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../app-services.ts';
import type { Config } from '../config.ts';
import { answerError } from '../http/error-envelope.ts';
import { publishedCertificateKeys } from './certificate-signing.ts';

export const CERTIFICATE_KEY_PATH = '/.well-known/ltc-certificate-key';

/** The public check a certificate's QR code leads to, and where its key is published. */
export function certificateLinks(config: Pick<Config, 'publicBaseUrl'>, certificateId: string): { checkUrl: string; keyUrl: string } {
  return { checkUrl: `${config.publicBaseUrl}/v/${certificateId}`, keyUrl: `${config.publicBaseUrl}${CERTIFICATE_KEY_PATH}` };
}

/**
 * GET /.well-known/ltc-certificate-key: the certificate signing keys as a JWK Set (RFC 7517,
 * Ed25519 as OKP per RFC 8037), one per secret version, current first; `kid` matches the
 * certificate's keyId. Public, cacheable for an hour.
 */
export function handleCertificateKey(services: AppServices, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answerError(res, 405, 'BAD_USER_INPUT', 'method_not_allowed');
  const body = JSON.stringify(publishedCertificateKeys(services.keyring));
  res.writeHead(200, {
    'content-type': 'application/jwk-set+json',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'public, max-age=3600',
    'access-control-allow-origin': '*',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
