import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { AppServices } from '../app-services.ts';
import { CONSENTED, denialForObject, recordDenial } from '../auth/policy.ts';
import { credentialsFrom, nodeHeaders } from '../auth/resolve-actor.ts';
import { answerError } from '../http/error-envelope.ts';
import { buildRequestScope, clientIp } from '../http/graphql-adapter.ts';
import { isAdminRole } from '../identity/roles.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { canReadDocument, documentById } from './document-access.ts';

const DOWNLOAD_PATH = /^\/documents\/([0-9a-f-]{36})\/download$/;

/**
 * GET /documents/<id>/download with the same credentials as the API (bearer token or session
 * cookie). The rules are those of `document(id)`: admins any state, owners and org staff only
 * valid evidence; unknown and foreign ids get the same 403. Streams the stored bytes as an
 * attachment with the stored content type, never sniffed or rendered inline.
 */
export async function handleDocumentDownload(services: AppServices, req: IncomingMessage, res: ServerResponse, requestId: string, pathname: string): Promise<void> {
  const documentId = DOWNLOAD_PATH.exec(pathname)?.[1];
  if (!documentId) return answerError(res, 404, 'NOT_FOUND', 'not_found');
  if (req.method !== 'GET' && req.method !== 'HEAD') return answerError(res, 405, 'BAD_USER_INPUT', 'method_not_allowed');
  const scope = await buildRequestScope(services, { requestId, ip: clientIp(req, services.config.trustProxy), credentials: credentialsFrom(nodeHeaders(req.headers)) });
  const { actor } = scope;
  const denial = await denialForObject(actor, CONSENTED, () => canReadDocument(scope, documentId));
  if (denial) {
    recordDenial(scope, denial, { targetType: 'document', targetId: documentId, operationName: 'documentDownload', route: '/documents/:id' });
    return answerError(res, denial.code === 'UNAUTHENTICATED' ? 401 : 403, denial.code, denial.reason);
  }

  const doc = (await documentById(scope).load(documentId))!;
  let file;
  try {
    file = await services.documentStore.open(doc.storageKey!);
  } catch {
    services.logger.error('document_file_missing', { requestId, documentId });
    return answerError(res, 404, 'NOT_FOUND', 'not_found');
  }
  const access = isAdminRole(actor!.role) ? null : await vehicleAccess(scope, doc.vehicle);
  await scope.audit({
    action: 'DOCUMENT_DOWNLOADED',
    scope: access === 'org' ? 'org' : access === 'own' ? 'own' : undefined,
    targetType: 'document',
    targetId: documentId,
    metadata: { operationName: 'documentDownload' },
  });
  res.writeHead(200, {
    'content-type': doc.contentType,
    'content-length': String(doc.sizeBytes),
    'content-disposition': contentDisposition(doc.filename, doc.contentType),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  if (req.method === 'HEAD') {
    file.destroy();
    res.end();
    return;
  }
  await pipeline(file, res);
}

const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/png': '.png', 'image/jpeg': '.jpg' };

/**
 * `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266/5987). The extension
 * always follows the stored type, so a PNG uploaded as "x.pdf" downloads as "x.png".
 */
export function contentDisposition(filename: string, contentType: string): string {
  const extension = EXTENSIONS[contentType] ?? '';
  const base = filename.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'dokument';
  const name = `${base}${extension}`;
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '_') || `dokument${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
