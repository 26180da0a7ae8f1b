import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLError, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** The root field names an operation selects, through fragments and inline fragments. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

export function operationsOf(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/** The name of the operation a request runs: the requested one, else the first in the document. */
export function operationNameOf(document: DocumentNode, requested: string | undefined): string | undefined {
  const operations = operationsOf(document);
  const operation = requested ? operations.find((op) => op.name?.value === requested) : operations[0];
  return operation?.name?.value;
}

/** The errors of an execution result (none for anything else). */
export function errorsOf(result: unknown): readonly GraphQLError[] {
  const errors = (result as { errors?: readonly GraphQLError[] } | undefined)?.errors;
  return Array.isArray(errors) ? errors : [];
}
