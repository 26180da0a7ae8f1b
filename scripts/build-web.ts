// Builds the web app into web/build (svelte-kit sync, then vite build in web/).
// `--if-stale`: only when web/build is missing or older than a web source file; used by
// `npm start` (prestart) and the end-to-end tests so a clean clone needs no extra step.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const marker = path.join(web, 'build', '200.html');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildTime(): number {
  try {
    return statSync(marker).mtimeMs;
  } catch {
    return 0;
  }
}

export function webBuildIsStale(): boolean {
  const sources = Math.max(newestSourceTime(path.join(web, 'src')), newestSourceTime(path.join(web, 'static')), statSync(path.join(web, 'vite.config.ts')).mtimeMs);
  return buildTime() < sources;
}

export function buildWeb(): void {
  const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
  for (const [command, args] of [[bin('svelte-kit'), ['sync']], [bin('vite'), ['build', '--logLevel', 'warn']]] as const) {
    const run = spawnSync(command, args, { cwd: web, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });
    if (run.status !== 0) throw new Error(`web build failed: ${path.basename(command)} ${args.join(' ')}`);
  }
}

if (import.meta.main) {
  if (process.argv.includes('--if-stale') && !webBuildIsStale()) process.exit(0);
  buildWeb();
}
