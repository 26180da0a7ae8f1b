import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ReasonFor } from '../error-reasons.ts';
import { operationsOf } from './operation-fields.ts';
import { refusal } from './refusal.ts';

// The numbers and why: docs/DECISIONS.md, "Input, limits and hostile input". The web
// app's persisted operations and GraphiQL's introspection query pass all of them (limits.test.ts).
/** Lexical tokens per document, counted while parsing: bounds every nesting (10 000 levels never become an AST). */
export const MAX_TOKENS = 1_000;
/** Characters per document: a comment or a string literal is one token however long (send long text as variables). */
export const MAX_DOCUMENT_CHARS = 64 * 1024;
/** Nested fields, through fragments. */
export const MAX_DEPTH = 12;
/** Aliased fields per operation, through fragments (`__typename` aliases are free). */
export const MAX_ALIASES = 30;
/** Directives per operation, through fragments. */
export const MAX_DIRECTIVES = 30;
/** Fields per operation, each multiplied by the page sizes of the lists around it. */
export const MAX_COST = 25_000;
/** A connection without `first`/`last` is costed as this many items: the largest default page size (entries, documents). */
export const DEFAULT_PAGE_SIZE = 50;
/** A plain list (`[T!]!`: stages, staff, reasons, an entry's documents) is costed as this many items. */
export const PLAIN_LIST_SIZE = 10;

const limitError = (reason: ReasonFor<'BAD_USER_INPUT'>, message: string): GraphQLError => refusal('BAD_USER_INPUT', reason, message);

/**
 * The document limits, applied while parsing: a text over MAX_DOCUMENT_CHARS is refused before
 * it is read, and the token limit (GraphQL Armor's maxTokens, wrapping graphql-js's parser)
 * refuses a document as soon as it passes MAX_TOKENS, before graphql-js builds its AST, so no
 * nesting can be deep enough to overflow the stack of the parser, the limits below or validation.
 */
export function useDocumentLimits(): Plugin {
  const refuseTokens: GraphQLArmorRejectCallback = () => {
    throw limitError('too_many_tokens', `The document has more than ${MAX_TOKENS} tokens`);
  };
  const tokenLimit = maxTokensPlugin({ n: MAX_TOKENS, onReject: [refuseTokens], propagateOnRejection: false }) as Plugin;
  return {
    onParse(payload) {
      // Armor sets its parse function; ours checks the length first, then calls it.
      tokenLimit.onParse!({
        ...payload,
        setParseFn: (armorParse) =>
          payload.setParseFn((source, options) => {
            if ((typeof source === 'string' ? source : source.body).length > MAX_DOCUMENT_CHARS) {
              throw limitError('document_too_long', `The document is longer than ${MAX_DOCUMENT_CHARS} characters`);
            }
            return armorParse(source, options);
          }),
      });
    },
  };
}

/** Armor's rules report our own error into the validation context instead of throwing theirs. */
const reportAs =
  (reason: ReasonFor<'BAD_USER_INPUT'>, message: string): GraphQLArmorRejectCallback =>
  (context) =>
    context?.reportError(limitError(reason, message));
const options = { propagateOnRejection: false, exposeLimits: false };
// Each rule memoizes fragments it has measured (linear work for any fan-out of spreads).
const ARMOR_RULES = [
  maxDepthRule({ ...options, n: MAX_DEPTH, flattenFragments: true, onReject: [reportAs('query_too_deep', `Query depth exceeds the limit of ${MAX_DEPTH}`)] }),
  maxAliasesRule({ ...options, n: MAX_ALIASES, onReject: [reportAs('too_many_aliases', `The operation uses more than ${MAX_ALIASES} aliases`)] }),
  maxDirectivesRule({ ...options, n: MAX_DIRECTIVES, onReject: [reportAs('too_many_directives', `The operation uses more than ${MAX_DIRECTIVES} directives`)] }),
];

/**
 * Depth, alias, directive and cost limits, measured on the parsed document before graphql-js
 * validates it (validation is itself quadratic in duplicate fields, so an oversized document
 * must not reach it). Returns the error to answer with, or null.
 */
export function complexityError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): GraphQLError | null {
  return armorError(schema, document) ?? costError(schema, document, variables);
}

// Armor's verdict depends on the document alone (not on variables or caller): kept per parsed
// document, which Yoga's parse cache hands out again for the same text.
const armorVerdicts = new WeakMap<DocumentNode, { schema: GraphQLSchema; error: GraphQLError | null }>();
function armorError(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const known = armorVerdicts.get(document);
  if (known?.schema === schema) return known.error;
  const error = validate(schema, document, ARMOR_RULES)[0] ?? null;
  armorVerdicts.set(document, { schema, error });
  return error;
}

/**
 * The cost limit. Every field costs 1 (`__typename` too), times the page sizes of the lists
 * around it: `first`/`last` (literal or variable, so it is measured per request; on any field),
 * else DEFAULT_PAGE_SIZE for a connection and PLAIN_LIST_SIZE for a plain list. A connection's
 * page size counts once (its `edges` are that page). Armor's costLimit knows neither variables
 * nor the schema's lists, hence this pass of our own. Linear: each fragment is measured once
 * (cost at multiplier 1, since cost scales with the multiplier) however often it is spread.
 */
function costError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  return queryCost(schema, document, variables) > MAX_COST ? limitError('query_too_costly', `Query cost exceeds the limit of ${MAX_COST}`) : null;
}

/** The cost of the document's costliest operation (measured only up to just past MAX_COST). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    fragmentCosts.set(name, 0); // a cycle (refused by validation later) adds nothing
    const fragment = fragments.get(name);
    const cost = fragment ? costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), false) : 0;
    fragmentCosts.set(name, cost);
    return cost;
  };
  const costOf = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, inConnection: boolean): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) cost += fragmentCost(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        cost += costOf(selection.selectionSet, type ?? undefined, inConnection);
      } else {
        cost += 1;
        // Introspection (`__schema`, `__type`) is bounded by the schema, and production refuses it.
        if (!selection.selectionSet || selection.name.value.startsWith('__')) continue;
        const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
        const connection = field !== undefined && isConnection(field);
        const pageSize = pageSizeOf(selection, variables);
        const size = pageSize ?? (connection ? DEFAULT_PAGE_SIZE : field && isList(field) && !inConnection ? PLAIN_LIST_SIZE : 1);
        cost += size * costOf(selection.selectionSet, field ? getNamedType(field.type) : undefined, connection || pageSize !== undefined);
      }
      if (cost > MAX_COST) return cost;
    }
    return cost;
  };
  return Math.max(0, ...operationsOf(document).map((operation) => costOf(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, false)));
}

const isConnection = (field: GraphQLField<unknown, unknown>) => field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
const isList = (field: GraphQLField<unknown, unknown>) => isListType(isNonNullType(field.type) ? field.type.ofType : field.type);

/**
 * The page size a field asks for with `first`/`last` (a literal or a variable), at least 1 (a
 * negative size must not offset other fields); undefined when it asks for none.
 */
function pageSizeOf(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  let size: number | undefined;
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = argument.value.kind === Kind.INT ? Number(argument.value.value) : argument.value.kind === Kind.VARIABLE ? Number(variables[argument.value.name.value]) : NaN;
    if (!Number.isNaN(value)) size = Math.max(size ?? 1, value);
  }
  return size;
}
