// Child process of bench/load.ts: the baseline. A bare node:http server with one better-sqlite3
// connection that answers the public page's request (the token from the GET parameters or the
// JSON body, same lookup, JSON out) without GraphQL, ORM, scopes, audit or logging. The server's
// throughput is reported against it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { loadConfig, sqliteFile } from '../server/config.ts';
import { Keyring } from '../server/crypto/keyring.ts';
import { publicLookup } from './bare-public-handler.ts';

const config = loadConfig();
const keyring = new Keyring(config);
const db = new Database(sqliteFile(config, 'the bare baseline'), { readonly: true, fileMustExist: true });
const lookup = publicLookup(db, keyring);

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const variables = req.method === 'GET' ? new URL(req.url ?? '/', 'http://localhost').searchParams.get('variables') : null;
    const params = (variables ? { variables: JSON.parse(variables) } : JSON.parse(Buffer.concat(chunks).toString('utf8'))) as { variables?: { token?: string } };
    const token = params.variables?.token ?? '';
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { publicVehicle: lookup(token) } }));
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('message', () => process.send?.({ cpu: process.cpuUsage() }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
