import {
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../server/audit/audit-event.entity.ts';
import { schema } from '../server/schema.ts';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';
import { rootFields, sample, send, type BuiltOperation, type RootField } from './root-operations.ts';
import { addEntry, createVehicle } from './vehicle-fixtures.ts';

/**
 * Issue 12, item 6 (and the bounds of item 3): every string argument position of every root
 * field — arguments, fields of input objects, list items, optional ones included — gets NUL,
 * other control characters, a 100 001-character string, a bidi override and an unpaired
 * surrogate, anonymously and as superadmin. Each is refused with BAD_USER_INPUT before
 * execution (no resolver, no scope check: nothing is audited), never INTERNAL_SERVER_ERROR.
 * Anonymous uploads are the exception: they are refused as UNAUTHENTICATED before the multipart
 * body is even read (upload-parser.ts).
 */

let server: TestServer;
let superadmin: { token: string };
beforeAll(async () => {
  server = await startServer();
  superadmin = await signInAs(server, 'superadmin');
});
afterAll(async () => server.close());

interface Position {
  root: RootField;
  argument: string;
  /** Input object fields below the argument. */
  path: string[];
  label: string;
}

/** Every place a string (String, ID, a cursor or a DateTime) can be given, found in the live schema. */
function stringPositions(root: RootField): Position[] {
  const positions: Position[] = [];
  const walk = (type: GraphQLInputType, argument: string, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && ['String', 'ID', 'DateTime'].includes(named.name)) {
      positions.push({ root, argument, path, label: `${root.name}(${[argument, ...path].join('.')})` });
    } else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const field of Object.values(named.getFields())) walk(field.type, argument, [...path, field.name], new Set([...seen, named.name]));
    }
  };
  for (const argument of root.field.args) walk(argument.type, argument.name, [], new Set());
  return positions;
}

/** Wraps a value into the lists a type expects (`[String!]` gets `[value]`). */
function fitted(type: GraphQLInputType, value: unknown): unknown {
  if (isNonNullType(type)) return fitted(type.ofType, value);
  return isListType(type) ? [fitted(type.ofType, value)] : value;
}

/** The field's required arguments with plausible values, plus `value` at the position. */
function operationWith(position: Position, value: string): BuiltOperation {
  const { root } = position;
  const uploads: string[] = [];
  const variables: Record<string, unknown> = {};
  const used = root.field.args.filter((argument) => isRequiredArgument(argument) || argument.name === position.argument);
  used.forEach((argument, index) => {
    let current = sample(argument.type, `variables.a${index}`, uploads);
    if (argument.name === position.argument) {
      if (position.path.length === 0) current = fitted(argument.type, value);
      else {
        let type = getNamedType(argument.type);
        current = (current ?? {}) as Record<string, unknown>;
        // A list of input objects (addWorkshopItems(items)): the value goes into its item.
        const itemOf = (value: unknown) => (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
        let target = itemOf(current);
        position.path.forEach((name, depth) => {
          if (!isInputObjectType(type)) throw new Error(`not an input object at ${position.label}`);
          const field = type.getFields()[name]!;
          if (depth === position.path.length - 1) target[name] = fitted(field.type, value);
          else {
            target[name] = (target[name] as Record<string, unknown> | undefined) ?? {};
            target = itemOf(target[name]);
            type = getNamedType(field.type);
          }
        });
      }
    }
    variables[`a${index}`] = current;
  });
  const definitions = used.map((argument, index) => `$a${index}: ${String(argument.type)}`);
  const call = used.length > 0 ? `${root.name}(${used.map((argument, index) => `${argument.name}: $a${index}`).join(', ')})` : root.name;
  const composite = isCompositeType(getNamedType(root.field.type));
  const header = definitions.length > 0 ? `${root.operation} Hostile(${definitions.join(', ')})` : root.operation;
  return { query: `${header} { ${call}${composite ? ' { __typename }' : ''} }`, variables, uploads };
}

const HOSTILE: Record<string, string> = {
  nul: 'a\u0000b',
  'control characters': 'a\u0007\u001b[31mb',
  // One more than the longest text allowed anywhere (an article body).
  '100 001 characters': 'B'.repeat(100_001),
  'bidi override': '\u202Egolf',
  'unpaired surrogate': 'golf\uD800',
};

const POSITIONS = rootFields(schema).flatMap(stringPositions);

describe('hostile strings in every string argument position', () => {
  it('finds the positions of the whole schema (the walk itself works)', () => {
    const labels = POSITIONS.map((position) => position.label);
    expect(labels).toEqual(expect.arrayContaining(['article(slug)', 'createVehicle(input.make)', 'addServiceEntry(input.note)', 'myVehicles(after)', 'auditLog(actions)']));
    expect(POSITIONS.length).toBeGreaterThan(100);
  });

  for (const [caller, tokenOf] of [['anonymous', () => undefined], ['superadmin', () => superadmin.token]] as const) {
    it(`are refused with BAD_USER_INPUT before execution (${caller})`, async () => {
      const answers: Record<string, string> = {};
      const expected: Record<string, string> = {};
      let request = 0;
      for (const position of POSITIONS) {
        for (const [name, value] of Object.entries(HOSTILE)) {
          const key = `${position.label} ${name}`;
          const anonymousUpload = caller === 'anonymous' && position.root.name === 'uploadDocument';
          const requestId = `${anonymousUpload ? 'upload' : 'hostile'}-${caller}-${++request}`;
          const answer = await send(server, operationWith(position, value), { token: tokenOf(), headers: { 'x-request-id': requestId } });
          answers[key] = `${answer.status < 500 ? 'ok' : answer.status} ${errorOf(answer).code}`;
          expected[key] = anonymousUpload ? 'ok UNAUTHENTICATED' : 'ok BAD_USER_INPUT';
        }
      }
      expect(answers).toEqual(expected);
      await server.app.services.pendingWrites.drain();
      const audited = await server.app.services.orm.em.fork().count(AuditEvent, { requestId: { $like: `hostile-${caller}-%` } });
      expect(audited).toBe(0);
      // One request per position and hostile value: the walk grows with the schema.
    }, 120_000);
  }
});

describe('long input never reaches a regex (item 3)', () => {
  it("a superadmin's 900 000-character user id is refused before any work: no log line carries it", async () => {
    const logLines = server.logs.length;
    const answer = await server.gql(
      'mutation($b: ID!, $u: ID!) { addVipBusinessStaff(businessId: $b, userId: $u) { id } }',
      { b: crypto.randomUUID(), u: 'B'.repeat(900_000) },
      { token: superadmin.token },
    );
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
    const newLines = server.logs.slice(logLines);
    expect(newLines.length).toBeGreaterThan(0);
    expect(newLines.filter((line) => line.length > 2_000)).toEqual([]);
  });
});

describe('text rules by kind (item 6)', () => {
  let owner: { token: string };
  let vehicleId: string;
  beforeAll(async () => {
    owner = await signInAs(server, 'user');
    vehicleId = (await createVehicle(server, owner.token)).id;
  });

  it('the reported NUL in a literal slug is BAD_USER_INPUT, anonymously, and nothing is looked up', async () => {
    const answer = await server.gql('{ article(kind: blog, slug: "a\\u0000b") { title } }');
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_characters' });
    expect(answer.data ?? null).toBeNull();
    // The message names the argument, never the value.
    expect(answer.errors?.[0]?.message).toBe('article(slug) contains control characters, bidi overrides or unpaired surrogates');
  });

  it('make, model and nickname refuse bidi overrides and isolates, but right-to-left text itself is fine', async () => {
    const update = (input: Record<string, unknown>) =>
      server.gql('mutation($id: ID!, $input: UpdateVehicleInput!) { updateVehicle(id: $id, input: $input) { make model nickname } }', { id: vehicleId, input }, { token: owner.token });
    for (const field of ['make', 'model', 'nickname']) {
      for (const control of ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u202A']) {
        expect(errorOf(await update({ [field]: `Golf${control}GTI` })), `${field} U+${control.codePointAt(0)!.toString(16)}`).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_characters' });
      }
    }
    expect((await update({ nickname: 'سيارتي 🚗' })).data.updateVehicle.nickname).toBe('سيارتي 🚗');
  });

  it('single-line text refuses line breaks; notes keep line breaks and tabs', async () => {
    expect(errorOf(await server.gql('mutation($id: ID!) { updateVehicle(id: $id, input: { make: "VW\\nGolf" }) { make } }', { id: vehicleId }, { token: owner.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'invalid_characters',
    });
    const entry = await addEntry(server, owner.token, vehicleId, { note: 'Öl:\n\t5W-30\r\nFilter' });
    expect(entry.note).toBe('Öl:\n\t5W-30\r\nFilter');
    const bell = await server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }',
      { input: { vehicleId, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1, note: 'ding\u0007' } },
      { token: owner.token },
    );
    expect(errorOf(bell)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_characters' });
  });

  it('a single-line argument over 200 characters is text_too_long, counted in characters', async () => {
    const make = (text: string) => server.gql('mutation($id: ID!, $make: String) { updateVehicle(id: $id, input: { make: $make }) { make } }', { id: vehicleId, make: text }, { token: owner.token });
    expect(errorOf(await make('x'.repeat(201)))).toEqual({ code: 'BAD_USER_INPUT', reason: 'text_too_long' });
    // 80 emoji are 160 UTF-16 units but 80 characters: within the envelope and the make limit (80).
    expect((await make('🚗'.repeat(80))).data?.updateVehicle.make).toBe('🚗'.repeat(80));
  });
});

describe('dates and note length (item 13)', () => {
  let owner: { token: string };
  let vehicleId: string;
  beforeAll(async () => {
    owner = await signInAs(server, 'user');
    vehicleId = (await createVehicle(server, owner.token)).id;
  });
  const entryWith = (input: Record<string, unknown>) =>
    server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { date note } }',
      { input: { vehicleId, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1, ...input } },
      { token: owner.token },
    );

  it('refuses dates before 1886-01-01 and accepts the first day', async () => {
    for (const date of ['0000-01-01', '0999-12-31', '1885-12-31']) {
      expect(errorOf(await entryWith({ date })), date).toEqual({ code: 'BAD_USER_INPUT', reason: 'entry_date_too_early' });
    }
    expect((await entryWith({ date: '1886-01-01' })).data.addServiceEntry.date).toBe('1886-01-01');
    const revised = await server.gql('mutation($id: ID!) { reviseServiceEntry(entryId: $id, input: { date: "0000-01-01" }) { id } }', {
      id: (await addEntry(server, owner.token, vehicleId)).id,
    }, { token: owner.token });
    expect(errorOf(revised)).toEqual({ code: 'BAD_USER_INPUT', reason: 'entry_date_too_early' });
  });

  it('a note of 4000 emoji is 4000 characters and accepted; 4001 are refused', async () => {
    expect((await entryWith({ note: '😀'.repeat(4000) })).data.addServiceEntry.note).toBe('😀'.repeat(4000));
    expect(errorOf(await entryWith({ note: '😀'.repeat(4001) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'note_too_long' });
    expect(errorOf(await entryWith({ note: 'x'.repeat(4001) }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'note_too_long' });
  });
});
