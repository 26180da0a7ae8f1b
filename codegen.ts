import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed client operations for the web app: `npm run codegen` reads the committed schema and every
 * `graphql(...)` document under web/src (svelte2tsx lets it read .svelte files), and writes
 * web/src/lib/gql/ (client preset). The output is committed; test/web-check.test.ts fails when
 * regenerating would change it.
 * persistedDocuments: every operation carries its SHA-256 hash and persisted-documents.json is the
 * manifest the server accepts from browser sessions in production (server/graphql/persisted-operations.ts).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,svelte}', '!web/src/lib/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      // urql's document cache needs __typename to know which queries a mutation makes stale.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        // Plain string unions instead of TS enums (erasable syntax only); type-only imports and
        // explicit `.ts` extensions, like the rest of the code.
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.ts',
        scalars: { DateTime: 'string', Date: 'string', Upload: 'File' },
      },
    },
    // Every enum of the schema, also those no web operation selects (ErrorReason: the catalogue of
    // `extensions.reason` values that web/src/lib/errors.ts must give a German message for).
    'web/src/lib/gql/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;
