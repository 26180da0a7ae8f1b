import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { Document } from './document.entity.ts';
import { clamavScanner, eicarScanner, verdictFromClamav } from './scanner.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { EICAR_SIGNATURE, pdfFile, scannedDocument, upload, uploadScanned } from './test-files.ts';
import { tempDir } from '../../test/temp-dirs.ts';

/**
 * A stand-in ClamAV daemon on a real Unix socket speaking INSTREAM (no ClamAV on this machine):
 * it reassembles the chunks and reports FOUND when the stream contains `marker`. `hold()` makes it
 * keep its answers back (a slow daemon) until `release()`.
 */
function fakeClamd(socketPath: string, marker: string) {
  const received: Buffer[] = [];
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let command = false;
    const body: Buffer[] = [];
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (!command) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return socket.end('UNKNOWN COMMAND\0');
        command = true;
        buffer = buffer.subarray(end + 1);
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          const stream = Buffer.concat(body);
          received.push(stream);
          void gate.then(() => socket.end(stream.includes(marker) ? 'stream: Test.Marker FOUND\0' : 'stream: OK\0'));
          return;
        }
        if (buffer.length < 4 + length) return;
        body.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
  });
  return {
    server,
    received,
    listen: () => new Promise<void>((resolve) => server.listen(socketPath, resolve)),
    hold: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
  };
}

const dir = tempDir('ltc-clamd-');
const socketPath = path.join(dir, 'clamd.sock');
const clamd = fakeClamd(socketPath, 'MALWARE-MARKER');

describe('scanners', () => {
  beforeAll(() => clamd.listen());
  afterAll(() => new Promise<void>((resolve) => clamd.server.close(() => resolve())));

  it('reads the ClamAV answers', () => {
    expect(verdictFromClamav('stream: OK\0')).toBe('CLEAN');
    expect(verdictFromClamav('stream: Eicar-Test-Signature FOUND\0')).toBe('INFECTED');
    expect(verdictFromClamav('INSTREAM size limit exceeded. ERROR\0')).toBe('ERROR');
    expect(verdictFromClamav('')).toBe('ERROR');
  });

  it('streams the whole file to the ClamAV daemon in INSTREAM chunks', async () => {
    const file = path.join(dir, 'big.pdf');
    const bytes = Buffer.concat([pdfFile(), Buffer.alloc(200 * 1024, 7), Buffer.from('MALWARE-MARKER')]);
    writeFileSync(file, bytes);
    expect(await clamavScanner(socketPath).scan(file)).toBe('INFECTED');
    expect(clamd.received.at(-1)).toEqual(bytes);
    writeFileSync(file, pdfFile());
    expect(await clamavScanner(socketPath).scan(file)).toBe('CLEAN');
    expect(await clamavScanner(path.join(dir, 'missing.sock')).scan(file)).toBe('ERROR');
  });

  it('finds the EICAR signature across read chunk boundaries', async () => {
    const file = path.join(dir, 'straddle.pdf');
    // Read streams deliver 64 KiB chunks: put the signature across the first boundary.
    writeFileSync(file, Buffer.concat([pdfFile(), Buffer.alloc(64 * 1024 - pdfFile().length - 10, 32), Buffer.from(EICAR_SIGNATURE, 'latin1')]));
    expect(await eicarScanner.scan(file)).toBe('INFECTED');
    writeFileSync(file, pdfFile());
    expect(await eicarScanner.scan(file)).toBe('CLEAN');
  });
});

describe('uploads with a ClamAV daemon configured', () => {
  let server: TestServer;
  let broken: TestServer;
  beforeAll(async () => {
    await clamd.listen().catch(() => undefined);
    server = await startServer({ LTC_CLAMAV_SOCKET: socketPath });
    broken = await startServer({ LTC_CLAMAV_SOCKET: path.join(dir, 'nobody-listens.sock') });
  });
  afterAll(async () => {
    await server.close();
    await broken.close();
  });

  it('a ClamAV finding rejects the upload automatically; a clean file stays quarantined', async () => {
    const owner = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, owner.token);
    const infected = await uploadScanned(server, owner.token, vehicle.id, pdfFile('MALWARE-MARKER'), 'x.pdf');
    expect(infected.data.uploadDocument).toMatchObject({ scanStatus: 'INFECTED', approvalStatus: 'REJECTED', rejectionReason: 'infected_auto_reject' });
    const clean = await uploadScanned(server, owner.token, vehicle.id, pdfFile(), 'y.pdf');
    expect(clean.data.uploadDocument).toMatchObject({ scanStatus: 'CLEAN', approvalStatus: 'QUARANTINED' });
  });

  it('an unreachable daemon leaves the scan at ERROR: quarantined and not approvable until an admin decides', async () => {
    const owner = await signInAs(broken, 'user');
    const admin = await signInAs(broken, 'admin');
    const vehicle = await createVehicle(broken, owner.token);
    const doc = (await uploadScanned(broken, owner.token, vehicle.id, pdfFile(), 'z.pdf')).data.uploadDocument;
    expect(doc).toMatchObject({ scanStatus: 'ERROR', approvalStatus: 'QUARANTINED' });
    const approve = await broken.gql('mutation($id: ID!) { approveDocument(id: $id) { id } }', { id: doc.id }, { token: admin.token });
    expect(approve.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'not_scanned_clean' });
  });

  it('a slow scanner never holds the upload: it answers PENDING and the verdict follows', async () => {
    const owner = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, owner.token);
    clamd.hold();
    try {
      // The daemon answers nothing yet, and the upload is answered all the same.
      const uploaded = await upload(server, owner.token, vehicle.id, pdfFile(), 'langsam.pdf');
      expect(uploaded.data.uploadDocument.scanStatus).toBe('PENDING');
      const listed = await server.gql('query($v: ID!) { vehicle(id: $v) { documents { edges { node { id scanStatus } } } } }', { v: vehicle.id }, { token: owner.token });
      expect(listed.data.vehicle.documents.edges[0].node).toEqual({ id: uploaded.data.uploadDocument.id, scanStatus: 'PENDING' });
      clamd.release();
      expect(await scannedDocument(server, owner.token, vehicle.id, uploaded.data.uploadDocument.id)).toMatchObject({ scanStatus: 'CLEAN', approvalStatus: 'QUARANTINED' });
    } finally {
      clamd.release();
    }
  });

  it('documents still PENDING when the server stops are scanned when it starts again', async () => {
    const owner = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, owner.token);
    const id = (await uploadScanned(server, owner.token, vehicle.id, pdfFile('MALWARE-MARKER'), 'x.pdf')).data.uploadDocument.id;
    // As if the process had died between the answer and the scan.
    await server.app.services.orm.em.fork().nativeUpdate(Document, { id }, { scanStatus: 'PENDING', approvalStatus: 'QUARANTINED', rejectionReason: null });
    server = await server.restart();
    expect(await scannedDocument(server, owner.token, vehicle.id, id)).toMatchObject({ scanStatus: 'INFECTED', approvalStatus: 'REJECTED' });
  });
});

