/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n": typeof types.ConsentCompleteDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n": typeof types.MeDocument,
    "\n    mutation Logout {\n      logout\n    }\n  ": typeof types.LogoutDocument,
    "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  ": typeof types.ConsentStatusDocument,
    "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  ": typeof types.AcceptConsentsDocument,
    "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  ": typeof types.RequestLoginCodeDocument,
    "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n        }\n      }\n    }\n  ": typeof types.VerifyLoginCodeDocument,
};
const documents: Documents = {
    "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n": types.ConsentCompleteDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n": types.MeDocument,
    "\n    mutation Logout {\n      logout\n    }\n  ": types.LogoutDocument,
    "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  ": types.ConsentStatusDocument,
    "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  ": types.AcceptConsentsDocument,
    "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  ": types.RequestLoginCodeDocument,
    "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n        }\n      }\n    }\n  ": types.VerifyLoginCodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n"): (typeof documents)["\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Logout {\n      logout\n    }\n  "): (typeof documents)["\n    mutation Logout {\n      logout\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  "): (typeof documents)["\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  "): (typeof documents)["\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n        }\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;