import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// A static single-page app: every page is a prerendered shell (ssr = false in the root layout)
// and 200.html is the fallback for dynamic routes (/vehicles/<id>, /q/<token>). The server in
// server/http/static.ts serves web/build.
// SvelteKit's route announcer (its root component) has this one inline style attribute; the CSP
// allows exactly this value by its hash ('unsafe-hashes' for attributes), no other inline style.
const ANNOUNCER_STYLE = 'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerStyleHash = `sha256-${createHash('sha256').update(ANNOUNCER_STYLE).digest('base64')}` as const;

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
      version: { pollInterval: 0 },
      // The boot script SvelteKit inlines into every page is allowed by its hash, which SvelteKit
      // writes into a CSP meta tag; server/http/static.ts copies the hashes into the CSP header.
      // No 'unsafe-inline' for scripts or styles.
      csp: { mode: 'hash', directives: { 'script-src': ['self'], 'style-src': ['self'], 'style-src-attr': ['unsafe-hashes', announcerStyleHash] } },
    }),
  ],
  server: {
    // `npm run dev:web` proxies the API to a server started with `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/documents': 'http://127.0.0.1:4000' },
  },
});
