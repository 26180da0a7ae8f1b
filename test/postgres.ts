// A real, throwaway PostgreSQL server for tests and `npm run migration:new`: Debian's `postgresql`
// package (initdb + pg_ctl) in a temp folder, on a free loopback port, trust authentication,
// removed again by stop(). Each test server then gets its own database in it (test/harness.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>`: append `/<database>`. */
  url: string;
  /** The URL of a database through the server's Unix socket (no loopback TCP), as a client on the same host would connect. */
  socketUrl(database: string): string;
  stop(): void;
}

const INSTALL_HINT =
  'The tests run on a real PostgreSQL (15 or newer) that they start themselves. Install the server binaries: ' +
  '`sudo apt-get install postgresql` (Debian/Ubuntu; only the binaries are used, the system service may stay stopped), ' +
  '`brew install postgresql@16` (macOS), or point LTC_TEST_POSTGRES_BIN at the folder holding initdb and pg_ctl.';

/** The folder with initdb and pg_ctl: LTC_TEST_POSTGRES_BIN, Debian's newest /usr/lib/postgresql/<version>/bin, or PATH. */
export function postgresBinaries(): string {
  const candidates = [process.env.LTC_TEST_POSTGRES_BIN ?? ''];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  candidates.push(...(process.env.PATH ?? '').split(path.delimiter));
  const found = candidates.find((dir) => dir && existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(`PostgreSQL not found. ${INSTALL_HINT}`);
  return found;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  const root = mkdtempSync(path.join(tmpdir(), 'ltc-postgres-'));
  const data = path.join(root, 'data');
  const socketDir = path.join(root, 'run');
  mkdirSync(data);
  mkdirSync(socketDir);
  // initdb refuses to run as root (CI is root): then the cluster belongs to the `postgres` user,
  // which must be able to reach the temp folder.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const owner = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (owner.status !== 0) throw new Error(`Running as root needs the \`postgres\` system user to own the test cluster. ${INSTALL_HINT}`);
    chmodSync(root, 0o711);
    for (const dir of [data, socketDir]) chownSync(dir, Number(owner.stdout), Number(group.stdout));
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? ['runuser', '-u', 'postgres', '--', path.join(bin, tool), ...args] : [path.join(bin, tool), ...args];
    const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', cwd: root });
    if (result.status !== 0) throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}`);
  };

  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Throwaway data: no fsync. Enough connections for parallel test files, each with its pool.
    const options = [`-p ${port}`, `-k ${socketDir}`, '-c listen_addresses=127.0.0.1', '-c max_connections=400', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
    run('pg_ctl', ['-D', data, '-l', path.join(socketDir, 'server.log'), '-w', '-t', '60', '-o', options.join(' '), 'start']);
  } catch (error) {
    const log = path.join(socketDir, 'server.log');
    const detail = existsSync(log) ? `\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    rmSync(root, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}${detail}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}`,
    socketUrl: (database) => `postgres://postgres@localhost:${port}/${database}?host=${encodeURIComponent(socketDir)}`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
