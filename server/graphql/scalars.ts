import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** ISO-8601 timestamps in UTC: graphql-scalars' DateTimeISO (`Date#toISOString()`) under the schema's name and description. */
export const DateTimeResolver = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An ISO-8601 timestamp in UTC.',
  extensions: {},
});

/** A calendar date without a time zone, "YYYY-MM-DD" (graphql-scalars' LocalDate; "2024-02-30" is refused). */
export const DateResolver = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  extensions: {},
});
