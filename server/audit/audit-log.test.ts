import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { AuditEvent } from './audit-event.entity.ts';

let server: TestServer;
let admin: Awaited<ReturnType<typeof signInAs>>;
let target: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
  admin = await signInAs(server, 'admin');
  target = await signInAs(server, 'user');
  // Some history: a granted role, a refused grant and a denial by a plain user.
  const GRANT = 'mutation($userId: ID!, $role: Role!, $stepUp: String) { grantRole(userId: $userId, role: $role, stepUpToken: $stepUp) { id } }';
  await server.gql(GRANT, { userId: target.userId, role: 'vip', stepUp: await stepUp(server, admin, 'role_grant') }, { token: admin.token });
  await server.gql(GRANT, { userId: target.userId, role: 'dealer' }, { token: admin.token });
  await server.gql('{ users { edges { node { id } } } }', {}, { token: target.token });
  await server.app.services.pendingWrites.drain();
});
afterAll(async () => server.close());
// Denials are audited in the background: let them land before a test reads the log.
beforeEach(async () => server.app.services.pendingWrites.drain());

const LOG = `query($actions: [String!], $actorId: ID, $targetType: String, $targetId: ID, $result: AuditResult, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditLog(actions: $actions, actorId: $actorId, targetType: $targetType, targetId: $targetId, result: $result, from: $from, to: $to, first: $first, after: $after) {
    edges { node { id at actorType actorId actorRole action targetType targetId result reason requestId metadata } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Node = { id: string; at: string; action: string; actorId: string | null; targetId: string | null; result: string; reason: string | null; metadata: string | null };
const nodes = (response: { data?: { auditLog: { edges: { node: Node }[] } } }): Node[] => response.data!.auditLog.edges.map((edge) => edge.node);

describe('auditLog', () => {
  it('is for admins only', async () => {
    expect(errorOf(await server.gql(LOG))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    for (const role of ['user', 'vip', 'dealer'] as const) {
      const account = await signInAs(server, role);
      const response = await server.gql(LOG, {}, { token: account.token });
      expect(errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(response.data?.auditLog).toBeNull();
    }
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(LOG, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('filters by action, actor, target and result', async () => {
    const granted = nodes(await server.gql(LOG, { actions: ['ROLE_GRANTED'] }, { token: admin.token }));
    expect(granted.map((event) => [event.action, event.actorId, event.targetId, event.result, event.reason])).toEqual([
      ['ROLE_GRANTED', admin.userId, target.userId, 'success', null],
    ]);
    expect(JSON.parse(granted[0]!.metadata!)).toEqual({ previousRole: 'user', newRole: 'vip' });

    const stepUps = nodes(await server.gql(LOG, { actions: ['ADMIN_STEP_UP_GRANTED', 'ADMIN_STEP_UP_CONSUMED', 'ADMIN_STEP_UP_FAILED'] }, { token: admin.token }));
    expect(stepUps.map((event) => event.action).sort()).toEqual(['ADMIN_STEP_UP_CONSUMED', 'ADMIN_STEP_UP_FAILED', 'ADMIN_STEP_UP_GRANTED']);

    const byTarget = nodes(await server.gql(LOG, { targetType: 'user', targetId: target.userId }, { token: admin.token }));
    expect(byTarget.length).toBeGreaterThan(0);
    expect(byTarget.every((event) => event.targetId === target.userId)).toBe(true);

    const deniedForTarget = nodes(await server.gql(LOG, { actorId: target.userId, result: 'denied' }, { token: admin.token }));
    expect(deniedForTarget.map((event) => [event.action, event.reason])).toEqual([['ACCESS_DENIED', 'forbidden']]);

    const deniedForAdmin = nodes(await server.gql(LOG, { actorId: admin.userId, result: 'denied' }, { token: admin.token }));
    expect(deniedForAdmin.map((event) => event.reason)).toEqual(['admin_step_up_required']);
  });

  it('filters by time range (from inclusive, to exclusive)', async () => {
    const all = nodes(await server.gql(LOG, { first: 100 }, { token: admin.token }));
    const pivot = all[Math.floor(all.length / 2)]!;
    const from = nodes(await server.gql(LOG, { from: pivot.at, first: 100 }, { token: admin.token }));
    const to = nodes(await server.gql(LOG, { to: pivot.at, first: 100 }, { token: admin.token }));
    expect(from.every((event) => event.at >= pivot.at)).toBe(true);
    expect(to.every((event) => event.at < pivot.at)).toBe(true);
    expect(from.map((event) => event.id)).toContain(pivot.id);
    expect(from.length + to.length).toBe(all.length);
    const empty = await server.gql(LOG, { from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }, { token: admin.token });
    expect(nodes(empty)).toEqual([]);
    expect(errorOf(await server.gql(LOG, { from: pivot.at, to: pivot.at }, { token: admin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_time_range' });
  });

  it('pages newest first with cursors', async () => {
    const all = nodes(await server.gql(LOG, { first: 100 }, { token: admin.token }));
    expect(all.length).toBeGreaterThan(6);
    expect([...all].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).map((event) => event.at)).toEqual(all.map((event) => event.at));
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const response = await server.gql(LOG, { first: 3, after }, { token: admin.token });
      seen.push(...nodes(response).map((event) => event.id));
      if (!response.data.auditLog.pageInfo.hasNextPage) break;
      after = response.data.auditLog.pageInfo.endCursor;
    }
    // Reading the log writes nothing to it, so the walk sees exactly the events listed at once.
    expect(seen).toEqual(all.map((event) => event.id));
  });

  it('never exposes emails, codes or tokens', async () => {
    const response = await server.gql(LOG, { first: 100 }, { token: admin.token });
    const text = JSON.stringify(response);
    expect(text).not.toContain(admin.email);
    expect(text).not.toContain(target.email);
    expect(text).not.toContain(target.token);
    const stored = await server.app.services.orm.em.fork().count(AuditEvent, {});
    expect(stored).toBeGreaterThanOrEqual(nodes(response).length);
  });
});
