import { GraphQLError, Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { operationsOf } from './operation-fields.ts';

export const MAX_DEPTH = 12;
export const MAX_COST = 20_000;
/** A list field without `first`/`last` is assumed to return this many items. */
const DEFAULT_LIST_SIZE = 20;

function listSize(field: FieldNode, variables: Record<string, unknown>): number {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = argument.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) return Number(variables[value.name.value] ?? DEFAULT_LIST_SIZE);
  }
  return 0;
}

/**
 * Depth and cost limits, measured on the parsed document before validation (so an oversized
 * document is refused before graphql-js spends time validating it). Depth counts nested fields;
 * cost counts every field once, multiplied by the page sizes (`first`/`last`) of the lists
 * around it. Introspection fields are not counted (GraphiQL's query is deep; production turns
 * introspection off). Returns the error to answer with, or null.
 */
export function complexityError(document: DocumentNode, variables: Record<string, unknown> = {}): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure = (selectionSet: SelectionSetNode, depth: number, multiplier: number, visiting: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        cost += multiplier;
        if (selection.selectionSet) {
          const size = listSize(selection, variables);
          const inner = measure(selection.selectionSet, depth + 1, multiplier * (size > 0 ? size : 1), visiting);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += inner.cost;
        }
      } else {
        const fragmentName = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
        if (fragmentName && visiting.has(fragmentName)) continue;
        const inner = fragmentName ? fragments.get(fragmentName)?.selectionSet : selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : undefined;
        if (!inner) continue;
        const result = measure(inner, depth, multiplier, fragmentName ? new Set([...visiting, fragmentName]) : visiting);
        maxDepth = Math.max(maxDepth, result.depth);
        cost += result.cost;
      }
      // Stop early: a fragment bomb must not make the measurement itself expensive.
      if (maxDepth > MAX_DEPTH || cost > MAX_COST) break;
    }
    return { depth: maxDepth, cost };
  };
  for (const operation of operationsOf(document)) {
    const { depth, cost } = measure(operation.selectionSet, 1, 1, new Set());
    if (depth > MAX_DEPTH) return tooComplex('query_too_deep', `Query depth ${depth} exceeds the limit of ${MAX_DEPTH}`);
    if (cost > MAX_COST) return tooComplex('query_too_costly', `Query cost exceeds the limit of ${MAX_COST}`);
  }
  return null;
}

function tooComplex(reason: string, message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}
