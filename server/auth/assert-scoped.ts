import { isObjectType, type GraphQLSchema } from 'graphql';

/** Structural relay types are protected by the field that returns them. */
const STRUCTURAL = (name: string) => name.startsWith('__') || name === 'PageInfo' || name.endsWith('Connection') || name.endsWith('Edge');

interface PothosExtensions {
  pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean };
}

/**
 * Deny by default: every root field and every object type must declare its auth scopes. The
 * server refuses to start otherwise, so a forgotten scope is a start-up error, not a leak.
 */
export function assertEveryFieldScoped(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const rootType of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!rootType) continue;
    for (const field of Object.values(rootType.getFields())) {
      if (!(field.extensions as PothosExtensions).pothosOptions?.authScopes) missing.push(`${rootType.name}.${field.name}`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || STRUCTURAL(type.name) || [schema.getQueryType(), schema.getMutationType()].includes(type)) continue;
    if (!(type.extensions as PothosExtensions).pothosOptions?.authScopes) missing.push(type.name);
  }
  if (missing.length > 0) throw new Error(`Fields and types without auth scopes (deny by default): ${missing.join(', ')}`);
}
