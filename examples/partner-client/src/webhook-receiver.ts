// Receives LifeTimeCircle webhooks: reads the raw body, verifies `LTC-Signature` before parsing
// (verify-signature.ts), answers 204 at once and hands the event on; a bad signature gets 400.
import { createServer, type Server } from 'node:http';
import { verifyLtcSignature } from './verify-signature.ts';

export interface WebhookEvent {
  id: string;
  type: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/** The largest body accepted: payloads are ids and states, a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024;

export class WebhookReceiver {
  readonly #server: Server;
  readonly #waiting = new Set<{ matches: (event: WebhookEvent) => boolean; resolve: (event: WebhookEvent) => void }>();
  /** Delivery ids already handled: a retried delivery carries the same `LTC-Delivery`. */
  readonly #seen = new Set<string>();
  secret = '';
  /** Every verified event so far, in arrival order (the order of events is not guaranteed). */
  readonly received: WebhookEvent[] = [];

  constructor() {
    this.#server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of request as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) return void response.writeHead(413).end();
        chunks.push(chunk);
      }
      const rawBody = Buffer.concat(chunks).toString('utf8');
      if (request.method !== 'POST' || !verifyLtcSignature(this.secret, request.headers['ltc-signature'], rawBody)) return void response.writeHead(400).end();
      response.writeHead(204).end();
      const delivery = String(request.headers['ltc-delivery']);
      if (this.#seen.has(delivery)) return;
      this.#seen.add(delivery);
      const event = JSON.parse(rawBody) as WebhookEvent;
      this.received.push(event);
      for (const waiter of this.#waiting) if (waiter.matches(event)) (this.#waiting.delete(waiter), waiter.resolve(event));
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve) => this.#server.listen(port, resolve));
  }

  /** The first verified event, received or still to come, for which `matches` holds; rejects after `timeoutMs`. */
  waitFor(matches: (event: WebhookEvent) => boolean, timeoutMs = 60_000): Promise<WebhookEvent> {
    const arrived = this.received.find(matches);
    if (arrived) return Promise.resolve(arrived);
    return new Promise((resolve, reject) => {
      const waiter = { matches, resolve: (event: WebhookEvent) => (clearTimeout(timer), resolve(event)) };
      const timer = setTimeout(() => (this.#waiting.delete(waiter), reject(new Error('no matching webhook event arrived in time'))), timeoutMs);
      this.#waiting.add(waiter);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
