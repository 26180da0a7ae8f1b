import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { errorOf, signInAs, startServer, testEngine, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, MY_VEHICLES_WITH_DUE_ITEMS } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { isIssuedId } from '../db/ids.ts';
import { sqlStatementCount } from '../db/statement-counter.ts';
import { todayInGermany } from '../entries/entry-rules.ts';
import { addMonths, daysBetween } from './due.ts';
import { ServicePlanItem } from './plan.entity.ts';
import { dueItemsOfVehicles } from './plan.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const em = () => server.app.services.orm.em.fork();
const today = todayInGermany();
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const ITEM = 'id kind title intervalMonths intervalKm satisfiedBy due { state dueDate dueKm lastDoneDate lastDoneKm estimatedKm }';
const PLAN = `query($id: ID!) { vehicle(id: $id) { firstRegistration servicePlan { ${ITEM} } nextDue { id kind due { state } } } }`;
const ADD = `mutation($v: ID!, $input: ServicePlanItemInput!) { addServicePlanItem(vehicleId: $v, input: $input) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $input: ServicePlanItemInput!) { updateServicePlanItem(id: $id, input: $input) { ${ITEM} } }`;
const REMOVE = `mutation($id: ID!) { removeServicePlanItem(id: $id) }`;
const DUE_ITEMS = `query($states: [DueState!]) { dueItems(states: $states) { vehicle { id make } item { id kind title due { state dueDate } } } }`;

async function ownerWithVehicle(input: Record<string, unknown> = {}, role: 'user' | 'vip' | 'dealer' = 'user') {
  const owner = await signInAs(server, role);
  const { id } = await createVehicle(server, owner.token, input);
  return { ...owner, vehicleId: id };
}

async function planOf(token: string, vehicleId: string) {
  const response = await server.gql(PLAN, { id: vehicleId }, { token });
  if (!response.data?.vehicle) throw new Error(JSON.stringify(response.errors));
  return response.data.vehicle;
}

const byKind = (plan: { kind: string }[], kind: string) => plan.find((item) => item.kind === kind) as Record<string, any>;

describe('the suggested plan and the first registration', () => {
  it('gives a new vehicle HU/AU every 24 months, Inspektion every 12 months or 15 000 km and Bremsflüssigkeit every 24 months', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const vehicle = await planOf(token, vehicleId);
    expect(vehicle.firstRegistration).toBeNull();
    expect(vehicle.servicePlan.map((item: Record<string, unknown>) => [item.kind, item.title, item.intervalMonths, item.intervalKm, item.satisfiedBy])).toEqual([
      ['hu_au', 'HU/AU', 24, null, ['inspection']],
      ['inspektion', 'Inspektion', 12, 15000, ['service', 'inspection']],
      ['bremsfluessigkeit', 'Bremsflüssigkeit', 24, null, ['service']],
    ]);
    // Nothing to count from yet: no entry and no first registration.
    for (const item of vehicle.servicePlan) expect(item.due).toEqual({ state: 'ok', dueDate: null, dueKm: null, lastDoneDate: null, lastDoneKm: null, estimatedKm: null });
  });

  it('takes the first registration on create and update; HU/AU counts from it; invalid dates are refused', async () => {
    const firstRegistration = addDays(addMonths(today, -24), 10);
    const { token, vehicleId } = await ownerWithVehicle({ firstRegistration });
    const vehicle = await planOf(token, vehicleId);
    expect(vehicle.firstRegistration).toBe(firstRegistration);
    expect(byKind(vehicle.servicePlan, 'hu_au').due).toMatchObject({ state: 'bald_faellig', dueDate: addMonths(firstRegistration, 24) });
    // The Inspektion (12 months) is a year overdue: the most urgent item.
    expect(vehicle.nextDue).toMatchObject({ kind: 'inspektion', due: { state: 'ueberfaellig' } });

    const UPDATE_VEHICLE = `mutation($id: ID!, $input: UpdateVehicleInput!) { updateVehicle(id: $id, input: $input) { id firstRegistration } }`;
    const later = addMonths(today, -6);
    expect((await server.gql(UPDATE_VEHICLE, { id: vehicleId, input: { firstRegistration: later } }, { token })).data.updateVehicle.firstRegistration).toBe(later);
    for (const date of [addDays(today, 1), '1885-12-31']) {
      expect(errorOf(await server.gql(UPDATE_VEHICLE, { id: vehicleId, input: { firstRegistration: date } }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_first_registration' });
    }
    expect((await server.gql(UPDATE_VEHICLE, { id: vehicleId, input: { firstRegistration: '2024-02-30' } }, { token })).errors).toBeDefined();
    expect((await server.gql(UPDATE_VEHICLE, { id: vehicleId, input: { firstRegistration: null } }, { token })).data.updateVehicle.firstRegistration).toBeNull();
  });
});

describe('due from the entries', () => {
  it('counts from the latest version of the latest satisfying entry; withdrawn entries and other types do not count', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const older = addMonths(today, -14);
    const newer = addMonths(today, -3);
    await addEntry(server, token, vehicleId, { date: older, type: 'service', odometerKm: 10_000 });
    const recent = await addEntry(server, token, vehicleId, { date: newer, type: 'service', odometerKm: 20_000 });
    await addEntry(server, token, vehicleId, { date: addDays(today, -1), type: 'tires', odometerKm: 20_900 });

    let inspektion = byKind((await planOf(token, vehicleId)).servicePlan, 'inspektion');
    expect(inspektion.due).toMatchObject({ lastDoneDate: newer, lastDoneKm: 20_000, dueDate: addMonths(newer, 12), dueKm: 35_000 });

    // A revision moves the reading: the latest version counts.
    const REVISE = `mutation($id: ID!, $input: ReviseServiceEntryInput!) { reviseServiceEntry(entryId: $id, input: $input) { id } }`;
    const revised = await server.gql(REVISE, { id: recent.id, input: { odometerKm: 20_500 } }, { token });
    expect(revised.errors).toBeUndefined();
    inspektion = byKind((await planOf(token, vehicleId)).servicePlan, 'inspektion');
    expect(inspektion.due).toMatchObject({ lastDoneKm: 20_500, dueKm: 35_500 });

    // Withdrawn: the older entry is the last one done again, a year and two months ago.
    const WITHDRAW = `mutation($id: ID!) { withdrawServiceEntry(entryId: $id, reason: "falsch erfasst") { id } }`;
    expect((await server.gql(WITHDRAW, { id: revised.data.reviseServiceEntry.id }, { token })).errors).toBeUndefined();
    inspektion = byKind((await planOf(token, vehicleId)).servicePlan, 'inspektion');
    expect(inspektion.due).toMatchObject({ state: 'ueberfaellig', lastDoneDate: older, lastDoneKm: 10_000, dueDate: addMonths(older, 12), dueKm: 25_000 });
    expect(inspektion.due.estimatedKm).toBeGreaterThanOrEqual(20_900);
  });

  it('estimates the current reading from the km per day and turns bald fällig within 1 000 km', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const start = addDays(today, -100);
    // 10 km a day: 14 000 km at the last reading 10 days ago, about 14 100 today; due at 15 000.
    await addEntry(server, token, vehicleId, { date: start, type: 'service', odometerKm: 13_000 });
    await addEntry(server, token, vehicleId, { date: addDays(today, -10), type: 'tires', odometerKm: 13_900 });
    const due = byKind((await planOf(token, vehicleId)).servicePlan, 'inspektion').due;
    expect(due).toMatchObject({ dueKm: 28_000, estimatedKm: 14_000, state: 'ok' });
    await addEntry(server, token, vehicleId, { date: addDays(today, -1), type: 'tires', odometerKm: 27_100 });
    expect(byKind((await planOf(token, vehicleId)).servicePlan, 'inspektion').due.state).toBe('bald_faellig');
  });
});

describe('editing the plan', () => {
  it('adds, updates and removes items, audited as owner edits without the custom title', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const added = await server.gql(ADD, { v: vehicleId, input: { kind: 'custom', title: '  Klimaanlage GEHEIM  ', intervalMonths: 24, satisfiedBy: ['repair', 'service'] } }, { token });
    expect(added.errors).toBeUndefined();
    const item = added.data.addServicePlanItem;
    expect(item).toMatchObject({ kind: 'custom', title: 'Klimaanlage GEHEIM', intervalMonths: 24, intervalKm: null, satisfiedBy: ['service', 'repair'] });

    const oil = await server.gql(ADD, { v: vehicleId, input: { kind: 'oelwechsel', intervalKm: 20_000 } }, { token });
    expect(oil.data.addServicePlanItem).toMatchObject({ title: 'Ölwechsel', satisfiedBy: ['service'], intervalKm: 20_000 });
    // The plan is shown by kind, custom items last.
    expect((await planOf(token, vehicleId)).servicePlan.map((entry: { kind: string }) => entry.kind)).toEqual(['hu_au', 'inspektion', 'oelwechsel', 'bremsfluessigkeit', 'custom']);

    const updated = await server.gql(UPDATE, { id: item.id, input: { kind: 'zahnriemen', intervalMonths: 72, intervalKm: 120_000 } }, { token });
    expect(updated.data.updateServicePlanItem).toMatchObject({ id: item.id, kind: 'zahnriemen', title: 'Zahnriemen', intervalMonths: 72, intervalKm: 120_000, satisfiedBy: ['service', 'repair'] });
    expect((await server.gql(REMOVE, { id: item.id }, { token })).data.removeServicePlanItem).toBe(true);
    expect(await em().count(ServicePlanItem, { id: item.id })).toBe(0);

    const audits = await em().find(AuditEvent, { targetId: item.id }, { orderBy: { at: 'asc' } });
    expect(audits.map((audit) => audit.action).sort()).toEqual(['SERVICE_PLAN_ITEM_ADDED', 'SERVICE_PLAN_ITEM_REMOVED', 'SERVICE_PLAN_ITEM_UPDATED']);
    for (const audit of audits) expect(audit).toMatchObject({ targetType: 'service_plan_item', scope: 'own', metadata: { vehicleId, planItemId: item.id } });
    expect(JSON.stringify(audits)).not.toContain('GEHEIM');
  });

  it('publishes every kind with its label and the entry types an item of it gets when none are given', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const kinds = (await server.gql('{ servicePlanKinds { kind title satisfiedBy } }', {}, { token })).data.servicePlanKinds;
    expect(kinds.map((kind: { kind: string }) => kind.kind)).toEqual(['hu_au', 'inspektion', 'oelwechsel', 'zahnriemen', 'bremsfluessigkeit', 'reifenwechsel', 'custom']);
    expect(kinds.at(-1)).toEqual({ kind: 'custom', title: 'Eigener Punkt', satisfiedBy: [] });
    // What a form offers is what the server then stores for an item without satisfiedBy.
    const belt = kinds.find((kind: { kind: string }) => kind.kind === 'zahnriemen');
    const added = await server.gql(ADD, { v: vehicleId, input: { kind: 'zahnriemen', intervalMonths: 72 } }, { token });
    expect(added.data.addServicePlanItem).toMatchObject({ title: belt.title, satisfiedBy: belt.satisfiedBy });
    expect(errorOf(await server.gql('{ servicePlanKinds { kind } }'))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });

  it('refuses invalid items with a reason', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const refused: [Record<string, unknown>, string, string][] = [
      [{ kind: 'oelwechsel' }, 'BAD_USER_INPUT', 'service_plan_interval_missing'],
      [{ kind: 'oelwechsel', intervalMonths: 0 }, 'BAD_USER_INPUT', 'invalid_service_plan_interval'],
      [{ kind: 'oelwechsel', intervalMonths: 121 }, 'BAD_USER_INPUT', 'invalid_service_plan_interval'],
      [{ kind: 'oelwechsel', intervalKm: -5 }, 'BAD_USER_INPUT', 'invalid_service_plan_interval'],
      [{ kind: 'oelwechsel', intervalKm: 500_001 }, 'BAD_USER_INPUT', 'invalid_service_plan_interval'],
      [{ kind: 'oelwechsel', intervalKm: 10_000, title: 'Öl' }, 'BAD_USER_INPUT', 'invalid_service_plan_title'],
      [{ kind: 'custom', intervalKm: 10_000, satisfiedBy: ['service'] }, 'BAD_USER_INPUT', 'invalid_service_plan_title'],
      [{ kind: 'custom', title: 'x'.repeat(61), intervalKm: 10_000, satisfiedBy: ['service'] }, 'BAD_USER_INPUT', 'invalid_service_plan_title'],
      [{ kind: 'custom', title: 'Wischer', intervalKm: 10_000 }, 'BAD_USER_INPUT', 'invalid_service_plan_satisfied_by'],
      [{ kind: 'oelwechsel', intervalKm: 10_000, satisfiedBy: [] }, 'BAD_USER_INPUT', 'invalid_service_plan_satisfied_by'],
      [{ kind: 'hu_au', intervalMonths: 12 }, 'CONFLICT', 'service_plan_kind_exists'],
    ];
    for (const [input, code, reason] of refused) {
      expect(errorOf(await server.gql(ADD, { v: vehicleId, input }, { token })), JSON.stringify(input)).toEqual({ code, reason });
    }
    // Changing an item into a kind the plan already has is refused too.
    const [huAu, inspektion] = (await planOf(token, vehicleId)).servicePlan;
    expect(errorOf(await server.gql(UPDATE, { id: inspektion.id, input: { kind: 'hu_au', intervalMonths: 24 } }, { token }))).toEqual({ code: 'CONFLICT', reason: 'service_plan_kind_exists' });
    expect((await server.gql(UPDATE, { id: huAu.id, input: { kind: 'hu_au', intervalMonths: 12 } }, { token })).data.updateServicePlanItem.intervalMonths).toBe(12);
    expect(await em().count(ServicePlanItem, { vehicle: vehicleId })).toBe(3);
  });

  it('holds at most 30 items, also when many are added at once', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const attempts = await Promise.all(
      Array.from({ length: 32 }, (_, index) => server.gql(ADD, { v: vehicleId, input: { kind: 'custom', title: `Punkt ${index}`, intervalMonths: 6, satisfiedBy: ['other'] } }, { token })),
    );
    expect(attempts.filter((response) => response.data?.addServicePlanItem)).toHaveLength(27);
    for (const response of attempts.filter((each) => each.errors)) expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'service_plan_item_limit_reached' });
    expect(await em().count(ServicePlanItem, { vehicle: vehicleId })).toBe(30);
  });
});

describe('the due list of all own vehicles', () => {
  it('lists every item of the own vehicles, most urgent first, filtered by state; org vehicles are not own', async () => {
    const owner = await signInAs(server, 'vip');
    const overdue = await createVehicle(server, owner.token, { make: 'Porsche', firstRegistration: addMonths(today, -30) });
    const fresh = await createVehicle(server, owner.token, { make: 'Audi', firstRegistration: addDays(addMonths(today, -12), 20) });
    const staff = await signInAs(server, 'dealer');
    await businessWithStaff(server, owner.userId, staff.userId);

    const all = (await server.gql(DUE_ITEMS, {}, { token: owner.token })).data.dueItems;
    expect(all).toHaveLength(6);
    const states = all.map((entry: any) => entry.item.due.state);
    expect(states).toEqual(['ueberfaellig', 'ueberfaellig', 'ueberfaellig', 'bald_faellig', 'ok', 'ok']);
    expect(all[3]).toMatchObject({ vehicle: { id: fresh.id, make: 'Audi' }, item: { kind: 'inspektion', due: { dueDate: addDays(today, 20) } } });
    const overdueDates = all.slice(0, 3).map((entry: any) => entry.item.due.dueDate);
    expect([...overdueDates].sort()).toEqual(overdueDates);

    const soon = (await server.gql(DUE_ITEMS, { states: ['bald_faellig', 'ueberfaellig'] }, { token: owner.token })).data.dueItems;
    expect(soon.map((entry: any) => entry.vehicle.id)).toEqual([overdue.id, overdue.id, overdue.id, fresh.id]);
    expect((await server.gql(DUE_ITEMS, {}, { token: staff.token })).data.dueItems).toEqual([]);
    // Org staff still see and edit the owner's plan, audited as org work.
    const plan = await planOf(staff.token, overdue.id);
    const edited = await server.gql(UPDATE, { id: plan.servicePlan[0].id, input: { kind: 'hu_au', intervalMonths: 36 } }, { token: staff.token });
    expect(edited.data.updateServicePlanItem.due).toMatchObject({ state: 'ok', dueDate: addMonths(addMonths(today, -30), 36) });
    expect((await em().findOneOrFail(AuditEvent, { action: 'SERVICE_PLAN_ITEM_UPDATED', targetId: plan.servicePlan[0].id })).scope).toBe('org');
  });

  it('dueItemsOfVehicles costs the same statements for 2 and 12 vehicles', async () => {
    const owner = await signInAs(server, 'dealer');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { id } = await createVehicle(server, owner.token, { firstRegistration: addMonths(today, -i * 5) });
      await addEntry(server, owner.token, id, { date: addMonths(today, -i), odometerKm: 1000 * i });
      ids.push(id);
    }
    const orm = server.app.services.orm;
    const measure = async (vehicleIds: string[]) => {
      await server.app.services.jobs.stop();
      const before = sqlStatementCount(orm);
      const items = await dueItemsOfVehicles(orm.em.fork(), vehicleIds, today);
      return { statements: sqlStatementCount(orm) - before, items };
    };
    const two = await measure(ids.slice(0, 2));
    const twelve = await measure(ids);
    expect(two.items).toHaveLength(6);
    expect(twelve.items).toHaveLength(36);
    expect(twelve.statements).toBe(two.statements);
    expect(twelve.statements).toBeLessThanOrEqual(3);
    const first = twelve.items[0]!;
    expect(first).toMatchObject({ state: 'ueberfaellig' });
    expect(Object.keys(first).sort()).toEqual(['dueDate', 'dueKm', 'kind', 'planItemId', 'state', 'title', 'vehicleId']);
    expect(await dueItemsOfVehicles(orm.em.fork(), [], today)).toEqual([]);
    expect(daysBetween(today, twelve.items.at(-1)!.dueDate ?? today)).toBeGreaterThanOrEqual(0);

    // Past 500 vehicles the plans are read in parts (bounded memory for the daily digest), and the
    // items still come most urgent first over all of them: the 12 among 1,000 ids that own nothing.
    const many: string[] = Array.from({ length: 1_000 }, () => randomUUID());
    ids.forEach((id, index) => (many[index * 83] = id));
    const spread = await measure(many);
    expect(spread.items).toEqual(twelve.items);
    expect(spread.statements).toBe(2 * twelve.statements);
  });
});

describe('batched loading', () => {
  /** A dealer (no vehicle limit) with `count` vehicles, each with a first registration and two entries. */
  async function dealerWithVehicles(count: number) {
    const dealer = await signInAs(server, 'dealer');
    for (let i = 0; i < count; i++) {
      const { id } = await createVehicle(server, dealer.token, { firstRegistration: addMonths(today, -(i % 40) - 3) });
      await addEntry(server, dealer.token, id, { date: addMonths(today, -(i % 12) - 1), odometerKm: 1000 + i });
      await addEntry(server, dealer.token, id, { date: addDays(today, -3), type: 'tires', odometerKm: 3000 + i });
    }
    return dealer;
  }

  it('my vehicles with due items costs the same number of SQL statements for 5 and 50 vehicles', async () => {
    const small = await dealerWithVehicles(5);
    const large = await dealerWithVehicles(50);
    await server.app.services.jobs.stop();
    const statementsFor = async (token: string) => {
      await server.gql('{ me { id } }', {}, { token });
      await server.app.services.pendingWrites.drain();
      const before = sqlStatementCount(server.app.services.orm);
      const response = await server.gql(MY_VEHICLES_WITH_DUE_ITEMS, { first: 50 }, { token });
      const dueList = await server.gql(DUE_ITEMS, {}, { token });
      await server.app.services.pendingWrites.drain();
      return { statements: sqlStatementCount(server.app.services.orm) - before, response, dueList };
    };
    const five = await statementsFor(small.token);
    const fifty = await statementsFor(large.token);
    expect(fifty.response.errors).toBeUndefined();
    expect(fifty.response.data.myVehicles.edges).toHaveLength(50);
    expect(fifty.dueList.data.dueItems).toHaveLength(150);
    const first = fifty.response.data.myVehicles.edges[0].node;
    expect(first.servicePlan).toHaveLength(3);
    expect(first.servicePlan[1].due.lastDoneDate).toBe(addMonths(today, -1));
    expect(first.nextDue).not.toBeNull();
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe('who may see and edit the plan', () => {
  it('owner, org staff and admins; everyone else is refused; admins learn NOT_FOUND for unknown items', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const itemId = (await planOf(token, vehicleId)).servicePlan[0].id;
    const admin = await signInAs(server, 'admin');
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });
    const missing = crypto.randomUUID();
    const attempts: [string, Record<string, unknown>][] = [
      [ADD, { v: vehicleId, input: { kind: 'oelwechsel', intervalKm: 10_000 } }],
      [UPDATE, { id: itemId, input: { kind: 'hu_au', intervalMonths: 12 } }],
      [UPDATE, { id: missing, input: { kind: 'hu_au', intervalMonths: 12 } }],
      [REMOVE, { id: itemId }],
      [PLAN, { id: vehicleId }],
    ];
    for (const [query, variables] of attempts) {
      const label = `${query.slice(0, 40)} ${JSON.stringify(variables)}`;
      expect(errorOf(await server.gql(query, variables)), label).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect(errorOf(await server.gql(query, variables, { token: moderator.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(query, variables, { token: noConsent.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
      expect(errorOf(await server.gql(query, variables, { token: other.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    expect(errorOf(await server.gql(DUE_ITEMS, {}))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect((await server.gql(DUE_ITEMS, {}, { token: other.token })).data.dueItems).toEqual([]);
    expect(errorOf(await server.gql(REMOVE, { id: missing }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'service_plan_item_not_found' });
    expect((await server.gql(REMOVE, { id: itemId }, { token: admin.token })).data.removeServicePlanItem).toBe(true);
    expect((await em().findOneOrFail(AuditEvent, { action: 'SERVICE_PLAN_ITEM_REMOVED', targetId: itemId })).scope).toBeNull();
    expect(await em().count(ServicePlanItem, { vehicle: vehicleId })).toBe(2);
  });
});

describe('vehicles registered before the plan existed', () => {
  it('get the suggested plan from the migration', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const expected = (await planOf(token, vehicleId)).servicePlan.map((item: Record<string, unknown>) => [item.kind, item.intervalMonths, item.intervalKm, item.satisfiedBy]);
    await em().nativeDelete(ServicePlanItem, {});
    const folder = testEngine === 'postgresql' ? 'postgresql' : 'sqlite';
    const [file] = readdirSync(new URL(`../../migrations/${folder}/`, import.meta.url)).filter((name) => name.endsWith('_ServicePlan.ts'));
    const module = await import(`../../migrations/${folder}/${file!.slice(0, -3)}.ts`);
    const migration = new (Object.values(module)[0] as new (...args: unknown[]) => { up(): void; getQueries(): { sql: string }[] | string[] })(server.app.services.orm.em.getDriver(), server.app.services.orm.config);
    await migration.up();
    const inserts = migration.getQueries().map((query) => (typeof query === 'string' ? query : query.sql)).filter((sql) => sql.startsWith('insert into'));
    expect(inserts).toHaveLength(3);
    for (const sql of inserts) await server.app.services.orm.em.getConnection().execute(sql);
    const rows = await em().find(ServicePlanItem, { vehicle: vehicleId });
    expect(rows.every((row) => isIssuedId(row.id))).toBe(true);
    expect((await planOf(token, vehicleId)).servicePlan.map((item: Record<string, unknown>) => [item.kind, item.intervalMonths, item.intervalKm, item.satisfiedBy])).toEqual(expected);
  });
});
