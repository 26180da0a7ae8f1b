import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy';
import type { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import { denialFor, recordDenial } from '../auth/policy.ts';
import type { RequestScope } from '../request-scope.ts';
import { DomainError } from '../errors.ts';
import { refusal } from '../graphql/refusal.ts';
import { discardStagedFile, stageUpload, type StagedFile } from './storage.ts';

/** Room for the `operations` and `map` parts and the multipart boundaries around the one file. */
const FORM_OVERHEAD_BYTES = 256 * 1024;
const FIELD_MAX_BYTES = 128 * 1024;

/** The value of an `Upload` argument: the file already on disk in a temp file, with its original name. */
export class StagedUpload {
  readonly name: string;
  readonly file: StagedFile;
  constructor(name: string, file: StagedFile) {
    this.name = name;
    this.file = file;
  }
}

const tooLarge = (maxBytes: number) => refusal('BAD_USER_INPUT', 'file_too_large', `The file exceeds the limit of ${maxBytes} bytes`, 413);
const invalidMultipart = (message: string) => refusal('BAD_USER_INPUT', 'invalid_multipart_request', `Invalid multipart request: ${message}`, 400);
const tooManyUploads = () => refusal('RATE_LIMITED', 'too_many_uploads', 'Too many uploads in progress, try again when one has finished', 429);

/** Yoga's server context carries the Node request and response next to ours. */
type NodeServerContext = RequestScope & { req: IncomingMessage; res: ServerResponse };

/**
 * GraphQL multipart requests (github.com/jaydenseric/graphql-multipart-request-spec) with hard
 * limits, replacing Yoga's parser (Yoga runs with `multipart: false`), which holds every file in
 * memory. Refused before a byte of the body is read: callers who may not upload, a declared
 * Content-Length above the limit, and uploads beyond the concurrency limits (per user and in
 * total). Otherwise busboy streams the one file part straight into a temp file (storage.ts) and
 * the resolver commits it. Before the answer goes out (or when the client is gone) the slot is
 * freed and a temp file that was not committed is removed.
 */
export function useBoundedMultipart(services: Pick<AppServices, 'config' | 'uploadSlots' | 'metrics'>): Plugin<{}, RequestScope> {
  const { uploadMaxBytes, storageDir } = services.config;
  const finishers = new WeakMap<object, () => Promise<void>>();
  return {
    onRequestParse({ request, serverContext, setRequestParser }) {
      const contentType = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || !contentType.toLowerCase().startsWith('multipart/form-data')) return;
      const { req, res, actor } = serverContext as unknown as NodeServerContext;
      // Any refusal leaves the body unread: close the connection after the answer instead of reading it.
      const refuse = (error: GraphQLError) => {
        res.shouldKeepAlive = false;
        setRequestParser(() => {
          throw error;
        });
      };
      // Only signed-in non-moderators can upload at all: anyone else is refused before the body is read.
      // The consent gate is the upload field's own (its scopes answer consent_required).
      const denial = denialFor(actor, { consent: false });
      if (denial) {
        recordDenial(serverContext, denial, { operationName: 'multipart_upload' });
        return refuse(refusal(denial.code, denial.reason, denial.message));
      }
      if (Number(req.headers['content-length'] ?? 0) > uploadMaxBytes + FORM_OVERHEAD_BYTES) return refuse(tooLarge(uploadMaxBytes));
      const release = services.uploadSlots.acquire(actor!.userId);
      if (!release) {
        services.metrics.rateLimited.inc({ bucket: 'uploads' });
        return refuse(tooManyUploads());
      }
      const staged = new StagedFiles();
      const finish = async () => {
        release();
        await staged.discardAll();
      };
      finishers.set(serverContext, finish);
      res.once('close', () => void finish());
      setRequestParser(() =>
        parseMultipart(req, uploadMaxBytes, storageDir, staged).catch((error: unknown) => {
          res.shouldKeepAlive = false;
          throw error;
        }),
      );
    },
    async onResponse({ serverContext }) {
      await finishers.get(serverContext)?.();
    },
  };
}

/** The temp files of one request; one that arrives after the request is over is removed at once. */
class StagedFiles {
  readonly #files: StagedFile[] = [];
  #closed = false;
  add(file: StagedFile): void {
    if (this.#closed) void discardStagedFile(file);
    else this.#files.push(file);
  }
  async discardAll(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#files.splice(0).map(discardStagedFile));
  }
}

async function parseMultipart(req: IncomingMessage, maxFileBytes: number, storageDir: string, staged: StagedFiles): Promise<GraphQLParams> {
  const { fields, file } = await readForm(req, maxFileBytes, storageDir, staged);
  const operations = parseJsonField(fields, 'operations');
  if (typeof operations !== 'object' || operations === null || Array.isArray(operations)) throw invalidMultipart('operations must be one JSON object');
  const map = fields.has('map') ? parseJsonField(fields, 'map') : {};
  if (typeof map !== 'object' || map === null) throw invalidMultipart('map must be a JSON object');
  for (const [part, paths] of Object.entries(map as Record<string, unknown>)) {
    if (!file || file.field !== part || !Array.isArray(paths)) throw invalidMultipart(`map entry ${part} names no file`);
    for (const objectPath of paths) setAtPath(operations as Record<string, unknown>, String(objectPath), file.upload);
  }
  return operations as GraphQLParams;
}

interface Form {
  fields: Map<string, string>;
  file?: { field: string; upload: StagedUpload };
}

/**
 * Reads the body with busboy: the two JSON fields into memory (bounded), the one file part into a
 * temp file as it arrives (busboy pauses the socket while the disk catches up). A client that goes
 * away mid-file ends the file stream with an error, so the temp file is removed.
 */
function readForm(req: IncomingMessage, maxFileBytes: number, storageDir: string, staged: StagedFiles): Promise<Form> {
  return new Promise((resolve, reject) => {
    let parser: BusboyInstance;
    try {
      parser = Busboy({
        headers: req.headers as BusboyHeaders,
        // One byte more than allowed, so stageUpload sees the excess and refuses it.
        limits: { fileSize: maxFileBytes + 1, files: 1, fields: 2, parts: 3, fieldSize: FIELD_MAX_BYTES, fieldNameSize: 100 },
      });
    } catch (error) {
      return reject(invalidMultipart((error as Error).message));
    }
    const fields = new Map<string, string>();
    let fileStream: Readable | undefined;
    let file: Promise<Form['file']> = Promise.resolve(undefined);
    let settled = false;
    const fail = (error: GraphQLError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      fileStream?.destroy(error);
      reject(error);
    };
    parser.on('field', (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
      if (valueTruncated) return fail(invalidMultipart(`the ${name} field is too long`));
      fields.set(name, value);
    });
    parser.on('file', (field: string, stream: Readable, filename: string) => {
      fileStream = stream;
      file = stageUpload(storageDir, stream, maxFileBytes).then((stagedFile) => {
        staged.add(stagedFile);
        return { field, upload: new StagedUpload(filename, stagedFile) };
      });
      file.catch((error: unknown) => fail(error instanceof DomainError && error.reason === 'file_too_large' ? tooLarge(maxFileBytes) : invalidMultipart('the file part could not be read')));
    });
    for (const limit of ['partsLimit', 'filesLimit', 'fieldsLimit']) parser.on(limit, () => fail(invalidMultipart('only the operations, map and one file part are accepted')));
    parser.on('error', (error: unknown) => fail(invalidMultipart((error as Error)?.message ?? 'unreadable body')));
    parser.on('finish', () => {
      file.then(
        (stagedFile) => {
          if (settled) return;
          settled = true;
          resolve({ fields, file: stagedFile });
        },
        () => undefined,
      );
    });
    req.once('close', () => {
      if (!req.complete) fail(invalidMultipart('the body ended early'));
    });
    req.pipe(parser);
  });
}

function parseJsonField(fields: Map<string, string>, name: string): unknown {
  const value = fields.get(name);
  if (value === undefined) throw invalidMultipart(`the ${name} field is missing`);
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
