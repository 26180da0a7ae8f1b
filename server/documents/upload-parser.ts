import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import { writeAudit } from '../audit/audit.ts';
import type { RequestContext } from '../context.ts';
import { forbidden, unauthenticated } from '../errors.ts';

/** Room for the `operations` and `map` parts and the multipart boundaries around the one file. */
const FORM_OVERHEAD_BYTES = 256 * 1024;
const FIELD_MAX_BYTES = 128 * 1024;

const tooLarge = (maxBytes: number) =>
  new GraphQLError(`The file exceeds the limit of ${maxBytes} bytes`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'file_too_large', http: { status: 413 } },
  });
const invalidMultipart = (message: string) =>
  new GraphQLError(`Invalid multipart request: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', reason: 'invalid_multipart_request', http: { status: 400 } },
  });

/** The parser of @whatwg-node/node-fetch takes busboy limits per call (the DOM type does not know). */
type FormDataWithLimits = (options: { formDataLimits: Record<string, number> }) => Promise<FormData>;

/**
 * GraphQL multipart requests (github.com/jaydenseric/graphql-multipart-request-spec) with hard
 * limits. Yoga's built-in parser collects every file part in memory without a size limit; this
 * one replaces it (Yoga runs with `multipart: false`): a declared Content-Length above the limit is
 * refused before a byte is read, and busboy stops reading a file part at `maxFileBytes`, so at
 * most one file of at most the limit is ever held. The resolver then streams it to disk.
 */
export function useBoundedMultipart(maxFileBytes: number): Plugin<{}, RequestContext> {
  return {
    onRequestParse({ request, serverContext, setRequestParser }) {
      const contentType = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || !contentType.toLowerCase().startsWith('multipart/form-data')) return;
      // Only signed-in non-moderators can upload at all: anyone else is refused before the body is read.
      const denial = !serverContext.actor ? unauthenticated() : serverContext.actor.role === 'moderator' ? forbidden('moderator_confined') : null;
      if (denial) {
        serverContext.services.pendingWrites.track(
          writeAudit(serverContext.services.orm.em.fork(), serverContext, {
            action: 'ACCESS_DENIED',
            result: 'denied',
            reason: denial.reason,
            metadata: { operationName: 'multipart_upload' },
          }),
        );
        setRequestParser(() => {
          throw new GraphQLError(denial.message, { extensions: { code: denial.code, reason: denial.reason } });
        });
        return;
      }
      setRequestParser((req) => parseMultipart(req, maxFileBytes));
    },
  };
}

async function parseMultipart(request: Request, maxFileBytes: number): Promise<GraphQLParams> {
  const declaredLength = Number(request.headers.get('content-length') ?? 0);
  if (declaredLength > maxFileBytes + FORM_OVERHEAD_BYTES) throw tooLarge(maxFileBytes);
  let form: FormData;
  try {
    form = await (request.formData as unknown as FormDataWithLimits).call(request, {
      formDataLimits: { fileSize: maxFileBytes, files: 1, fields: 2, parts: 3, fieldSize: FIELD_MAX_BYTES, fieldNameSize: 100 },
    });
  } catch (error) {
    if ((error as Error)?.message?.startsWith('File size limit exceeded')) throw tooLarge(maxFileBytes);
    throw invalidMultipart((error as Error)?.message ?? 'unreadable body');
  }
  const operations = parseJsonField(form, 'operations');
  if (typeof operations !== 'object' || operations === null || Array.isArray(operations)) throw invalidMultipart('operations must be one JSON object');
  const map = form.has('map') ? parseJsonField(form, 'map') : {};
  if (typeof map !== 'object' || map === null) throw invalidMultipart('map must be a JSON object');
  for (const [part, paths] of Object.entries(map as Record<string, unknown>)) {
    const file = form.get(part);
    if (!file || typeof file === 'string' || !Array.isArray(paths)) throw invalidMultipart(`map entry ${part} names no file`);
    for (const objectPath of paths) setAtPath(operations as Record<string, unknown>, String(objectPath), file);
  }
  return operations as GraphQLParams;
}

function parseJsonField(form: FormData, name: string): unknown {
  const value = form.get(name);
  if (typeof value !== 'string') throw invalidMultipart(`the ${name} field is missing`);
  try {
    return JSON.parse(value);
  } catch {
    throw invalidMultipart(`the ${name} field is not JSON`);
  }
}

/** Puts the file where the map says, e.g. "variables.file"; only plain own keys, never prototypes. */
function setAtPath(target: Record<string, unknown>, objectPath: string, value: unknown): void {
  const keys = objectPath.split('.');
  if (keys.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype')) throw invalidMultipart('invalid map path');
  let current: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (typeof next !== 'object' || next === null) throw invalidMultipart('map path does not exist in operations');
    current = next as Record<string, unknown>;
  }
  current[keys.at(-1)!] = value;
}
