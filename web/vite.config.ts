import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// A static single-page app: every page is a prerendered shell (ssr = false in the root layout)
// and 200.html is the fallback for dynamic routes (/vehicles/<id>, /q/<token>). The server in
// server/http/static.ts serves web/build.
export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
      version: { pollInterval: 0 },
    }),
  ],
  server: {
    // `npm run dev:web` proxies the API to a server started with `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/documents': 'http://127.0.0.1:4000' },
  },
});
