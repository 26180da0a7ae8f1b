/**
 * The server's heap settings as deployed: NODE_OPTIONS of the systemd unit in docs/OPERATIONS.md
 * (change both together). The load and hostile-input benches start their servers with them.
 */
export const DEPLOYMENT_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];
