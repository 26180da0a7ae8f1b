// The baseline for the public QR query: better-sqlite3 doing the same work as
// `publicVehicle(token)` (token HMAC lookup under every key version joined to the vehicle, latest
// entries, their document links, the vehicle's documents, the same trust engine and public view)
// without GraphQL, ORM or middleware. `npm run bench` serves it with the per-IP rate limit in
// front; `npm run bench:load` serves the bare lookup from a child process (bench/load-bare.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { sqliteFile, type Config } from '../server/config.ts';
import type { Keyring } from '../server/crypto/keyring.ts';
import { RateLimiter } from '../server/http/rate-limiter.ts';
import { publicView } from '../server/sharing/sharing.service.ts';
import { trustSummary, type DocumentFacts, type EntryFacts, type TrustInput } from '../server/trust/trust.ts';
import type { AccidentStatus } from '../server/vehicles/vehicle.entity.ts';

/** The public lookup done by hand: answers the public view, or null for an unavailable token. */
export function publicLookup(db: Database.Database, keyring: Keyring) {
  const vehicleByToken = db.prepare<Record<string, any>>(
    `select v.id, v.make, v.model, v.build_year, v.vehicle_class, v.accident_status, v.accident_trust_completed, v.physical_service_book
       from public_shares s join vehicles v on v.id = s.vehicle_id
      where s.token_hmac = ? and s.revoked_at is null`,
  );
  const entries = db.prepare<Record<string, any>>(
    'select id, date, type, performed_by, odometer_km, withdrawn from service_entries where vehicle_id = ? and is_latest = 1',
  );
  const links = db.prepare<{ entry_id: string; document_id: string }>(
    'select l.entry_id, l.document_id from entry_documents l join service_entries e on e.id = l.entry_id where e.vehicle_id = ? and e.is_latest = 1',
  );
  const documents = db.prepare<Record<string, any>>('select id, approval_status, scan_status, pii_status, sha256, deleted_at from documents where vehicle_id = ?');
  return (token: string) => {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
    const row = keyring.hmacCandidates('share-token', token).map((hmac) => vehicleByToken.get(hmac)).find(Boolean);
    if (!row) return null;
    const linked = new Map<string, string[]>();
    for (const link of links.all(row.id)) linked.set(link.entry_id, [...(linked.get(link.entry_id) ?? []), link.document_id]);
    const input: TrustInput = {
      vehicle: { accidentStatus: row.accident_status as AccidentStatus, accidentTrustCompleted: row.accident_trust_completed === 1, physicalServiceBook: row.physical_service_book === 1 },
      entries: entries.all(row.id).map(
        (entry): EntryFacts => ({
          date: entry.date,
          type: entry.type,
          performedBy: entry.performed_by,
          odometerKm: entry.odometer_km,
          withdrawn: entry.withdrawn === 1,
          linkedDocumentIds: linked.get(entry.id) ?? [],
        }),
      ),
      documents: documents.all(row.id).map(
        (document): DocumentFacts => ({
          id: document.id,
          approvalStatus: document.approval_status,
          scanStatus: document.scan_status,
          piiStatus: document.pii_status,
          sha256: document.sha256,
          deletedAt: document.deleted_at === null ? null : new Date(document.deleted_at),
        }),
      ),
    };
    return publicView({ make: row.make, model: row.model, buildYear: row.build_year, vehicleClass: row.vehicle_class }, trustSummary(input, { vip: false }));
  };
}

/** `npm run bench`'s baseline: the lookup behind the same per-IP rate limit as the server. */
export async function startBareHandler(config: Config, keyring: Keyring): Promise<{ url: string; close: () => Promise<void> }> {
  const db = new Database(sqliteFile(config, 'the bare baseline'), { readonly: true });
  const lookup = publicLookup(db, keyring);
  const rateLimiter = new RateLimiter();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (!rateLimiter.hit('public_ip', keyring.hmac('rate-limit', req.socket.remoteAddress ?? ''), config.rateLimits.publicPerIp)) {
        res.writeHead(429).end();
        return;
      }
      const token = String(JSON.parse(Buffer.concat(chunks).toString()).variables?.token ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { publicVehicle: lookup(token) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        db.close();
      }),
  };
}
