import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { DeliveryError } from './webhook-delivery.entity.ts';
import { AddressRefusedError, allowed, checkedLookup, hostOf, type AddressPolicy } from './webhook-address.ts';

/** `LTC-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>` (docs/PARTNER_API.md "Webhooks"). */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex')}`;
}

export interface AttemptResult {
  statusCode: number | null;
  /** null: a 2xx answer. */
  error: DeliveryError | null;
}

/** Response headers beyond this are a failed connection; the body is never read. */
const MAX_RESPONSE_HEADER_BYTES = 8 * 1024;

/**
 * One POST of a delivery. Bounded: the whole attempt (resolve, connect, send, response headers)
 * ends after `timeoutMs`; only the status line and headers are read (at most 8 KiB), the body
 * never, the connection is closed on the answer. Redirects are not followed (a 3xx is a failure).
 * The connection goes to the addresses the policy checked (`checkedLookup`).
 */
export function postOnce(url: URL, body: string, headers: Record<string, string>, policy: AddressPolicy, timeoutMs: number): Promise<AttemptResult> {
  const host = hostOf(url);
  if (isIP(host) !== 0 && !allowed(policy, host)) return Promise.resolve({ statusCode: null, error: 'address_refused' });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      resolve(result);
    };
    const request = (url.protocol === 'https:' ? https : http).request(
      {
        protocol: url.protocol,
        hostname: host,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        agent: false,
        lookup: checkedLookup(policy),
        maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'LifeTimeCircle-Webhooks/1' },
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        response.destroy();
        finish({ statusCode, error: statusCode >= 200 && statusCode < 300 ? null : 'http_status' });
      },
    );
    const deadline = setTimeout(() => finish({ statusCode: null, error: 'timeout' }), timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish({ statusCode: null, error: error instanceof AddressRefusedError || error.code === 'ELTC_ADDRESS_REFUSED' ? 'address_refused' : 'connection_failed' }));
    request.end(body);
  });
}
