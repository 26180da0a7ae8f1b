import type { DocumentNode, GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Validated = { schema: GraphQLSchema; rules: readonly ValidationRule[] | undefined; errors: readonly GraphQLError[] };

const sameRules = (a: readonly ValidationRule[] | undefined, b: readonly ValidationRule[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((rule, i) => rule === b[i]));

/**
 * Caches graphql-js validation – and only that – per parsed document. Yoga's own validation
 * cache stays off because it would also cache our guards' per-caller verdicts
 * (`guards.ts`); the guards keep running on every request before this, and when one of them
 * answers, validation is not called at all. What is cached depends only on schema, document and
 * rule set, all three checked on a hit. Yoga's parser cache hands out the same DocumentNode for
 * the same query text, so a WeakMap keyed by it needs no bound of its own.
 */
export function useDocumentValidationCache(): Plugin {
  const validatedByDocument = new WeakMap<DocumentNode, Validated>();
  return {
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((schema, document, rules, typeInfo, options) => {
        const known = validatedByDocument.get(document);
        if (known && known.schema === schema && sameRules(known.rules, rules)) return known.errors;
        const errors = validateFn(schema, document, rules, typeInfo, options);
        validatedByDocument.set(document, { schema, rules: rules ? [...rules] : undefined, errors });
        return errors;
      });
    },
  };
}
