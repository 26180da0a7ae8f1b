// The verification function of docs/PARTNER_API.md ("Webhooks"), with types.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Whether `rawBody` (the bytes as received, as a string) was signed with `secret` at most `toleranceSeconds` ago. */
export function verifyLtcSignature(secret: string, signatureHeader: string | string[] | undefined, rawBody: string, toleranceSeconds = 300): boolean {
  const fields = Object.fromEntries(String(signatureHeader ?? '').split(',').map((field) => field.split('=', 2)));
  const t = Number(fields.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(fields.v1 ?? '')) return false;
  if (Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(fields.v1, 'hex'));
}
