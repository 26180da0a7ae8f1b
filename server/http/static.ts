import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv, { type RequestHandler } from 'sirv';
import { answerError } from './error-envelope.ts';
import { isApiPath } from './routes.ts';
import { contentSecurityPolicy, type PageHashes } from './security-headers.ts';

/** The SvelteKit static build (`npm run build:web`), served in the simple one-node setup. */
export const WEB_BUILD_DIR = path.resolve(import.meta.dirname, '../../web/build');

/** Single-page fallback: routes that are not prerendered (/vehicles/<id>, /q/<token>, unknown pages). */
const FALLBACK = '200.html';

const handlers = new Map<string, RequestHandler>();

/**
 * Serves GET/HEAD for non-API paths from the web build with sirv: the exact file, else
 * `<path>.html` (prerendered pages), else the SPA fallback for page-like paths. Missing assets
 * (a path with a file extension) get a 404. sirv indexes the build once, when first asked:
 * restart the server after rebuilding the web app (`npm start` builds it first when stale).
 * Returns false when there is no web build to serve from.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, root: string = WEB_BUILD_DIR): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (isApiPath(pathname)) return false;
  let handler = handlers.get(root);
  if (!handler) {
    if (!existsSync(path.join(root, FALLBACK))) return false;
    handler = webBuildHandler(root);
    handlers.set(root, handler);
  }
  handler(req, res);
  return true;
}

function webBuildHandler(root: string): RequestHandler {
  const immutableDir = path.join(root, '_app', 'immutable');
  // sirv tells `setHeaders` the request path and the file's stats, not the file: pages are
  // recognised by their inode, and get a CSP with their own inline-code hashes.
  const pages = new Map<number, PageHashes>();
  for (const file of htmlFiles(root)) pages.set(statSync(file).ino, pageHashes(file));
  return sirv(root, {
    single: FALLBACK,
    extensions: ['html'],
    onNoMatch: (_req, res) => answerError(res, 404, 'NOT_FOUND', 'not_found'),
    setHeaders(res, pathname, stats) {
      const page = pages.get(stats.ino);
      if (page) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('content-security-policy', contentSecurityPolicy(page));
      }
      const immutable = path.join(root, pathname).startsWith(immutableDir + path.sep);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/**
 * The hashes of a page's inline code, as SvelteKit wrote them into the page's CSP meta tag
 * (kit.csp in web/vite.config.ts). The header must allow them too: a page obeys both policies.
 */
function pageHashes(file: string): PageHashes {
  const directives = (CSP_META.exec(readFileSync(file, 'utf8'))?.[1] ?? '').split(';').map((directive) => directive.trim());
  const hashesOf = (name: string) => directives.find((directive) => directive.startsWith(`${name} `))?.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  return { scripts: hashesOf('script-src'), styleAttributes: hashesOf('style-src-attr') };
}
