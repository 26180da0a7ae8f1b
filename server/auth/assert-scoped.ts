import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type PothosTypeConfig, type SchemaTypes } from '@pothos/core';
import { isObjectType, type GraphQLSchema } from 'graphql';

/** Our own schema extension on every field and object type that declares auth scopes. */
const SCOPED = 'authScopesDeclared';

/**
 * Marks, through Pothos's plugin hooks (the options each field and type was declared with), what
 * declares auth scopes, so the deny-by-default check below reads the built schema only.
 */
class ScopeDeclarationsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    return 'authScopes' in typeConfig.pothosOptions && typeConfig.pothosOptions.authScopes ? { ...typeConfig, extensions: { ...typeConfig.extensions, [SCOPED]: true } } : typeConfig;
  }

  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    return fieldConfig.pothosOptions.authScopes ? { ...fieldConfig, extensions: { ...fieldConfig.extensions, [SCOPED]: true } } : fieldConfig;
  }
}

export const scopeDeclarationsPlugin = 'scopeDeclarations';
SchemaBuilder.registerPlugin(scopeDeclarationsPlugin, ScopeDeclarationsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      scopeDeclarations: ScopeDeclarationsPlugin<Types>;
    }
  }
}

/** Structural relay types are protected by the field that returns them. */
const STRUCTURAL = (name: string) => name.startsWith('__') || name === 'PageInfo' || name.endsWith('Connection') || name.endsWith('Edge');

const declaresScopes = (extensions: unknown): boolean => (extensions as Record<string, unknown> | undefined)?.[SCOPED] === true;

/**
 * Deny by default: every root field and every object type must declare its auth scopes. The
 * server refuses to start otherwise, so a forgotten scope is a start-up error, not a leak.
 */
export function assertEveryFieldScoped(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const rootType of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!rootType) continue;
    for (const field of Object.values(rootType.getFields())) {
      if (!declaresScopes(field.extensions)) missing.push(`${rootType.name}.${field.name}`);
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || STRUCTURAL(type.name) || [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type)) continue;
    if (!declaresScopes(type.extensions)) missing.push(type.name);
  }
  if (missing.length > 0) throw new Error(`Fields and types without auth scopes (deny by default): ${missing.join(', ')}`);
}
