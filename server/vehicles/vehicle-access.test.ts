import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import type { Actor } from '../auth/actor.ts';
import { authScopesFor } from '../auth/scopes.ts';
import type { Context } from '../context.ts';
import { sqlStatementCount } from '../db/statement-counter.ts';
import type { Role } from '../identity/roles.ts';
import { createRequestScope, type RequestScope } from '../request-scope.ts';
import { decidedVehicleAccess, primeVehicles } from './vehicle-access.ts';
import { Vehicle } from './vehicle.entity.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

/** The scopes as scope-auth evaluates them for a request (the Yoga parts of the context are not read). */
const scopesOf = (scope: RequestScope) => authScopesFor(scope as Context);

const actorOf = (account: { userId: string }, role: Role): Actor => ({ userId: account.userId, role, via: 'session', consentComplete: true });

describe('vehicle access decided by a loaded page', () => {
  it('answers the object scopes of the actor’s own primed vehicles at once, without a statement; others still look up', async () => {
    const owner = await signInAs(server, 'dealer');
    const stranger = await signInAs(server, 'dealer');
    const admin = await signInAs(server, 'admin');
    const vehicle = await createVehicle(server, owner.token);
    const [record] = await server.app.services.orm.em.fork().getRepository(Vehicle).recordsByIds([vehicle.id]);

    const ownScope = createRequestScope(server.app.services, { actor: actorOf(owner, 'dealer') });
    primeVehicles(ownScope, [record!]);
    expect(decidedVehicleAccess(ownScope, vehicle.id)).toBe('own');
    const before = sqlStatementCount(server.app.services.orm);
    const scopes = scopesOf(ownScope);
    // A plain boolean, not a promise: the type scopes of the vehicle and its entries resolve without waiting.
    expect(scopes.ownsVehicle(vehicle.id)).toBe(true);
    expect(scopes.ownsVehicleInPerson(vehicle.id)).toBe(true);
    expect(sqlStatementCount(server.app.services.orm)).toBe(before);

    const adminScope = createRequestScope(server.app.services, { actor: actorOf(admin, 'admin') });
    primeVehicles(adminScope, [record!]);
    expect(scopesOf(adminScope).ownsVehicle(vehicle.id)).toBe(true);

    // A record the actor does not own decides nothing by itself (org staff need their businesses read).
    const strangerScope = createRequestScope(server.app.services, { actor: actorOf(stranger, 'dealer') });
    primeVehicles(strangerScope, [record!]);
    expect(decidedVehicleAccess(strangerScope, vehicle.id)).toBeUndefined();
    const answer = scopesOf(strangerScope).ownsVehicle(vehicle.id);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe(false);
    // Once looked up, the refusal is decided for the rest of the request.
    expect(decidedVehicleAccess(strangerScope, vehicle.id)).toBeNull();

    const moderatorScope = createRequestScope(server.app.services, { actor: actorOf(stranger, 'moderator') });
    primeVehicles(moderatorScope, [record!]);
    expect(await scopesOf(moderatorScope).ownsVehicle(vehicle.id)).toBe(false);
  });
});
