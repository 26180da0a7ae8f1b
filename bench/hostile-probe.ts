// Worker thread of bench/hostile.ts: asks /health every 25 ms on a connection of its own and
// posts each delay. A thread of its own, so the attack's own work in the bench process does not
// show up as server delay.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, timeoutMs } = workerData as { url: string; timeoutMs: number };
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let running = true;
parentPort!.on('message', () => (running = false));

while (running) {
  const started = performance.now();
  const ok = await new Promise<boolean>((resolve) => {
    const request = http.get(`${url}/health`, { agent, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
  parentPort!.postMessage({ delayMs: performance.now() - started, ok });
  await new Promise((resolve) => setTimeout(resolve, 25));
}
agent.destroy();
parentPort!.close();
