// Child process of bench/load.ts: the baseline. A bare node:http server with the engine's bare
// driver (one better-sqlite3 connection, or a node-postgres pool: bare-database.ts) that answers
// the public page's request (the token from the GET parameters or the JSON body, same lookup, JSON
// out) without GraphQL, ORM, scopes, audit or logging. The server's throughput is reported against it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../server/config.ts';
import { Keyring } from '../server/crypto/keyring.ts';
import { openBareDatabase } from './bare-database.ts';
import { publicLookup } from './bare-public-handler.ts';

const config = loadConfig();
const keyring = new Keyring(config);
const db = openBareDatabase(config);
const lookup = publicLookup(db, keyring);

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const variables = req.method === 'GET' ? new URL(req.url ?? '/', 'http://localhost').searchParams.get('variables') : null;
    const params = (variables ? { variables: JSON.parse(variables) } : JSON.parse(Buffer.concat(chunks).toString('utf8'))) as { variables?: { token?: string } };
    const token = params.variables?.token ?? '';
    void lookup(token).then((publicVehicle) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { publicVehicle } })));
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
// SIGTERM from the bench; a disconnect when the bench was killed before it could send one.
for (const event of ['SIGTERM', 'disconnect'] as const) process.on(event, () => server.close(() => void db.close().then(() => process.exit(0))));
