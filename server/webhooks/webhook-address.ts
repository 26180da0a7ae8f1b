import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { WebhookConfig } from '../config.ts';
import { badInput } from '../errors.ts';

/** Where deliveries may go (server/config.ts `webhooks`). */
export type AddressPolicy = Pick<WebhookConfig, 'requireHttps' | 'allowPrivateAddresses'>;

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * Addresses no delivery may reach unless LTC_WEBHOOK_ALLOW_PRIVATE (development, tests): this
 * host, private and shared networks, link-local (cloud metadata), multicast and reserved ranges.
 * IPv4-mapped IPv6 addresses are matched by the IPv4 rules (BlockList does that).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export const allowed = (policy: AddressPolicy, address: string) => policy.allowPrivateAddresses || isPublicAddress(address);

/** A refused or unresolvable address: the delivery's error class `address_refused`. */
export class AddressRefusedError extends Error {
  readonly code = 'ELTC_ADDRESS_REFUSED';
}

/** The URL's host as a resolver or an address check takes it (IPv6 literals without brackets). */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** A registrable endpoint URL: absolute http(s) (https only in production), no credentials, no fragment. */
export function parseWebhookUrl(raw: string, policy: AddressPolicy): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('invalid_webhook_url', 'The URL must be absolute, e.g. https://partner.example/hooks');
  }
  if (text.length > MAX_WEBHOOK_URL_LENGTH) throw badInput('invalid_webhook_url', `The URL may have at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !policy.requireHttps)) throw badInput('invalid_webhook_url', 'The URL must use https');
  if (url.username || url.password) throw badInput('invalid_webhook_url', 'The URL must not contain credentials');
  if (url.hash) throw badInput('invalid_webhook_url', 'The URL must not contain a fragment');
  return url;
}

/**
 * Every address the host resolves to, each one allowed by the policy; else AddressRefusedError.
 * One refused address refuses the host: a resolver answering with several may hand any of them
 * to a later connection.
 */
export async function allowedAddresses(host: string, policy: AddressPolicy): Promise<LookupAddress[]> {
  const family = isIP(host);
  const addresses = family !== 0 ? [{ address: host, family }] : await resolveAll(host);
  if (addresses.length === 0 || !addresses.every((entry) => allowed(policy, entry.address))) throw new AddressRefusedError('address not allowed');
  return addresses;
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(new AddressRefusedError('host not resolvable')) : resolve(addresses))),
  );
}

/**
 * The `lookup` for the connection: it resolves, checks and hands the socket exactly the addresses
 * it checked, so a second DNS answer (rebinding) can never slip a private address in between.
 */
export function checkedLookup(policy: AddressPolicy): LookupFunction {
  return (host, options, callback) => {
    allowedAddresses(host, policy).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((entry) => entry.family === options.family) : addresses;
        if (wanted.length === 0) return callback(new AddressRefusedError('no address of the requested family'), '', 0);
        if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}
