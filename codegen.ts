import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed client operations for the web app: `npx graphql-codegen` reads the committed schema and
 * every `graphql(...)` document under web/src, and writes web/src/lib/gql/ (client preset).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,svelte}', '!web/src/lib/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/lib/gql/': {
      preset: 'client',
      config: {
        // Plain string unions instead of TS enums (erasable syntax only); type-only imports and
        // explicit `.ts` extensions, like the rest of the code.
        enumsAsTypes: true,
        useTypeImports: true,
        importExtension: '.ts',
        scalars: { DateTime: 'string', Upload: 'File' },
      },
    },
  },
};

export default config;
