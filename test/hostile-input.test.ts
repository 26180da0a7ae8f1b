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

/** Every place a string (String, ID or a cursor) can be given, found in the live schema. */
function stringPositions(root: RootField): Position[] {
  const positions: Position[] = [];
  const walk = (type: GraphQLInputType, argument: string, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (isScalarType(named) && ['String', 'ID'].includes(named.name)) {
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
        let target = current as Record<string, unknown>;
        position.path.forEach((name, depth) => {
          if (!isInputObjectType(type)) throw new Error(`not an input object at ${position.label}`);
          const field = type.getFields()[name]!;
          if (depth === position.path.length - 1) target[name] = fitted(field.type, value);
          else {
            target[name] = (target[name] as Record<string, unknown> | undefined) ?? {};
            target = target[name] as Record<string, unknown>;
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
    });
  }
});
