import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** ISO-8601 timestamps in UTC: graphql-scalars' DateTimeISO (`Date#toISOString()`) under the schema's name and description. */
export const DateTimeResolver = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An ISO-8601 timestamp in UTC.',
  extensions: {},
});
