import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations in src/ (`npm run codegen`). The schema is the server's
 * published SDL: LTC_SCHEMA may name a URL (`https://<host>/schema.graphql`) or a file; inside the
 * product's repository it defaults to the committed schema.graphql.
 */
const config: CodegenConfig = {
  schema: process.env.LTC_SCHEMA ?? '../../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.ts',
        // The custom scalars as they travel in JSON: DateTime is an ISO 8601 string, Date YYYY-MM-DD; an Upload is
        // the file part of a multipart request (src/api.ts sends it).
        scalars: { ID: 'string', DateTime: 'string', Date: 'string', Upload: 'Blob' },
      },
    },
  },
};

export default config;
