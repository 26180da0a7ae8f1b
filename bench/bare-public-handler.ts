// The baseline for the public QR query: a bare node:http server with better-sqlite3 doing the
// same work as `publicVehicle(token)` (rate limit, token HMAC lookup, latest entries, links and
// documents, the same trust engine, the same public view) without GraphQL, ORM or middleware.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import type { Config } from '../server/config.ts';
import type { Keyring } from '../server/crypto/keyring.ts';
import { RateLimiter } from '../server/http/rate-limiter.ts';
import { publicView } from '../server/sharing/sharing.service.ts';
import { trustSummary, type TrustInput } from '../server/trust/trust.ts';

export async function startBareHandler(config: Config, keyring: Keyring): Promise<{ url: string; close: () => Promise<void> }> {
  const db = new Database(config.databasePath, { readonly: true });
  const rateLimiter = new RateLimiter();
  const vehicleByToken = db.prepare(
    `select v.make, v.model, v.build_year, v.vehicle_class, v.accident_status, v.accident_trust_completed, v.physical_service_book, v.id
       from public_shares s join vehicles v on v.id = s.vehicle_id
      where s.token_hmac = ? and s.revoked_at is null`,
  );
  const latestEntries = db.prepare(`select id, date, type, performed_by, odometer_km, declared_trust_level, withdrawn from service_entries where vehicle_id = ? and is_latest = 1`);
  const links = db.prepare(`select l.entry_id, l.document_id from entry_documents l join service_entries e on e.id = l.entry_id where e.vehicle_id = ? and e.is_latest = 1`);
  const documents = db.prepare(`select id, approval_status, scan_status, pii_status, sha256, deleted_at from documents where vehicle_id = ?`);

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (!rateLimiter.hit('public_ip', keyring.hmac('rate-limit', req.socket.remoteAddress ?? ''), config.rateLimits.publicPerIp)) {
        res.writeHead(429).end();
        return;
      }
      const token = String(JSON.parse(Buffer.concat(chunks).toString()).variables?.token ?? '');
      let vehicle: any;
      for (const hmac of keyring.hmacCandidates('share-token', token)) vehicle ??= vehicleByToken.get(hmac);
      let body: unknown = null;
      if (vehicle) {
        const linked = new Map<string, string[]>();
        for (const link of links.all(vehicle.id) as { entry_id: string; document_id: string }[]) {
          linked.set(link.entry_id, [...(linked.get(link.entry_id) ?? []), link.document_id]);
        }
        const input: TrustInput = {
          vehicle: { accidentStatus: vehicle.accident_status, accidentTrustCompleted: vehicle.accident_trust_completed === 1, physicalServiceBook: vehicle.physical_service_book === 1 },
          entries: (latestEntries.all(vehicle.id) as any[]).map((entry) => ({
            date: entry.date,
            type: entry.type,
            performedBy: entry.performed_by,
            odometerKm: entry.odometer_km,
            declaredTrustLevel: entry.declared_trust_level,
            withdrawn: entry.withdrawn === 1,
            linkedDocumentIds: linked.get(entry.id) ?? [],
          })),
          documents: (documents.all(vehicle.id) as any[]).map((document) => ({
            id: document.id,
            approvalStatus: document.approval_status,
            scanStatus: document.scan_status,
            piiStatus: document.pii_status,
            sha256: document.sha256,
            deletedAt: document.deleted_at ? new Date(document.deleted_at) : null,
          })),
        };
        body = publicView(
          { make: vehicle.make, model: vehicle.model, buildYear: vehicle.build_year, vehicleClass: vehicle.vehicle_class },
          trustSummary(input, { vip: false }),
        );
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { publicVehicle: body } }));
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
