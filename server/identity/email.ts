import { badInput } from '../errors.ts';

/** Normalises an address for lookup: trim, NFKC, lowercase. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().normalize('NFKC').toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput('invalid_email', 'Not a valid email address');
  return email;
}

/** "anna@example.org" → "a***@example.org": enough for an admin to recognise, not to contact. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
