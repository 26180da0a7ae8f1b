/* eslint-disable */
import * as types from './graphql.ts';
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
    "\n  query PartnerVehicles($first: Int!, $after: String) {\n    actableVehicles(first: $first, after: $after) {\n      edges { relation node { id make model trustSummary { light } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PartnerVehiclesDocument,
    "\n  mutation PartnerCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id events } }\n  }\n": typeof types.PartnerCreateWebhookEndpointDocument,
    "\n  mutation PartnerSendTestWebhookEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) { id status }\n  }\n": typeof types.PartnerSendTestWebhookEventDocument,
    "\n  mutation PartnerDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { id }\n  }\n": typeof types.PartnerDeleteWebhookEndpointDocument,
    "\n  mutation PartnerAddEntry($input: AddServiceEntryInput!) {\n    addServiceEntry(input: $input) { id version date type }\n  }\n": typeof types.PartnerAddEntryDocument,
    "\n  mutation PartnerUpload($vehicleId: ID!, $entryIds: [ID!], $file: Upload!) {\n    uploadDocument(vehicleId: $vehicleId, entryIds: $entryIds, file: $file) { id scanStatus approvalStatus }\n  }\n": typeof types.PartnerUploadDocument,
};
const documents: Documents = {
    "\n  query PartnerVehicles($first: Int!, $after: String) {\n    actableVehicles(first: $first, after: $after) {\n      edges { relation node { id make model trustSummary { light } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PartnerVehiclesDocument,
    "\n  mutation PartnerCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id events } }\n  }\n": types.PartnerCreateWebhookEndpointDocument,
    "\n  mutation PartnerSendTestWebhookEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) { id status }\n  }\n": types.PartnerSendTestWebhookEventDocument,
    "\n  mutation PartnerDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { id }\n  }\n": types.PartnerDeleteWebhookEndpointDocument,
    "\n  mutation PartnerAddEntry($input: AddServiceEntryInput!) {\n    addServiceEntry(input: $input) { id version date type }\n  }\n": types.PartnerAddEntryDocument,
    "\n  mutation PartnerUpload($vehicleId: ID!, $entryIds: [ID!], $file: Upload!) {\n    uploadDocument(vehicleId: $vehicleId, entryIds: $entryIds, file: $file) { id scanStatus approvalStatus }\n  }\n": types.PartnerUploadDocument,
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
export function graphql(source: "\n  query PartnerVehicles($first: Int!, $after: String) {\n    actableVehicles(first: $first, after: $after) {\n      edges { relation node { id make model trustSummary { light } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PartnerVehicles($first: Int!, $after: String) {\n    actableVehicles(first: $first, after: $after) {\n      edges { relation node { id make model trustSummary { light } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id events } }\n  }\n"): (typeof documents)["\n  mutation PartnerCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id events } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerSendTestWebhookEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation PartnerSendTestWebhookEvent($id: ID!) {\n    sendTestWebhookEvent(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation PartnerDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerAddEntry($input: AddServiceEntryInput!) {\n    addServiceEntry(input: $input) { id version date type }\n  }\n"): (typeof documents)["\n  mutation PartnerAddEntry($input: AddServiceEntryInput!) {\n    addServiceEntry(input: $input) { id version date type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerUpload($vehicleId: ID!, $entryIds: [ID!], $file: Upload!) {\n    uploadDocument(vehicleId: $vehicleId, entryIds: $entryIds, file: $file) { id scanStatus approvalStatus }\n  }\n"): (typeof documents)["\n  mutation PartnerUpload($vehicleId: ID!, $entryIds: [ID!], $file: Upload!) {\n    uploadDocument(vehicleId: $vehicleId, entryIds: $entryIds, file: $file) { id scanStatus approvalStatus }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;