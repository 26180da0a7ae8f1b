import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed operations for the web app, generated from the committed schema.graphql. The output in
// web/src/lib/gql is committed; test/codegen.test.ts fails when regenerating would change it.
// persistedDocuments: every operation carries its SHA-256 hash and persisted-documents.json is
// the manifest the server accepts from browser sessions in production.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.svelte', 'web/src/**/*.ts', '!web/src/lib/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      // urql's document cache needs __typename to know which queries a mutation makes stale.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
