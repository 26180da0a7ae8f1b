import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { answerError } from './error-envelope.ts';
import { contentSecurityPolicy, type PageHashes } from './security-headers.ts';

/** The SvelteKit static build (`npm run build:web`), served in the simple one-node setup. */
export const WEB_BUILD_DIR = path.resolve(import.meta.dirname, '../../web/build');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Server routes that must never fall back to the web app's shell. */
const API_PATHS = ['/graphql', '/documents', '/metrics', '/health', '/ready'];

/** Single-page fallback: routes that are not prerendered (/vehicles/<id>, /q/<token>, unknown pages). */
const FALLBACK = '200.html';

/**
 * Serves GET/HEAD for non-API paths from the web build: the exact file, else `<path>.html`
 * (prerendered pages), else the SPA fallback for page-like paths. Missing assets (a path with a
 * file extension) get a plain 404. Returns false when there is no web build to serve from.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, root: string = WEB_BUILD_DIR): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (API_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
  if (!existsSync(path.join(root, FALLBACK))) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  const file = resolveFile(root, decoded);
  if (!file) {
    answerError(res, 404, 'NOT_FOUND', 'not_found');
    return true;
  }
  const immutable = file.startsWith(path.join(root, '_app', 'immutable') + path.sep);
  if (file.endsWith('.html')) res.setHeader('content-security-policy', contentSecurityPolicy(pageHashes(file)));
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;
const hashCache = new Map<string, { mtimeMs: number; hashes: PageHashes }>();

/**
 * The hashes of a page's inline code, as SvelteKit wrote them into the page's CSP meta tag
 * (kit.csp in web/vite.config.ts). The header must allow them too: a page obeys both policies.
 */
function pageHashes(file: string): PageHashes {
  const { mtimeMs } = statSync(file);
  const cached = hashCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.hashes;
  const directives = (CSP_META.exec(readFileSync(file, 'utf8'))?.[1] ?? '').split(';').map((directive) => directive.trim());
  const hashesOf = (name: string) => directives.find((directive) => directive.startsWith(`${name} `))?.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  const hashes = { scripts: hashesOf('script-src'), styleAttributes: hashesOf('style-src-attr') };
  hashCache.set(file, { mtimeMs, hashes });
  return hashes;
}

function resolveFile(root: string, pathname: string): string | undefined {
  // path.join normalises `..` away from the root; the prefix check makes escaping impossible.
  const candidate = path.join(root, pathname);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const tries = pathname.endsWith('/') ? [path.join(candidate, 'index.html')] : [candidate, `${candidate}.html`];
  for (const file of tries) if (isFile(file)) return file;
  if (path.extname(pathname) !== '') return undefined;
  return path.join(root, FALLBACK);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
