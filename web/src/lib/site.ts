import { graphql } from './gql/index.ts';

/**
 * The operator (LTC_OPERATOR_*) and the trust light's fixed copy, from the server
 * (server/site/site.schema.ts). One document for every page, so urql's cache answers all but the first.
 */
export const SiteQuery = graphql(`
  query Site {
    site {
      operator {
        demo
        name
        representative
        street
        postalCode
        city
        country
        email
        phone
        register
        vatId
        contentResponsible
      }
      trustDisclaimer
      trustGreenHint
    }
  }
`);

/** Public pages show the operator to everyone: no login redirect. */
export const SITE_CONTEXT = { skipAccessRedirect: true } as const;
