/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddServiceEntryInput = {
  /** Euros ≥ 0 with at most two decimals, e.g. "1249.90". */
  cost?: string | null | undefined;
  /** YYYY-MM-DD, from 1886-01-01, not in the future. */
  date: string;
  declaredTrustLevel?: TrustLevel | null | undefined;
  /** Documents of the same vehicle. */
  documentIds?: Array<string> | null | undefined;
  /** At most 4000 characters. */
  note?: string | null | undefined;
  odometerKm: number;
  /** "Tacho getauscht": odometerKm is the reading of a replaced odometer. */
  odometerReplaced?: boolean | null | undefined;
  performedBy: PerformedBy;
  type: ServiceEntryType;
  vehicleId: string;
};

export type CreateWebhookEndpointInput = {
  /** At least one. */
  events: Array<WebhookEvent>;
  /** https (http only outside production), a public host, at most 2048 characters. */
  url: string;
};

export type DocumentApprovalStatus =
  | 'APPROVED'
  | 'QUARANTINED'
  | 'REJECTED';

export type DocumentScanStatus =
  | 'CLEAN'
  | 'ERROR'
  | 'INFECTED'
  | 'PENDING';

export type PerformedBy =
  /** Autohaus */
  | 'AUTOHAUS'
  /** Eigenleistung */
  | 'EIGENLEISTUNG'
  /** Fachwerkstatt */
  | 'FACHWERKSTATT'
  /** Gesetzliches (TÜV/Gutachten/Wertgutachten) */
  | 'GESETZLICHES'
  /** Händler */
  | 'HAENDLER'
  /** Reifenservice */
  | 'REIFENSERVICE'
  /** Sonstiges */
  | 'SONSTIGES'
  /** Tuning-Fachbetrieb */
  | 'TUNING_FACHBETRIEB';

export type ServiceEntryType =
  | 'accident'
  | 'inspection'
  | 'modification'
  | 'other'
  | 'repair'
  | 'restoration'
  | 'service'
  | 'tires';

export type TrustLevel =
  | 'T1'
  | 'T2'
  | 'T3';

export type TrustLight =
  | 'gelb'
  | 'gruen'
  | 'orange'
  | 'rot';

/** How the caller acts on a vehicle it lists. */
export type VehicleRelation =
  /** Owned by the owner of an approved VIP business the caller is staff of; the caller acts with the owner's rights (except owner-only fields). */
  | 'ORG'
  /** The caller owns it. */
  | 'OWN';

export type WebhookDeliveryStatus =
  | 'delivered'
  | 'failed'
  | 'pending';

/** An event a webhook endpoint can subscribe to; payloads and the `LTC-Event` header carry the lower-case dotted name (e.g. `entry.added`). */
export type WebhookEvent =
  | 'DEFECT_CASE_CLOSED'
  | 'DOCUMENT_APPROVED'
  | 'DOCUMENT_REJECTED'
  | 'ENTRY_ADDED'
  | 'ENTRY_REVISED'
  | 'ENTRY_WITHDRAWN'
  | 'INSPECTION_RECORDED'
  | 'TRANSFER_COMPLETED'
  | 'WORKSHOP_SESSION_CLOSED';

export type PartnerVehiclesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerVehiclesQuery = { actableVehicles: { edges: Array<{ relation: VehicleRelation, node: { id: string, make: string, model: string, trustSummary: { light: TrustLight } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null };

export type PartnerCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type PartnerCreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, events: Array<WebhookEvent> } } };

export type PartnerSendTestWebhookEventMutationVariables = Exact<{
  id: string;
}>;


export type PartnerSendTestWebhookEventMutation = { sendTestWebhookEvent: { id: string, status: WebhookDeliveryStatus } };

export type PartnerDeleteWebhookEndpointMutationVariables = Exact<{
  id: string;
}>;


export type PartnerDeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { id: string } };

export type PartnerAddEntryMutationVariables = Exact<{
  input: AddServiceEntryInput;
}>;


export type PartnerAddEntryMutation = { addServiceEntry: { id: string, version: number, date: string, type: ServiceEntryType } };

export type PartnerUploadMutationVariables = Exact<{
  vehicleId: string;
  entryIds?: Array<string> | string | null | undefined;
  file: Blob;
}>;


export type PartnerUploadMutation = { uploadDocument: { id: string, scanStatus: DocumentScanStatus, approvalStatus: DocumentApprovalStatus } };


export const PartnerVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actableVehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"trustSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"light"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerVehiclesQuery, PartnerVehiclesQueryVariables>;
export const PartnerCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCreateWebhookEndpointMutation, PartnerCreateWebhookEndpointMutationVariables>;
export const PartnerSendTestWebhookEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSendTestWebhookEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerSendTestWebhookEventMutation, PartnerSendTestWebhookEventMutationVariables>;
export const PartnerDeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerDeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PartnerDeleteWebhookEndpointMutation, PartnerDeleteWebhookEndpointMutationVariables>;
export const PartnerAddEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerAddEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<PartnerAddEntryMutation, PartnerAddEntryMutationVariables>;
export const PartnerUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}}]}}]}}]} as unknown as DocumentNode<PartnerUploadMutation, PartnerUploadMutationVariables>;