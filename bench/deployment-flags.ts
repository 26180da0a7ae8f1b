/**
 * The server's memory settings as deployed: NODE_OPTIONS and MALLOC_ARENA_MAX of the systemd unit
 * in docs/OPERATIONS.md (change both together). The load and hostile-input benches start their
 * servers with them.
 */
export const DEPLOYMENT_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];

/**
 * glibc gives each thread that allocates its own malloc arena (up to eight per core), and V8's
 * compiler and GC threads keep theirs: two arenas held about 15 MB less at the mix's peak.
 */
export const DEPLOYMENT_ENV = { MALLOC_ARENA_MAX: '2' };
