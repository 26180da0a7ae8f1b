// npm run compile-cache – fills Node's module compile cache (NODE_COMPILE_CACHE) with every
// module of the server and its migrations, so that a server started with the same
// NODE_COMPILE_CACHE loads them without stripping TypeScript: the stripper (a WebAssembly build
// of swc) then never loads, and the server holds about 12 MB less (docs/OPERATIONS.md, "Compile
// cache").
// Run it after each install, as the user the service runs as (Node keeps a cache per user id);
// extra arguments are more entry modules to cache (the load test's server). Entry modules run
// only as a process's entry (`import.meta.main`), so importing them here starts nothing.
import { readdirSync } from 'node:fs';
import { constants, enableCompileCache, flushCompileCache } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.join(import.meta.dirname, '..');

if (!process.env.NODE_COMPILE_CACHE) {
  process.stderr.write('Set NODE_COMPILE_CACHE to the directory the server will read its compile cache from.\n');
  process.exit(64);
}
const enabled = enableCompileCache();
if (enabled.status !== constants.compileCacheStatus.ENABLED && enabled.status !== constants.compileCacheStatus.ALREADY_ENABLED) {
  process.stderr.write(`The compile cache could not be enabled: ${enabled.message ?? 'unknown reason'}\n`);
  process.exit(1);
}
const modules = [...modulesUnder('server'), ...modulesUnder('migrations'), ...process.argv.slice(2).map((file) => path.resolve(file))];
for (const file of modules) await import(pathToFileURL(file).href);
flushCompileCache();
console.log(`compile cache: ${modules.length} modules in ${enabled.directory}`);

/** The TypeScript modules under a folder of the project, tests left out. */
function modulesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(ROOT, folder, file));
}
