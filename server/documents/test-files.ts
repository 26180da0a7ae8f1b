// Real files for the document tests, generated on the fly (no binary fixtures in the repository).
import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { TestServer } from '../../test/harness.ts';

/** A valid PNG of width × height grey pixels. */
export function pngFile(width = 4, height = 4): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), randomBytes(width)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A small valid one-page PDF; `extra` is placed in a comment (e.g. a test signature). */
export function pdfFile(text = 'Rechnung Inspektion', extra = ''): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = `%PDF-1.4\n%${extra}\n`;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** JPEG start-of-image and JFIF header followed by filler: enough for the magic-byte check. */
export function jpegFile(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), randomBytes(64), Buffer.from([0xff, 0xd9])]);
}

export const htmlFile = (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>', 'utf8');

/** The EICAR test string, assembled at run time so the test source itself is not flagged. */
export const EICAR_SIGNATURE = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

const UPLOAD = `mutation($vehicleId: ID!, $file: Upload!, $entryIds: [ID!]) {
  uploadDocument(vehicleId: $vehicleId, file: $file, entryIds: $entryIds) {
    id contentType sizeBytes sha256 filename approvalStatus scanStatus piiStatus validEvidence rejectionReason downloadUrl uploadedById reviewedById
  }
}`;

/** Sends uploadDocument as a GraphQL multipart request, the way a browser client does. */
export async function upload(
  server: TestServer,
  token: string | undefined,
  vehicleId: string,
  bytes: Buffer,
  filename: string,
  options: { entryIds?: string[]; clientType?: string; headers?: Record<string, string> } = {},
) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD, variables: { vehicleId, file: null, entryIds: options.entryIds ?? null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([new Uint8Array(bytes)], { type: options.clientType ?? 'application/pdf' }), filename);
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'x-ltc-csrf': '1', ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    body: form,
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
  return { status: response.status, ...body };
}

const DOCUMENTS_OF_VEHICLE = `query($v: ID!) { vehicle(id: $v) { documents(first: 100) { edges { node {
  id contentType sizeBytes sha256 filename approvalStatus scanStatus piiStatus validEvidence rejectionReason downloadUrl
} } } } }`;

/** Polls the vehicle's documents through the API until the scan job has judged the document. */
export async function scannedDocument(server: TestServer, token: string, vehicleId: string, documentId: string) {
  for (let attempt = 0; attempt < 400; attempt++) {
    const list = await server.gql(DOCUMENTS_OF_VEHICLE, { v: vehicleId }, { token });
    const node = list.data?.vehicle?.documents.edges.map((edge: { node: { id: string; scanStatus: string } }) => edge.node).find((doc: { id: string }) => doc.id === documentId);
    if (!node) throw new Error(`document not listed: ${JSON.stringify(list.errors)}`);
    if (node.scanStatus !== 'PENDING') return node;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the scan did not finish');
}

/** `upload`, then waits for the scan verdict: for tests that go on to review the document. */
export async function uploadScanned(...args: Parameters<typeof upload>) {
  const [server, token, vehicleId] = args;
  const result = await upload(...args);
  if (!result.data?.uploadDocument) return result;
  return { ...result, data: { uploadDocument: await scannedDocument(server, token!, vehicleId, result.data.uploadDocument.id) } };
}
