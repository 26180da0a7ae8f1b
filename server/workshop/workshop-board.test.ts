import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { startTwoInstances, type TwoInstances } from '../../test/two-instances.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { WorkshopItem, WorkshopSession } from './workshop.entity.ts';
import { MAX_BOARDS_PER_ACTOR } from './workshop.service.ts';

// The live workshop board: the `workshopBoard` subscription over real HTTP server-sent events.

const BOARD = `subscription($s: ID!) { workshopBoard(sessionId: $s) { session { id status items { id title status } } snapshot { itemIds } openItems { id } } }`;
const OPEN = `mutation($key: String!, $v: ID) { openWorkshopSession(idempotencyKey: $key, vehicleId: $v) { id } }`;
const ITEMS = `mutation($key: String!, $s: ID!, $items: [WorkshopItemInput!]!) { addWorkshopItems(idempotencyKey: $key, sessionId: $s, items: $items) { id } }`;
const CLOSE = `mutation($key: String!, $s: ID!) { closeWorkshopSession(idempotencyKey: $key, sessionId: $s) { id status } }`;

/** A generous bound: the board promises a change within 2 s; this only keeps a broken stream from hanging the run. */
const WAIT_MS = 10_000;

interface Board {
  session: { id: string; status: string; items: { id: string; title: string; status: string }[] };
  openItems: { id: string }[];
}

/** One SSE stream of the board: its events in order as they arrive, and whether the server completed it. */
class BoardStream {
  readonly events: { data?: { workshopBoard: Board }; errors?: { extensions: { code: string; reason: string } }[] }[] = [];
  completed = false;
  status = 0;
  contentType = '';
  readonly #abort = new AbortController();
  readonly #waiters = new Set<() => void>();

  static async open(url: string, token: string, sessionId: string): Promise<BoardStream> {
    const stream = new BoardStream();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: BOARD, variables: { s: sessionId } }),
      signal: stream.#abort.signal,
    });
    stream.status = response.status;
    stream.contentType = response.headers.get('content-type') ?? '';
    void stream.#read(response.body!);
    return stream;
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'complete') this.completed = true;
          else if (data) this.events.push(JSON.parse(data));
          this.#notify();
        }
      }
    } catch {
      // Aborted by close().
    }
    this.completed = true;
    this.#notify();
  }

  #notify(): void {
    for (const waiter of this.#waiters) waiter();
  }

  /** Waits until `check` holds (re-checked on every event), at most WAIT_MS. */
  async until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; events: ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const done = () => {
          this.#waiters.delete(done);
          resolve();
        };
        this.#waiters.add(done);
        setTimeout(done, 200);
      });
    }
  }

  get boards(): Board[] {
    return this.events.flatMap((event) => (event.data?.workshopBoard ? [event.data.workshopBoard] : []));
  }

  close(): void {
    this.#abort.abort();
  }
}

async function must(server: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  const response = await server.gql(query, variables, { token });
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data)[0] as { id: string };
}

async function openSession(server: TestServer) {
  const dealer = await signInAs(server, 'dealer');
  const vehicle = await createVehicle(server, dealer.token);
  const session = await must(server, OPEN, { key: randomUUID(), v: vehicle.id }, dealer.token);
  return { dealer, sessionId: session.id };
}

describe('on one instance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it('sends the board at once, again after a change, and the final board when the session closes, then ends', async () => {
    const { dealer, sessionId } = await openSession(server);
    const stream = await BoardStream.open(server.url, dealer.token, sessionId);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    await stream.until(() => stream.boards.length >= 1, 'the first board');
    expect(stream.boards[0]).toMatchObject({ session: { id: sessionId, status: 'OPEN', items: [] }, openItems: [] });

    await must(server, ITEMS, { key: randomUUID(), s: sessionId, items: [{ kind: 'task', title: 'Reifen prüfen', severity: 'low' }] }, dealer.token);
    await stream.until(() => stream.boards.some((board) => board.session.items.length === 1), 'the board with the new item');
    expect(stream.boards.at(-1)!.session.items[0]!.title).toBe('Reifen prüfen');

    await must(server, CLOSE, { key: randomUUID(), s: sessionId }, dealer.token);
    await stream.until(() => stream.completed, 'the end of the stream');
    expect(stream.boards.at(-1)!.session.status).toBe('CLOSED');
    stream.close();
  });

  it('ends when the server closes, so an open board does not hold a shutdown', async () => {
    const own = await startServer();
    const { dealer, sessionId } = await openSession(own);
    const stream = await BoardStream.open(own.url, dealer.token, sessionId);
    await stream.until(() => stream.boards.length >= 1, 'the first board');
    // Without the stream ending, close() would wait for its connection (the test's timeout).
    await own.close();
    await stream.until(() => stream.completed, 'the end of the stream');
  });

  it('ends when the caller signs out: the next change sends no board', async () => {
    const { dealer, sessionId } = await openSession(server);
    const stream = await BoardStream.open(server.url, dealer.token, sessionId);
    await stream.until(() => stream.boards.length >= 1, 'the first board');
    expect((await server.gql('mutation { logout }', {}, { token: dealer.token })).data.logout).toBe(true);
    // The change is made directly: the signed-out token can no longer make one.
    const em = server.app.services.orm.em.fork();
    await em.nativeUpdate(WorkshopSession, { id: sessionId }, { version: 99 });
    await stream.until(() => stream.completed, 'the end of the stream');
    expect(stream.boards).toHaveLength(1);
  });

  it('is refused like the query: another organisation FORBIDDEN (same as an unknown id), anonymous UNAUTHENTICATED', async () => {
    const { sessionId } = await openSession(server);
    const other = await signInAs(server, 'dealer');
    for (const id of [sessionId, randomUUID()]) {
      const stream = await BoardStream.open(server.url, other.token, id);
      await stream.until(() => stream.completed, 'the refusal');
      expect(stream.boards).toEqual([]);
      expect(stream.events[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    const user = await signInAs(server, 'user');
    const refused = await BoardStream.open(server.url, user.token, sessionId);
    await refused.until(() => refused.completed, 'the refusal');
    expect(refused.events[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: BOARD, variables: { s: sessionId } }),
    });
    expect(await anonymous.text()).toContain('UNAUTHENTICATED');
    // The argument bounds apply before the subscription starts, as for every operation.
    const malformed = await BoardStream.open(server.url, other.token, 'not-a-session-id');
    await malformed.until(() => malformed.completed, 'the refusal');
    expect(malformed.events[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
  });

  it(`allows ${MAX_BOARDS_PER_ACTOR} open boards per account`, async () => {
    const { dealer, sessionId } = await openSession(server);
    const streams = await Promise.all(Array.from({ length: MAX_BOARDS_PER_ACTOR }, () => BoardStream.open(server.url, dealer.token, sessionId)));
    for (const stream of streams) await stream.until(() => stream.boards.length >= 1, 'the first board');
    const refused = await BoardStream.open(server.url, dealer.token, sessionId);
    await refused.until(() => refused.completed, 'the refusal');
    expect(refused.events[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'too_many_subscriptions' });
    // Closing one frees its place.
    streams[0]!.close();
    const again = await BoardStream.open(server.url, dealer.token, sessionId);
    await again.until(() => again.boards.length >= 1 || again.completed, 'a board once a place is free');
    expect(again.boards.length).toBe(1);
    for (const stream of [...streams, again]) stream.close();
  });
});

describe('across two instances', () => {
  let two: TwoInstances;
  beforeAll(async () => {
    two = await startTwoInstances();
  });
  afterAll(async () => two.close());

  it('a change made through the other instance reaches the board', async () => {
    const { dealer, sessionId } = await openSession(two.a);
    const stream = await BoardStream.open(two.a.url, dealer.token, sessionId);
    await stream.until(() => stream.boards.length >= 1, 'the first board');
    await must(two.b, ITEMS, { key: randomUUID(), s: sessionId, items: [{ kind: 'defect', title: 'Über Instanz B', severity: 'high' }] }, dealer.token);
    await stream.until(() => stream.boards.some((board) => board.session.items.some((item) => item.title === 'Über Instanz B')), 'the change from instance B');
    expect(stream.boards.at(-1)!.openItems).toHaveLength(1);
    stream.close();
  });

  it('an idempotency key used on one instance is replayed by the other', async () => {
    const { dealer, sessionId } = await openSession(two.a);
    const variables = { key: randomUUID(), s: sessionId, items: [{ kind: 'task', title: 'Einmal', severity: 'low' }] };
    const first = await must(two.a, ITEMS, variables, dealer.token);
    const replayed = await must(two.b, ITEMS, variables, dealer.token);
    expect(replayed).toEqual(first);
    const reused = await two.b.gql(ITEMS, { ...variables, items: [{ kind: 'task', title: 'Anders', severity: 'low' }] }, { token: dealer.token });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'idempotency_key_reused' });
    expect(await two.a.app.services.orm.em.fork().count(WorkshopItem, { session: sessionId })).toBe(1);
  });
});
