import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { characterCount } from '../text.ts';
import { isIssuedId } from '../db/ids.ts';
import { isWellFormedCursor } from './cursors.ts';
import type { ReasonFor } from '../error-reasons.ts';
import { refusal } from './refusal.ts';

/**
 * Every string argument is bounded by its type before anything runs: no resolver, scope check,
 * regex or SQL statement sees an unbounded or malformed string (issue 12). The checks are an
 * envelope; services keep the exact domain rules (e.g. a note has at most 4000 characters).
 *
 * - `ID`: a UUID (every id this server makes is one), except the few ids of other things below;
 * - `after` / `before`: a cursor of `cursors.ts`;
 * - `String`: at most 200 characters on one line, or the longer envelope of its name below;
 *   multi-line text (notes, bodies, reasons) may contain line breaks and tabs;
 * - no text anywhere may contain other control characters (C0, DEL, C1), bidi overrides or
 *   isolates (U+202A–U+202E, U+2066–U+2069) or unpaired surrogates.
 *
 * Lengths count Unicode characters (code points), not UTF-16 units.
 */

type Rule =
  | { kind: 'id'; accepts: (value: string) => boolean; description: string }
  | { kind: 'cursor' }
  | { kind: 'text'; max: number; multiline: boolean };

const UUID_RULE: Rule = { kind: 'id', accepts: isIssuedId, description: 'a UUID' };
/** Ids that name something other than a row of ours (an audit target may be an add-on key). */
const ID_EXCEPTIONS: Record<string, Rule> = {
  'Query.auditLog(targetId:)': { kind: 'id', accepts: (value) => /^[A-Za-z0-9_-]{1,64}$/.test(value), description: '1 to 64 letters, digits, "-" or "_"' },
};

const SINGLE_LINE: Rule = { kind: 'text', max: 200, multiline: false };
/** String arguments and input fields (by name) that may be longer than one short line. */
const TEXT_RULES: Record<string, Rule> = {
  body: { kind: 'text', max: 100_000, multiline: true },
  note: { kind: 'text', max: 10_000, multiline: true },
  excerpt: { kind: 'text', max: 2_000, multiline: true },
  reason: { kind: 'text', max: 2_000, multiline: true },
  // Inspections and remediations (the service allows 2000 and 20 000 and names the reason).
  summary: { kind: 'text', max: 4_000, multiline: true },
  details: { kind: 'text', max: 40_000, multiline: true },
  email: { kind: 'text', max: 320, multiline: false },
  search: { kind: 'text', max: 320, multiline: false },
  // Webhook endpoints: the service allows 2048 and names the reason.
  url: { kind: 'text', max: 4_096, multiline: false },
  // Workshop intake: notes up to 20 000 (SPEC §18; item details share `details` above); keys up to 255 printable ASCII.
  text: { kind: 'text', max: 20_000, multiline: true },
  idempotencyKey: { kind: 'text', max: 255, multiline: false },
  // A CSV file of entries (importEntriesCsv; the service allows 100 000 and names the reason).
  csv: { kind: 'text', max: 100_000, multiline: true },
};
const CURSOR_ARGUMENTS = new Set(['after', 'before']);

const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

interface Location {
  /** Schema coordinate: `Type.field(argument:)` or `InputType.field`. */
  coordinate: string;
  name: string;
  /** For the message, e.g. `addServiceEntry(input.note)`; never the value. */
  path: string;
}

const refuse = (reason: ReasonFor<'BAD_USER_INPUT'>, message: string) => refusal('BAD_USER_INPUT', reason, message);

function ruleFor(scalar: string, location: Location): Rule | null {
  if (scalar === 'ID') return ID_EXCEPTIONS[location.coordinate] ?? UUID_RULE;
  if (scalar !== 'String') return null;
  if (CURSOR_ARGUMENTS.has(location.name)) return { kind: 'cursor' };
  return TEXT_RULES[location.name] ?? SINGLE_LINE;
}

/** More than `max` characters; counted only when the UTF-16 length leaves it open. */
const exceeds = (value: string, max: number): boolean => value.length > max && (value.length > 2 * max || characterCount(value) > max);

function checkString(value: string, rule: Rule, location: Location): GraphQLError | null {
  switch (rule.kind) {
    case 'id':
      return rule.accepts(value) ? null : refuse('invalid_id', `${location.path} must be ${rule.description}`);
    case 'cursor':
      return isWellFormedCursor(value) ? null : refuse('invalid_cursor', 'The cursor is not valid');
    case 'text':
      if (exceeds(value, rule.max)) return refuse('text_too_long', `${location.path} may have at most ${rule.max} characters`);
      if ((rule.multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(value) || BIDI_CONTROL.test(value) || !value.isWellFormed()) {
        return refuse('invalid_characters', `${location.path} contains control characters, bidi overrides or unpaired surrogates`);
      }
      return null;
  }
}

function checkValue(type: GraphQLInputType, value: unknown, location: Location): GraphQLError | null {
  if (value == null) return null;
  if (isNonNullType(type)) return checkValue(type.ofType, value, location);
  if (isListType(type)) {
    for (const item of value as unknown[]) {
      const refusal = checkValue(type.ofType, item, location);
      if (refusal) return refusal;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const inner = { coordinate: `${type.name}.${field.name}`, name: field.name, path: `${location.path}.${field.name}` };
      const refusal = checkValue(field.type, (value as Record<string, unknown>)[field.name], inner);
      if (refusal) return refusal;
    }
    return null;
  }
  if (isScalarType(type) && typeof value === 'string') {
    const rule = ruleFor(type.name, location);
    return rule ? checkString(value, rule, location) : null;
  }
  return null;
}

/**
 * The first refusal among the arguments of every field the operation selects (each fragment
 * once), with variables coerced as execution will. Invalid variables or arguments are left to
 * execution, which reports them.
 */
export function inputRefusal(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): GraphQLError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fields = fieldsWithArguments(schema, document, operation);
  if (fields.length === 0) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) return null;
  for (const { node, field, parentName } of fields) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.variableValues);
    } catch {
      continue;
    }
    for (const argument of field.args) {
      const location = { coordinate: `${parentName}.${field.name}(${argument.name}:)`, name: argument.name, path: `${field.name}(${argument.name})` };
      const refusal = checkValue(argument.type, values[argument.name], location);
      if (refusal) return refusal;
    }
  }
  return null;
}

interface FieldWithArguments {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
  parentName: string;
}

/** Per schema, parsed document (Yoga's document cache hands out the same one per text) and operation. */
const fieldsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<OperationDefinitionNode, FieldWithArguments[]>>>();

/**
 * The fields with arguments that an operation selects, in document order (each fragment once):
 * depends on the document alone, so it is walked once per parsed document, not per request.
 */
function fieldsWithArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): FieldWithArguments[] {
  let byDocument = fieldsBySchema.get(schema);
  if (!byDocument) fieldsBySchema.set(schema, (byDocument = new WeakMap()));
  let byOperation = byDocument.get(document);
  if (!byOperation) byDocument.set(document, (byOperation = new Map()));
  const known = byOperation.get(operation);
  if (known) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields: FieldWithArguments[] = [];
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const queued = new Set<string>();
  while (pending.length > 0) {
    const typeInfo = new TypeInfo(schema);
    visit(
      pending.pop()!,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (field && parent && field.args.length > 0) fields.push({ node, field, parentName: parent.name });
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !queued.has(node.name.value)) {
            queued.add(node.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  byOperation.set(operation, fields);
  return fields;
}

/** Refuses the request before execution when an argument is out of bounds (BAD_USER_INPUT). */
export function useInputBounds(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = inputRefusal(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    // Subscriptions (the workshop board) start through subscribe, not execute: the same bounds.
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = inputRefusal(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
