/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccidentStatus =
  | 'nicht_unfallfrei'
  | 'unbekannt'
  | 'unfallfrei';

export type AddServiceEntryInput = {
  /** Euros ≥ 0 with at most two decimals, e.g. "1249.90". */
  cost?: string | null | undefined;
  /** YYYY-MM-DD, from 1886-01-01, not in the future. */
  date: string;
  declaredTrustLevel?: TrustLevel | null | undefined;
  /** Documents of the same vehicle. */
  documentIds?: Array<string | number> | null | undefined;
  /** At most 4000 characters. */
  note?: string | null | undefined;
  odometerKm: number;
  /** "Tacho getauscht": odometerKm is the reading of a replaced odometer. */
  odometerReplaced?: boolean | null | undefined;
  performedBy: PerformedBy;
  type: ServiceEntryType;
  vehicleId: string | number;
};

export type AddonKey =
  | 'oldtimer'
  | 'restauration'
  | 'unfall';

export type ApiTokenScope =
  | 'read'
  | 'read_write';

export type ArticleInput = {
  /** Markdown; raw HTML is shown as text. */
  body: string;
  excerpt?: string | null | undefined;
  kind: ArticleKind;
  slug: string;
  title: string;
};

export type ArticleKind =
  | 'blog'
  | 'news';

export type ArticlePatchInput = {
  body?: string | null | undefined;
  excerpt?: string | null | undefined;
  slug?: string | null | undefined;
  title?: string | null | undefined;
};

export type ArticleState =
  | 'draft'
  | 'in_review'
  | 'published';

export type AuditActorType =
  | 'anonymous'
  | 'api_token'
  | 'system'
  | 'user';

export type AuditResult =
  | 'denied'
  | 'error'
  | 'success';

export type AuditScope =
  | 'org'
  | 'own'
  | 'public'
  | 'shared';

/** gueltig; ersetzt (a newer certificate of the vehicle exists); widerrufen (revoked by the owner); abgelaufen (older than 90 days). */
export type CertificateState =
  | 'abgelaufen'
  | 'ersetzt'
  | 'gueltig'
  | 'widerrufen';

export type CheckResult =
  | 'NOT_OK'
  | 'OK';

export type ConsentDocument =
  | 'privacy'
  | 'terms';

export type CreateVehicleInput = {
  /** Default unbekannt. */
  accidentStatus?: AccidentStatus | null | undefined;
  accidentTrustCompleted?: boolean | null | undefined;
  buildYear?: number | null | undefined;
  /** Erstzulassung: from 1886-01-01, not in the future; null clears it on update. */
  firstRegistration?: string | null | undefined;
  interestedInSelling?: boolean | null | undefined;
  make: string;
  model: string;
  nickname?: string | null | undefined;
  physicalServiceBook?: boolean | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
  /** Normalised (trim, uppercase, no spaces); 11 to 17 characters without I, O, Q. */
  vin: string;
};

export type CsvFormat =
  /** The product's own columns (entriesCsv) */
  | 'ltc'
  /** LubeLogger's service, repair or upgrade record export */
  | 'lubelogger';

export type CsvRowStatus =
  | 'duplicate'
  | 'error'
  | 'ok';

export type CsvSeparator =
  /** `,` */
  | 'comma'
  /** `;` (German spreadsheets, the default) */
  | 'semicolon';

export type DefectCaseStatus =
  | 'DONE'
  | 'IN_PROGRESS';

export type DocumentApprovalStatus =
  | 'APPROVED'
  | 'QUARANTINED'
  | 'REJECTED';

export type DocumentPiiStatus =
  | 'CONFIRMED'
  | 'OK'
  | 'SUSPECTED';

export type DocumentScanStatus =
  | 'CLEAN'
  | 'ERROR'
  | 'INFECTED'
  | 'PENDING';

export type DueState =
  /** Due within 30 days or 1 000 km, or today. */
  | 'bald_faellig'
  /** Not due within 30 days or 1 000 km; also when there is nothing to count from yet (then dueDate and dueKm are null). */
  | 'ok'
  /** The due date or the due reading has passed. */
  | 'ueberfaellig';

export type EntitlementKey =
  | 'extra_vehicles'
  | 'oldtimer'
  | 'restauration'
  | 'unfall';

/** Every value an error can carry in `extensions.reason`, next to `extensions.code` (docs/ERROR_REASONS.md). */
export type ErrorReason =
  /** The add-on does not exist or takes no new vehicles. */
  | 'addon_not_available'
  /** Only an administrator may enable this add-on. */
  | 'admin_only'
  /** The step-up confirmation is wrong, expired or for another action. */
  | 'admin_step_up_invalid'
  /** This administrative action needs a fresh step-up confirmation. */
  | 'admin_step_up_required'
  /** The business is already approved. */
  | 'already_approved'
  /** The account is already staff of the business. */
  | 'already_staff'
  /** The article is already published. */
  | 'article_already_published'
  /** The article is not a draft. */
  | 'article_not_draft'
  /** No article with this id or slug. */
  | 'article_not_found'
  /** The article is not in review. */
  | 'article_not_in_review'
  /** The field needs a signed-in session or a valid API token; none was sent, or it expired or was revoked. */
  | 'authentication_required'
  /** The business is not approved yet. */
  | 'business_not_approved'
  /** No business with this id. */
  | 'business_not_found'
  /** The certificate is already revoked. */
  | 'certificate_already_revoked'
  /** A certificate needs a history: add an entry (or an inspection) first. */
  | 'certificate_needs_history'
  /** The certificate is unknown or not yours. */
  | 'certificate_not_found'
  /** Too many wrong codes for this challenge: request a new code. */
  | 'challenge_locked'
  /** The one-time code has expired: request a new one. */
  | 'code_expired'
  /** The one-time code was already used. */
  | 'code_used'
  /** The account has not accepted the current terms and privacy notice (`acceptConsents`). */
  | 'consent_required'
  /** The terms or privacy version accepted is not the current one (`consentStatus` names it). */
  | 'consent_version_not_current'
  /** A POST that is not JSON (e.g. an upload) needs a CSRF header such as `X-GraphQL-Yoga-CSRF` (HTTP 400). */
  | 'csrf_check_failed'
  /** A CSV row has more or fewer cells than the header row. */
  | 'csv_column_count'
  /** The value of "Tacho getauscht" is `ja`, `nein` or empty. */
  | 'csv_invalid_yes_no'
  /** Some rows have errors (see the dry run): fix them or import with `skipInvalidRows`. */
  | 'csv_rows_invalid'
  /** The CSV file has more than 100 000 characters. */
  | 'csv_too_large'
  /** The CSV file has more than 1000 data rows. */
  | 'csv_too_many_rows'
  /** The header row is neither the product's own CSV columns nor a LubeLogger service, repair or upgrade record export. */
  | 'csv_unknown_format'
  /** The CSV file cannot be parsed (e.g. an unclosed quote or a cell over 10 000 characters). */
  | 'csv_unreadable'
  /** A required value of a CSV row (date, type, performed by or odometer) is empty. */
  | 'csv_value_missing'
  /** The date is in the future. */
  | 'date_in_future'
  /** The date is before the earliest accepted date. */
  | 'date_too_early'
  /** The defect case is already closed (DONE): no further remediation can be recorded. */
  | 'defect_case_closed'
  /** No defect case with this id (admins only; everyone else gets FORBIDDEN). */
  | 'defect_case_not_found'
  /** The details of an inspection have more than 20 000 characters. */
  | 'details_too_long'
  /** A linked document belongs to another vehicle. */
  | 'document_not_of_vehicle'
  /** The document is not in quarantine (already approved or rejected). */
  | 'document_not_quarantined'
  /** Only rejected uploads can be removed by their owner. */
  | 'document_not_rejected'
  /** The document's file has been deleted (retention); only its record remains. */
  | 'document_purged'
  /** The document is longer than allowed (send long text as variables). */
  | 'document_too_long'
  /** The entry date is in the future. */
  | 'entry_date_in_future'
  /** The entry date is before the earliest accepted date. */
  | 'entry_date_too_early'
  /** No entry with this id, or the caller may not act on it. */
  | 'entry_not_found'
  /** A linked entry belongs to another vehicle. */
  | 'entry_not_in_vehicle'
  /** The entry was revised since the version sent: read it again and revise the latest version. */
  | 'entry_version_outdated'
  /** The entry is withdrawn and cannot be changed. */
  | 'entry_withdrawn'
  /** The export token is wrong, expired, already used or for another target. */
  | 'export_token_invalid'
  /** The file is larger than the upload limit (HTTP 413). */
  | 'file_too_large'
  /** The caller may not do this or may not see this object. */
  | 'forbidden'
  /** The first request with this `Idempotency-Key` is still running: retry shortly to get its answer (HTTP 409). */
  | 'idempotency_key_in_progress'
  /** This `Idempotency-Key` was already used for another request (other query or variables) within 24 hours (HTTP 409). */
  | 'idempotency_key_reused'
  /** The article body is empty or too long. */
  | 'invalid_body'
  /** The build year is outside the accepted range. */
  | 'invalid_build_year'
  /** The business name is empty or too long. */
  | 'invalid_business_name'
  /** A text argument contains control characters, bidi overrides or unpaired surrogates. */
  | 'invalid_characters'
  /** The one-time code is wrong. */
  | 'invalid_code'
  /** The cost is negative or too large. */
  | 'invalid_cost'
  /** A pagination cursor was not made by the server for this list. */
  | 'invalid_cursor'
  /** The date is not a valid date. */
  | 'invalid_date'
  /** A document does not belong to this vehicle. */
  | 'invalid_document'
  /** The email address is not valid. */
  | 'invalid_email'
  /** The entry date is not a valid date. */
  | 'invalid_entry_date'
  /** The entry type is not one of the accepted types. */
  | 'invalid_entry_type'
  /** The excerpt is too long. */
  | 'invalid_excerpt'
  /** The first registration is a calendar date YYYY-MM-DD from 1886-01-01, not in the future. */
  | 'invalid_first_registration'
  /** An id argument has the wrong format. */
  | 'invalid_id'
  /** The `Idempotency-Key` header must be 1 to 255 printable ASCII characters. */
  | 'invalid_idempotency_key'
  /** Too few or too many items or ids in one call (items 1 to 200; board and proposal ids 1 to 500). */
  | 'invalid_item_count'
  /** Item details have at most 20 000 characters. */
  | 'invalid_item_details'
  /** The body or a `variables`/`extensions` parameter is not JSON. */
  | 'invalid_json'
  /** The make is empty or too long. */
  | 'invalid_make'
  /** The model is empty or too long. */
  | 'invalid_model'
  /** The multipart request does not follow the GraphQL multipart request spec. */
  | 'invalid_multipart_request'
  /** The nickname is too long. */
  | 'invalid_nickname'
  /** The odometer reading must be a whole number of km, at least 0. */
  | 'invalid_odometer'
  /** This account cannot own a business (moderators cannot). */
  | 'invalid_owner'
  /** The "performed by" value is not one of the accepted values. */
  | 'invalid_performed_by'
  /** The query does not parse. */
  | 'invalid_query'
  /** The rejection reason is empty or too long. */
  | 'invalid_rejection_reason'
  /** The request is not a valid GraphQL request: no query, or a document that fails validation (unknown field or argument, wrong variable type). */
  | 'invalid_request'
  /** The review note is too long. */
  | 'invalid_review_note'
  /** A scan result is CLEAN, INFECTED or ERROR. */
  | 'invalid_scan_status'
  /** Intervals are whole numbers: 1 to 120 months, 1 to 500 000 km. */
  | 'invalid_service_plan_interval'
  /** At least one entry type must satisfy the item (a custom item names them). */
  | 'invalid_service_plan_satisfied_by'
  /** A custom item needs a title of 1 to 60 characters; the other kinds have none of their own. */
  | 'invalid_service_plan_title'
  /** The slug must be lowercase letters, digits and single dashes, of the accepted length. */
  | 'invalid_slug'
  /** This account cannot be staff (moderators cannot). */
  | 'invalid_staff'
  /** The stage name is empty or too long. */
  | 'invalid_stage_name'
  /** `from` must be before `to`. */
  | 'invalid_time_range'
  /** The title is empty or too long. */
  | 'invalid_title'
  /** The token lifetime is outside 1 to 365 days. */
  | 'invalid_token_expiry'
  /** The token name is empty or too long. */
  | 'invalid_token_name'
  /** The declared trust level is not one of the accepted levels. */
  | 'invalid_trust_level'
  /** The export grant's lifetime is outside the accepted range. */
  | 'invalid_ttl'
  /** The VIN must have 11 to 17 letters or digits (no I, O or Q). */
  | 'invalid_vin_format'
  /** Choose at least one event for the webhook endpoint. */
  | 'invalid_webhook_events'
  /** The webhook URL is not an absolute https URL of at most 2048 characters without credentials or fragment (plain http only outside production). */
  | 'invalid_webhook_url'
  /** The withdrawal reason is empty or too long. */
  | 'invalid_withdrawal_reason'
  /** A workshop note has 1 to 20 000 characters. */
  | 'invalid_workshop_note'
  /** Only items with status `done` can be proposed as a service entry. */
  | 'item_not_done'
  /** An item id does not belong to this session. */
  | 'item_not_in_session'
  /** The HTTP method is not allowed on this path (HTTP 405). */
  | 'method_not_allowed'
  /** A full export needs an export token. */
  | 'missing_export_token'
  /** Moderator roles are granted and revoked through moderator accreditation, not a role change. */
  | 'moderator_accreditation_required'
  /** Moderators may only use login, consent, published articles and the CMS. */
  | 'moderator_confined'
  /** The account is not a moderator. */
  | 'not_a_moderator'
  /** No such object, or the caller may not know of it. */
  | 'not_found'
  /** The document cannot be approved: its virus scan is not CLEAN. */
  | 'not_scanned_clean'
  /** The note is too long. */
  | 'note_too_long'
  /** An administrator cannot change their own role. */
  | 'own_role_change'
  /** The add-on needs a purchase (entitlement) first. */
  | 'paywall_required'
  /** No persisted operation with this hash (after a deploy: reload the web app). */
  | 'persisted_query_not_found'
  /** Browser sessions in production may only run the web app's persisted operations (API tokens may send any document). */
  | 'persisted_query_only'
  /** Send a persisted operation hash (browser sessions in production). */
  | 'persisted_query_required'
  /** Before/after pictures must be PNG or JPEG. */
  | 'picture_not_image'
  /** The document cannot be approved: its privacy review is not cleared. */
  | 'pii_not_cleared'
  /** The owner already accepted or declined this proposed entry. */
  | 'proposal_already_decided'
  /** The public page of this vehicle is already on. */
  | 'public_share_already_enabled'
  /** The public page of this vehicle is off. */
  | 'public_share_not_enabled'
  /** The query's cost exceeds the limit: ask for smaller pages. */
  | 'query_too_costly'
  /** The query nests fields deeper than allowed. */
  | 'query_too_deep'
  /** Too many requests: the rate limit is used up. Retry after the time the `Retry-After`/`RateLimit-Reset` headers give. */
  | 'rate_limited'
  /** The request body exceeds 1 MiB (HTTP 413). */
  | 'request_too_large'
  /** Only a reviewed article can be published. */
  | 'review_required'
  /** The account's current role does not allow this role change. */
  | 'role_conflict'
  /** The account already has this role. */
  | 'role_unchanged'
  /** A service plan item needs an interval in months, in km, or both. */
  | 'service_plan_interval_missing'
  /** A vehicle's service plan holds at most 30 items. */
  | 'service_plan_item_limit_reached'
  /** No service plan item has this id (admins only; others get FORBIDDEN). */
  | 'service_plan_item_not_found'
  /** The plan already has an item of this kind (only custom items may repeat). */
  | 'service_plan_kind_exists'
  /** The workshop session is closed: nothing can be changed any more. */
  | 'session_closed'
  /** Only a signed-in session may do this (API tokens are created and revoked from a session, not with a token). */
  | 'session_required'
  /** The share token is unknown, rotated or disabled: ask the customer for the current QR code. */
  | 'share_token_not_available'
  /** Another article already has this slug. */
  | 'slug_taken'
  /** The business's owner cannot also be its staff. */
  | 'staff_is_owner'
  /** The business has reached its staff limit. */
  | 'staff_limit_reached'
  /** The account is not staff of the business. */
  | 'staff_not_found'
  /** The summary of an inspection or remediation has more than 2000 characters. */
  | 'summary_too_long'
  /** Only a superadmin may do this. */
  | 'superadmin_required'
  /** A text argument is longer than allowed. */
  | 'text_too_long'
  /** The account has reached its number of active API tokens: revoke one first. */
  | 'token_limit_reached'
  /** The API token has scope `read` and may not run mutations. */
  | 'token_read_only'
  /** The filter names too many actions. */
  | 'too_many_actions'
  /** The operation uses more aliases than allowed. */
  | 'too_many_aliases'
  /** The operation uses more directives than allowed. */
  | 'too_many_directives'
  /** A trust folder stage may hold at most 50 documents. */
  | 'too_many_documents'
  /** A document may be linked to at most the allowed number of entries. */
  | 'too_many_entries'
  /** Too many live boards are open for this account: close one first. */
  | 'too_many_subscriptions'
  /** The document has more lexical tokens than allowed (send long text as variables). */
  | 'too_many_tokens'
  /** Too many uploads of this account (or in all) are in progress: retry when one has finished (HTTP 429). */
  | 'too_many_uploads'
  /** The transfer was already extended once. */
  | 'transfer_already_extended'
  /** The vehicle already has an open transfer. */
  | 'transfer_already_open'
  /** The transfer code has expired. */
  | 'transfer_expired'
  /** No transfer for this code or id. */
  | 'transfer_not_found'
  /** The transfer is no longer open. */
  | 'transfer_not_open'
  /** The transfer cannot be redeemed (not open, or the vehicle is already yours). */
  | 'transfer_not_redeemable'
  /** No trust folder with this id, or the caller may not act on it. */
  | 'trust_folder_not_found'
  /** The token of the reminder mail's unsubscribe link is not one this server made (mistyped or cut off). */
  | 'unsubscribe_link_invalid'
  /** POST bodies must be `application/json` (uploads `multipart/form-data`) (HTTP 415). */
  | 'unsupported_content_type'
  /** The file is not a PDF, PNG or JPEG (decided by its content, not its name). */
  | 'unsupported_file_type'
  /** No account with this id. */
  | 'user_not_found'
  /** The account has reached its vehicle limit: more vehicles need the extra vehicles add-on. */
  | 'vehicle_limit_reached'
  /** No vehicle with this id, or the caller may not act on it. */
  | 'vehicle_not_found'
  /** A vehicle with this VIN is already registered. */
  | 'vin_already_registered'
  /** The webhook host does not resolve, or resolves to a loopback, private, link-local or reserved address. */
  | 'webhook_address_not_allowed'
  /** The account has reached its number of webhook endpoints (10): delete one first. */
  | 'webhook_limit_reached'
  /** A session holds at most 500 items. */
  | 'workshop_item_limit_reached'
  /** Name the vehicle with exactly one of `vehicleId` and `shareToken`. */
  | 'workshop_vehicle_required';

export type ExportTargetType =
  | 'account'
  | 'vehicle';

export type InspectionSource =
  | 'GPS'
  | 'OWNER'
  | 'READOUT'
  | 'WORKSHOP';

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

export type PresenceStatus =
  | 'nicht_vorhanden'
  | 'vorhanden';

/** A service entry proposed to the vehicle's owner from done items of the session. */
export type ProposedEntryInput = {
  /** YYYY-MM-DD, not in the future. */
  date: string;
  /** Done items of this session (1 to 500). */
  itemIds: Array<string | number>;
  /** Odometer in km (integer ≥ 0), required for a timeline entry. */
  km: number;
  /** At most 4000 characters. */
  note?: string | null | undefined;
  type: ServiceEntryType;
};

export type ProposedEntryStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type RecordInspectionInput = {
  /** At most 20000 characters. */
  details?: string | null | undefined;
  /** Documents of the same vehicle. */
  documentIds?: Array<string | number> | null | undefined;
  /** Not in the future; default now. */
  occurredAt?: string | null | undefined;
  odometerKm?: number | null | undefined;
  /** NOT_OK opens a defect case. */
  result: CheckResult;
  source: InspectionSource;
  /** At most 2000 characters. */
  summary?: string | null | undefined;
  /** 1 to 160 characters; default „Prüfung“. */
  title?: string | null | undefined;
  vehicleId: string | number;
};

export type RecordRemediationInput = {
  /** Documents of the same vehicle. */
  documentIds?: Array<string | number> | null | undefined;
  /** Not in the future; default now. */
  occurredAt?: string | null | undefined;
  odometerKm?: number | null | undefined;
  /** OK closes the case; NOT_OK keeps it open. */
  result: CheckResult;
  /** At most 2000 characters. */
  summary?: string | null | undefined;
  /** 1 to 160 characters; default „Behebung“. */
  title?: string | null | undefined;
};

/** Only what changes. Null clears note, cost and declared level; documentIds replaces the links (else they carry over). */
export type ReviseServiceEntryInput = {
  cost?: string | null | undefined;
  date?: string | null | undefined;
  declaredTrustLevel?: TrustLevel | null | undefined;
  documentIds?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  odometerKm?: number | null | undefined;
  odometerReplaced?: boolean | null | undefined;
  performedBy?: PerformedBy | null | undefined;
  type?: ServiceEntryType | null | undefined;
};

export type Role =
  | 'admin'
  | 'dealer'
  | 'moderator'
  | 'superadmin'
  | 'user'
  | 'vip';

export type ServiceEntryType =
  | 'accident'
  | 'inspection'
  | 'modification'
  | 'other'
  | 'repair'
  | 'restoration'
  | 'service'
  | 'tires';

export type ServicePlanItemInput = {
  /** 1 to 500000. */
  intervalKm?: number | null | undefined;
  /** 1 to 120; at least one of the two intervals. */
  intervalMonths?: number | null | undefined;
  /** One item per kind, except custom. */
  kind: ServicePlanItemKind;
  /** Default: the kind's usual types (required for custom items). */
  satisfiedBy?: Array<ServiceEntryType> | null | undefined;
  /** Custom items only: 1 to 60 characters. */
  title?: string | null | undefined;
};

export type ServicePlanItemKind =
  | 'bremsfluessigkeit'
  | 'custom'
  | 'hu_au'
  | 'inspektion'
  | 'oelwechsel'
  | 'reifenwechsel'
  | 'zahnriemen';

export type StepUpScope =
  | 'export_full'
  | 'moderator_accredit'
  | 'role_grant'
  | 'vip_business_approve'
  | 'vip_business_staff';

export type TransferState =
  | 'cancelled'
  | 'created'
  | 'expired'
  | 'redeemed';

export type TrustFolderStageInput = {
  /** PNG or JPEG documents of this vehicle */
  afterPictureIds?: Array<string | number> | null | undefined;
  /** PNG or JPEG documents of this vehicle */
  beforePictureIds?: Array<string | number> | null | undefined;
  /** Euros, at most two decimals */
  cost?: number | null | undefined;
  /** YYYY-MM-DD, from 1886-01-01, not in the future */
  date: string;
  documentIds?: Array<string | number> | null | undefined;
  /** e.g. Karosserie, Lack, Motor, Fahrwerk, Elektrik, Innenraum */
  name: string;
  performedBy: PerformedBy;
};

export type TrustLevel =
  | 'T1'
  | 'T2'
  | 'T3';

export type TrustLight =
  | 'gelb'
  | 'gruen'
  | 'orange'
  | 'rot';

export type TrustReasonCode =
  | 'accident_not_free_requires_completed_accident_trust'
  | 'accident_status_unknown_cap_orange'
  | 'accident_trust_missing_evidence'
  | 'document_quarantined_not_approved'
  | 'entry_required_fields_missing'
  | 'odometer_inconsistent'
  | 'open_defect_case'
  | 'pii_confirmed_blocks_t3'
  | 'pii_suspected_blocks_t3'
  | 'public_evidence_incomplete'
  | 't1_physical_servicebook_not_present'
  | 't2_requires_physical_servicebook_missing'
  | 't3_requires_document_missing'
  | 'trusted_upload_hash_missing';

export type TrustSeverity =
  | 'block'
  | 'cap'
  | 'warn';

export type UpdateVehicleInput = {
  accidentStatus?: AccidentStatus | null | undefined;
  accidentTrustCompleted?: boolean | null | undefined;
  buildYear?: number | null | undefined;
  /** Erstzulassung: from 1886-01-01, not in the future; null clears it on update. */
  firstRegistration?: string | null | undefined;
  interestedInSelling?: boolean | null | undefined;
  make?: string | null | undefined;
  model?: string | null | undefined;
  nickname?: string | null | undefined;
  physicalServiceBook?: boolean | null | undefined;
  vehicleClass?: VehicleClass | null | undefined;
};

export type VehicleClass =
  | 'Alltag'
  | 'Hypercar'
  | 'Luxus'
  | 'Nutzfahrzeug'
  | 'Sport';

/** How the caller acts on a vehicle it lists. */
export type VehicleRelation =
  /** Owned by the owner of an approved VIP business the caller is staff of; the caller acts with the owner's rights (except owner-only fields). */
  | 'ORG'
  /** The caller owns it. */
  | 'OWN';

export type VerificationLevel =
  | 'hoch'
  | 'mittel'
  | 'niedrig';

export type WorkshopItemInput = {
  /** At most 20 000 characters. */
  details?: string | null | undefined;
  /** Documents of vehicles the organisation may act on (at most 20). */
  evidenceDocumentIds?: Array<string | number> | null | undefined;
  kind: WorkshopItemKind;
  severity: WorkshopItemSeverity;
  /** 1 to 160 characters. */
  title: string;
};

export type WorkshopItemKind =
  | 'defect'
  | 'recommendation'
  | 'task';

export type WorkshopItemSeverity =
  | 'high'
  | 'low'
  | 'medium';

export type WorkshopItemStatus =
  | 'blocked'
  | 'done'
  | 'in_progress'
  | 'open';

/** Only what changes. Null clears details. */
export type WorkshopItemUpdateInput = {
  details?: string | null | undefined;
  severity?: WorkshopItemSeverity | null | undefined;
  status?: WorkshopItemStatus | null | undefined;
  title?: string | null | undefined;
};

export type WorkshopSessionStatus =
  | 'CLOSED'
  | 'OPEN';

export type WorkshopVehicleAccess =
  | 'OWN_OR_ORG'
  | 'SHARE_TOKEN';

export type ConsentCompleteQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentCompleteQuery = { __typename: 'Query', consentStatus: { __typename: 'ConsentStatus', complete: boolean } | null };

export type RequestStepUpMutationVariables = Exact<{
  scope: StepUpScope;
}>;


export type RequestStepUpMutation = { __typename: 'Mutation', requestStepUp: { __typename: 'StepUpChallenge', challengeId: string } };

export type ConfirmStepUpMutationVariables = Exact<{
  challengeId: string | number;
  code: string;
}>;


export type ConfirmStepUpMutation = { __typename: 'Mutation', confirmStepUp: { __typename: 'StepUpToken', stepUpToken: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, role: Role, emailMasked: string } | null };

export type SiteQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteQuery = { __typename: 'Query', site: { __typename: 'Site', trustDisclaimer: string, trustGreenHint: string, operator: { __typename: 'Operator', demo: boolean, name: string, representative: string | null, street: string, postalCode: string, city: string, country: string, email: string, phone: string, register: string | null, vatId: string | null, contentResponsible: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type ArticleQueryVariables = Exact<{
  kind: ArticleKind;
  slug: string;
}>;


export type ArticleQuery = { __typename: 'Query', article: { __typename: 'Article', id: string, title: string, excerpt: string, bodyHtml: string, publishedAt: string } | null };

export type UnsubscribeRemindersMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeRemindersMutation = { __typename: 'Mutation', unsubscribeReminders: boolean };

export type SearchUsersQueryVariables = Exact<{
  search: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchUsersQuery = { __typename: 'Query', users: { __typename: 'QueryUsersConnection', edges: Array<{ __typename: 'QueryUsersConnectionEdge', node: { __typename: 'User', id: string, emailMasked: string, role: Role } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type AddonConfigsQueryVariables = Exact<{ [key: string]: never; }>;


export type AddonConfigsQuery = { __typename: 'Query', addonConfigs: Array<{ __typename: 'AddonConfig', key: AddonKey, configured: boolean, allowNew: boolean, requiresPayment: boolean, adminOnly: boolean }> | null };

export type SetAddonConfigMutationVariables = Exact<{
  key: AddonKey;
  allowNew?: boolean | null | undefined;
  requiresPayment?: boolean | null | undefined;
  adminOnly?: boolean | null | undefined;
}>;


export type SetAddonConfigMutation = { __typename: 'Mutation', setAddonConfig: { __typename: 'AddonConfig', key: AddonKey, configured: boolean, allowNew: boolean, requiresPayment: boolean, adminOnly: boolean } };

export type EntitlementsQueryVariables = Exact<{
  userId: string | number;
}>;


export type EntitlementsQuery = { __typename: 'Query', entitlements: Array<{ __typename: 'Entitlement', key: EntitlementKey, userId: string, grantedAt: string }> | null };

export type GrantEntitlementMutationVariables = Exact<{
  userId: string | number;
  key: EntitlementKey;
}>;


export type GrantEntitlementMutation = { __typename: 'Mutation', grantEntitlement: { __typename: 'Entitlement', key: EntitlementKey, userId: string, grantedAt: string } };

export type RevokeEntitlementMutationVariables = Exact<{
  userId: string | number;
  key: EntitlementKey;
}>;


export type RevokeEntitlementMutation = { __typename: 'Mutation', revokeEntitlement: boolean };

export type AuditLogQueryVariables = Exact<{
  actions?: Array<string> | string | null | undefined;
  result?: AuditResult | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { __typename: 'Query', auditLog: { __typename: 'QueryAuditLogConnection', edges: Array<{ __typename: 'QueryAuditLogConnectionEdge', node: { __typename: 'AuditEvent', id: string, at: string, action: string, actorType: AuditActorType, actorRole: string | null, targetType: string | null, scope: AuditScope | null, result: AuditResult, reason: string | null, requestId: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type AdminVipBusinessFragment = { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> };

export type VipBusinessesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VipBusinessesQuery = { __typename: 'Query', vipBusinesses: { __typename: 'QueryVipBusinessesConnection', edges: Array<{ __typename: 'QueryVipBusinessesConnectionEdge', node: { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateVipBusinessMutationVariables = Exact<{
  name: string;
  ownerId: string | number;
}>;


export type CreateVipBusinessMutation = { __typename: 'Mutation', createVipBusiness: { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> } };

export type ApproveVipBusinessMutationVariables = Exact<{
  businessId: string | number;
  stepUpToken?: string | null | undefined;
}>;


export type ApproveVipBusinessMutation = { __typename: 'Mutation', approveVipBusiness: { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> } };

export type AddVipBusinessStaffMutationVariables = Exact<{
  businessId: string | number;
  userId: string | number;
  stepUpToken?: string | null | undefined;
}>;


export type AddVipBusinessStaffMutation = { __typename: 'Mutation', addVipBusinessStaff: { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> } };

export type RemoveVipBusinessStaffMutationVariables = Exact<{
  businessId: string | number;
  userId: string | number;
  stepUpToken?: string | null | undefined;
}>;


export type RemoveVipBusinessStaffMutation = { __typename: 'Mutation', removeVipBusinessStaff: { __typename: 'VipBusiness', id: string, name: string, approved: boolean, owner: { __typename: 'User', id: string, emailMasked: string } | null, staff: Array<{ __typename: 'User', id: string, emailMasked: string }> } };

export type CreateFullExportGrantMutationVariables = Exact<{
  targetType: ExportTargetType;
  targetId: string | number;
  stepUpToken?: string | null | undefined;
}>;


export type CreateFullExportGrantMutation = { __typename: 'Mutation', createFullExportGrant: { __typename: 'FullExportGrant', grantId: string, token: string, targetType: ExportTargetType, targetId: string, expiresAt: string } };

export type FullExportMutationVariables = Exact<{
  targetType: ExportTargetType;
  targetId: string | number;
  token?: string | null | undefined;
}>;


export type FullExportMutation = { __typename: 'Mutation', fullExport: { __typename: 'EncryptedExport', targetType: ExportTargetType, targetId: string, algorithm: string, payload: string } };

export type ReviewDocumentFragment = { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string };

export type QuarantineQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QuarantineQueueQuery = { __typename: 'Query', quarantineQueue: { __typename: 'QueryQuarantineQueueConnection', edges: Array<{ __typename: 'QueryQuarantineQueueConnectionEdge', node: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type ApproveDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveDocumentMutation = { __typename: 'Mutation', approveDocument: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string } };

export type RejectDocumentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectDocumentMutation = { __typename: 'Mutation', rejectDocument: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string } };

export type SetDocumentScanResultMutationVariables = Exact<{
  id: string | number;
  scanStatus: DocumentScanStatus;
}>;


export type SetDocumentScanResultMutation = { __typename: 'Mutation', setDocumentScanResult: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string } };

export type SetDocumentPiiStatusMutationVariables = Exact<{
  id: string | number;
  piiStatus: DocumentPiiStatus;
}>;


export type SetDocumentPiiStatusMutation = { __typename: 'Mutation', setDocumentPiiStatus: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, downloadUrl: string | null, createdAt: string } };

export type UsersQueryVariables = Exact<{
  role?: Role | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { __typename: 'Query', users: { __typename: 'QueryUsersConnection', edges: Array<{ __typename: 'QueryUsersConnectionEdge', node: { __typename: 'User', id: string, emailMasked: string, role: Role, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type GrantRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
  stepUpToken?: string | null | undefined;
}>;


export type GrantRoleMutation = { __typename: 'Mutation', grantRole: { __typename: 'User', id: string, role: Role } };

export type AccreditModeratorMutationVariables = Exact<{
  userId: string | number;
  stepUpToken?: string | null | undefined;
}>;


export type AccreditModeratorMutation = { __typename: 'Mutation', accreditModerator: { __typename: 'User', id: string, role: Role } };

export type ArticlesQueryVariables = Exact<{
  kind?: ArticleKind | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { __typename: 'Query', articles: { __typename: 'QueryArticlesConnection', edges: Array<{ __typename: 'QueryArticlesConnectionEdge', node: { __typename: 'Article', id: string, kind: ArticleKind, path: string, title: string, excerpt: string, publishedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type CmsArticleFieldsFragment = { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null };

export type MyArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyArticlesQuery = { __typename: 'Query', myArticles: { __typename: 'QueryMyArticlesConnection', edges: Array<{ __typename: 'QueryMyArticlesConnectionEdge', node: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type CmsArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CmsArticlesQuery = { __typename: 'Query', cmsArticles: { __typename: 'QueryCmsArticlesConnection', edges: Array<{ __typename: 'QueryCmsArticlesConnectionEdge', node: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type CreateArticleMutation = { __typename: 'Mutation', createArticle: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } };

export type UpdateArticleMutationVariables = Exact<{
  id: string | number;
  input: ArticlePatchInput;
}>;


export type UpdateArticleMutation = { __typename: 'Mutation', updateArticle: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } };

export type SubmitArticleForReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitArticleForReviewMutation = { __typename: 'Mutation', submitArticleForReview: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } };

export type ReviewArticleMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type ReviewArticleMutation = { __typename: 'Mutation', reviewArticle: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } };

export type PublishArticleMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishArticleMutation = { __typename: 'Mutation', publishArticle: { __typename: 'CmsArticle', id: string, kind: ArticleKind, slug: string, title: string, excerpt: string, body: string, state: ArticleState, reviewApproved: boolean, reviewNote: string | null, updatedAt: string, publishedAt: string | null } };

export type ConsentStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentStatusQuery = { __typename: 'Query', consentStatus: { __typename: 'ConsentStatus', complete: boolean, documents: Array<{ __typename: 'DocumentConsent', document: ConsentDocument, currentVersion: string, acceptedVersion: string | null, required: boolean }> } | null };

export type AcceptConsentsMutationVariables = Exact<{
  termsVersion: string;
  privacyVersion: string;
}>;


export type AcceptConsentsMutation = { __typename: 'Mutation', acceptConsents: { __typename: 'ConsentStatus', complete: boolean } };

export type AccountExportQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountExportQuery = { __typename: 'Query', accountExport: string | null };

export type ReminderSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReminderSettingsQuery = { __typename: 'Query', reminderSettings: { __typename: 'ReminderSettings', remindersEnabled: boolean, calendarFeed: { __typename: 'CalendarFeed', createdAt: string } | null } };

export type SetRemindersEnabledMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetRemindersEnabledMutation = { __typename: 'Mutation', setRemindersEnabled: { __typename: 'ReminderSettings', remindersEnabled: boolean } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename: 'Mutation', createCalendarFeed: { __typename: 'CreatedCalendarFeed', url: string, createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename: 'Mutation', revokeCalendarFeed: { __typename: 'ReminderSettings', remindersEnabled: boolean, calendarFeed: { __typename: 'CalendarFeed', createdAt: string } | null } };

export type DueItemsQueryVariables = Exact<{
  states?: Array<DueState> | DueState | null | undefined;
}>;


export type DueItemsQuery = { __typename: 'Query', dueItems: Array<{ __typename: 'DueItem', vehicle: { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null }, item: { __typename: 'ServicePlanItem', id: string, title: string, due: { __typename: 'DueStatus', state: DueState, dueDate: string | null, dueKm: number | null, estimatedKm: number | null } } }> | null };

export type RequestLoginCodeMutationVariables = Exact<{
  email: string;
}>;


export type RequestLoginCodeMutation = { __typename: 'Mutation', requestLoginCode: { __typename: 'LoginChallengePayload', challengeId: string, message: string } };

export type VerifyLoginCodeMutationVariables = Exact<{
  challengeId: string | number;
  code: string;
}>;


export type VerifyLoginCodeMutation = { __typename: 'Mutation', verifyLoginCode: { __typename: 'LoginResult', expiresAt: string, user: { __typename: 'SignedInUser', id: string, role: Role, emailMasked: string } } };

export type PublicVehicleQueryVariables = Exact<{
  token: string;
}>;


export type PublicVehicleQuery = { __typename: 'Query', publicVehicle: { __typename: 'PublicVehicle', light: TrustLight, hint: string, historyStatus: PresenceStatus, evidenceStatus: PresenceStatus, verificationLevel: VerificationLevel, accidentStatus: AccidentStatus, accidentStatusLabel: string, vehicleClass: VehicleClass | null, make: string, model: string, buildYear: number | null, disclaimer: string } | null };

export type CheckPublicVehicleVinMutationVariables = Exact<{
  token: string;
  vin: string;
}>;


export type CheckPublicVehicleVinMutation = { __typename: 'Mutation', checkPublicVehicleVin: { __typename: 'PublicVinCheck', matches: boolean, message: string } | null };

export type ApiTokenRowFragment = { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type MyApiTokensQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyApiTokensQuery = { __typename: 'Query', myApiTokens: { __typename: 'QueryMyApiTokensConnection', edges: Array<{ __typename: 'QueryMyApiTokensConnectionEdge', node: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  scope: ApiTokenScope;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreatedApiToken', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { __typename: 'Mutation', revokeApiToken: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type RedeemTransferMutationVariables = Exact<{
  token: string;
}>;


export type RedeemTransferMutation = { __typename: 'Mutation', redeemTransfer: { __typename: 'OwnershipTransfer', id: string, vehicleId: string, state: TransferState } };

export type RedeemAllowanceQueryVariables = Exact<{ [key: string]: never; }>;


export type RedeemAllowanceQuery = { __typename: 'Query', vehicleAllowance: { __typename: 'VehicleAllowance', owned: number, limit: number | null, mayAddVehicle: boolean } | null };

export type PublicCertificateQueryVariables = Exact<{
  id: string;
}>;


export type PublicCertificateQuery = { __typename: 'Query', publicCertificate: { __typename: 'PublicCertificate', state: CertificateState, chainFingerprint: string, make: string, model: string, issuedAt: string } | null };

export type MyVehiclesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyVehiclesQuery = { __typename: 'Query', myVehicles: { __typename: 'QueryMyVehiclesConnection', edges: Array<{ __typename: 'QueryMyVehiclesConnectionEdge', node: { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null, buildYear: number | null, vinMasked: string, trustSummary: { __typename: 'TrustSummary', light: TrustLight, hint: string, disclaimer: string } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type VehicleAllowanceQueryVariables = Exact<{ [key: string]: never; }>;


export type VehicleAllowanceQuery = { __typename: 'Query', vehicleAllowance: { __typename: 'VehicleAllowance', owned: number, limit: number | null, mayAddVehicle: boolean } | null };

export type VehicleDetailQueryVariables = Exact<{
  id: string | number;
  entries: number;
  documents: number;
}>;


export type VehicleDetailQuery = { __typename: 'Query', documentUploadMaxBytes: number, vehicle: { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null, buildYear: number | null, firstRegistration: string | null, vehicleClass: VehicleClass | null, vinMasked: string, accidentStatus: AccidentStatus, accidentStatusLabel: string, accidentTrustCompleted: boolean, physicalServiceBook: boolean, interestedInSelling: boolean | null, publicShareEnabled: boolean, trustSummary: { __typename: 'TrustSummary', light: TrustLight, hint: string, verificationLevel: VerificationLevel, historyStatus: PresenceStatus, evidenceStatus: PresenceStatus, accidentStatusLabel: string, bestLevel: TrustLevel | null, disclaimer: string, reasons: Array<{ __typename: 'TrustReason', code: TrustReasonCode, hint: string, severity: TrustSeverity }>, todos: Array<{ __typename: 'TrustReason', code: TrustReasonCode, hint: string, severity: TrustSeverity }> }, documents: { __typename: 'VehicleDocumentsConnection', edges: Array<{ __typename: 'VehicleDocumentsConnectionEdge', node: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, rejectionReason: string | null, validEvidence: boolean, downloadUrl: string | null, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } }, entries: { __typename: 'VehicleEntriesConnection', edges: Array<{ __typename: 'VehicleEntriesConnectionEdge', node: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } }, publicShare: { __typename: 'PublicShareLink', url: string, qrPngDataUrl: string, qrSvg: string } | null } | null };

export type VehicleCertificatesQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleCertificatesQuery = { __typename: 'Query', vehicle: { __typename: 'Vehicle', id: string, certificates: Array<{ __typename: 'Certificate', id: string, state: CertificateState, issuedAt: string, validUntil: string, revokedAt: string | null, chainFingerprint: string, entryCount: number, checkUrl: string }> } | null };

export type CertificatePdfQueryVariables = Exact<{
  vehicleId: string | number;
  id: string;
}>;


export type CertificatePdfQuery = { __typename: 'Query', vehicle: { __typename: 'Vehicle', id: string, certificate: { __typename: 'Certificate', id: string, pdfBase64: string } | null } | null };

export type GenerateCertificateMutationVariables = Exact<{
  vehicleId: string | number;
}>;


export type GenerateCertificateMutation = { __typename: 'Mutation', generateCertificate: { __typename: 'Certificate', id: string, state: CertificateState } };

export type RevokeCertificateMutationVariables = Exact<{
  id: string;
}>;


export type RevokeCertificateMutation = { __typename: 'Mutation', revokeCertificate: { __typename: 'Certificate', id: string, state: CertificateState, revokedAt: string | null } };

export type VehicleStatisticsQueryVariables = Exact<{
  id: string | number;
}>;


export type VehicleStatisticsQuery = { __typename: 'Query', vehicle: { __typename: 'Vehicle', id: string, nextDue: { __typename: 'ServicePlanItem', id: string, title: string, due: { __typename: 'DueStatus', state: DueState, dueDate: string | null, dueKm: number | null } } | null, statistics: { __typename: 'VehicleStatistics', entryCount: number, totalCost: string, costThisYear: string, totalKm: number, costPer100Km: string | null, serviceCount: number, averageServiceIntervalDays: number | null, averageServiceIntervalKm: number | null, lastServiceDate: string | null, lastServiceKm: number | null, years: Array<{ __typename: 'YearStatistics', year: number, cost: string, km: number | null }>, byType: Array<{ __typename: 'TypeStatistics', type: ServiceEntryType, cost: string, entryCount: number }> } | null } | null };

export type VehicleDocumentFragment = { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, rejectionReason: string | null, validEvidence: boolean, downloadUrl: string | null, createdAt: string };

export type RemoveRejectedDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveRejectedDocumentMutation = { __typename: 'Mutation', removeRejectedDocument: { __typename: 'Document', id: string } };

export type EntriesCsvQueryVariables = Exact<{
  vehicleId: string | number;
  separator: CsvSeparator;
}>;


export type EntriesCsvQuery = { __typename: 'Query', vehicle: { __typename: 'Vehicle', id: string, entriesCsv: string } | null };

export type CsvImportReportFragment = { __typename: 'CsvImportReport', format: CsvFormat, importedCount: number, rows: Array<{ __typename: 'CsvImportRow', line: number, status: CsvRowStatus, reason: ErrorReason | null, date: string | null, type: ServiceEntryType | null, odometerKm: number | null, cost: string | null, note: string | null }> };

export type ImportEntriesCsvMutationVariables = Exact<{
  vehicleId: string | number;
  csv: string;
  dryRun: boolean;
  skipInvalidRows: boolean;
  lubeLoggerType: ServiceEntryType;
}>;


export type ImportEntriesCsvMutation = { __typename: 'Mutation', importEntriesCsv: { __typename: 'CsvImportReport', format: CsvFormat, importedCount: number, rows: Array<{ __typename: 'CsvImportRow', line: number, status: CsvRowStatus, reason: ErrorReason | null, date: string | null, type: ServiceEntryType | null, odometerKm: number | null, cost: string | null, note: string | null }> } };

export type VehicleInspectionsQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleInspectionsQuery = { __typename: 'Query', vehicle: { __typename: 'Vehicle', id: string, defectCases: Array<{ __typename: 'DefectCase', id: string, status: DefectCaseStatus, statusLabel: string, summary: string, openedAt: string, closedAt: string | null, inspection: { __typename: 'InspectionEvent', id: string, title: string, occurredAt: string }, remediations: Array<{ __typename: 'Remediation', id: string, result: CheckResult, title: string, summary: string | null, occurredAt: string, odometerKm: number | null }> }>, inspections: { __typename: 'VehicleInspectionsConnection', edges: Array<{ __typename: 'VehicleInspectionsConnectionEdge', node: { __typename: 'InspectionEvent', id: string, source: InspectionSource, result: CheckResult, title: string, summary: string | null, occurredAt: string, odometerKm: number | null, linkedDocumentIds: Array<string> } }> } } | null };

export type RecordInspectionMutationVariables = Exact<{
  input: RecordInspectionInput;
}>;


export type RecordInspectionMutation = { __typename: 'Mutation', recordInspection: { __typename: 'InspectionEvent', id: string, result: CheckResult, defectCase: { __typename: 'DefectCase', id: string, status: DefectCaseStatus } | null } };

export type RecordRemediationMutationVariables = Exact<{
  caseId: string | number;
  input: RecordRemediationInput;
}>;


export type RecordRemediationMutation = { __typename: 'Mutation', recordRemediation: { __typename: 'DefectCase', id: string, status: DefectCaseStatus, statusLabel: string, remediations: Array<{ __typename: 'Remediation', id: string }> } };

export type PublicShareFragment = { __typename: 'Vehicle', id: string, publicShareEnabled: boolean, publicShare: { __typename: 'PublicShareLink', url: string, qrPngDataUrl: string, qrSvg: string } | null };

export type EnablePublicShareMutationVariables = Exact<{
  vehicleId: string | number;
}>;


export type EnablePublicShareMutation = { __typename: 'Mutation', enablePublicShare: { __typename: 'PublicShareLink', vehicle: { __typename: 'Vehicle', id: string, publicShareEnabled: boolean, publicShare: { __typename: 'PublicShareLink', url: string, qrPngDataUrl: string, qrSvg: string } | null } } };

export type RotatePublicShareMutationVariables = Exact<{
  vehicleId: string | number;
}>;


export type RotatePublicShareMutation = { __typename: 'Mutation', rotatePublicShare: { __typename: 'PublicShareLink', vehicle: { __typename: 'Vehicle', id: string, publicShareEnabled: boolean, publicShare: { __typename: 'PublicShareLink', url: string, qrPngDataUrl: string, qrSvg: string } | null } } };

export type DisablePublicShareMutationVariables = Exact<{
  vehicleId: string | number;
}>;


export type DisablePublicShareMutation = { __typename: 'Mutation', disablePublicShare: boolean };

export type ServicePlanItemFieldsFragment = { __typename: 'ServicePlanItem', id: string, kind: ServicePlanItemKind, title: string, intervalMonths: number | null, intervalKm: number | null, satisfiedBy: Array<ServiceEntryType>, due: { __typename: 'DueStatus', state: DueState, dueDate: string | null, dueKm: number | null, lastDoneDate: string | null, lastDoneKm: number | null, estimatedKm: number | null } };

export type VehicleServicePlanQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleServicePlanQuery = { __typename: 'Query', servicePlanKinds: Array<{ __typename: 'ServicePlanKind', kind: ServicePlanItemKind, title: string, satisfiedBy: Array<ServiceEntryType> }>, vehicle: { __typename: 'Vehicle', id: string, firstRegistration: string | null, servicePlan: Array<{ __typename: 'ServicePlanItem', id: string, kind: ServicePlanItemKind, title: string, intervalMonths: number | null, intervalKm: number | null, satisfiedBy: Array<ServiceEntryType>, due: { __typename: 'DueStatus', state: DueState, dueDate: string | null, dueKm: number | null, lastDoneDate: string | null, lastDoneKm: number | null, estimatedKm: number | null } }> } | null };

export type AddServicePlanItemMutationVariables = Exact<{
  vehicleId: string | number;
  input: ServicePlanItemInput;
}>;


export type AddServicePlanItemMutation = { __typename: 'Mutation', addServicePlanItem: { __typename: 'ServicePlanItem', id: string } };

export type UpdateServicePlanItemMutationVariables = Exact<{
  id: string | number;
  input: ServicePlanItemInput;
}>;


export type UpdateServicePlanItemMutation = { __typename: 'Mutation', updateServicePlanItem: { __typename: 'ServicePlanItem', id: string, kind: ServicePlanItemKind, title: string, intervalMonths: number | null, intervalKm: number | null, satisfiedBy: Array<ServiceEntryType>, due: { __typename: 'DueStatus', state: DueState, dueDate: string | null, dueKm: number | null, lastDoneDate: string | null, lastDoneKm: number | null, estimatedKm: number | null } } };

export type RemoveServicePlanItemMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveServicePlanItemMutation = { __typename: 'Mutation', removeServicePlanItem: boolean };

export type TimelineEntryFragment = { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string };

export type AddServiceEntryMutationVariables = Exact<{
  input: AddServiceEntryInput;
}>;


export type AddServiceEntryMutation = { __typename: 'Mutation', addServiceEntry: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } };

export type ReviseServiceEntryMutationVariables = Exact<{
  entryId: string | number;
  input: ReviseServiceEntryInput;
}>;


export type ReviseServiceEntryMutation = { __typename: 'Mutation', reviseServiceEntry: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } };

export type WithdrawServiceEntryMutationVariables = Exact<{
  entryId: string | number;
  reason: string;
}>;


export type WithdrawServiceEntryMutation = { __typename: 'Mutation', withdrawServiceEntry: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } };

export type EntryHistoryQueryVariables = Exact<{
  entryId: string | number;
  after?: string | null | undefined;
}>;


export type EntryHistoryQuery = { __typename: 'Query', serviceEntryHistory: { __typename: 'QueryServiceEntryHistoryConnection', edges: Array<{ __typename: 'QueryServiceEntryHistoryConnectionEdge', node: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type VehicleTransferQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleTransferQuery = { __typename: 'Query', myTransfers: { __typename: 'QueryMyTransfersConnection', edges: Array<{ __typename: 'QueryMyTransfersConnectionEdge', node: { __typename: 'OwnershipTransfer', id: string, vehicleId: string, state: TransferState, expiresAt: string, extended: boolean, initiatedByMe: boolean } }> } | null };

export type CreateTransferMutationVariables = Exact<{
  vehicleId: string | number;
}>;


export type CreateTransferMutation = { __typename: 'Mutation', createTransfer: { __typename: 'CreatedTransfer', token: string, redeemUrl: string, qrCodePngDataUrl: string, qrCodeSvg: string, transfer: { __typename: 'OwnershipTransfer', id: string, state: TransferState, expiresAt: string } } };

export type CancelTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelTransferMutation = { __typename: 'Mutation', cancelTransfer: { __typename: 'OwnershipTransfer', id: string, state: TransferState } };

export type ExtendTransferMutationVariables = Exact<{
  id: string | number;
}>;


export type ExtendTransferMutation = { __typename: 'Mutation', extendTransfer: { __typename: 'OwnershipTransfer', id: string, expiresAt: string, extended: boolean } };

export type VehicleExportQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleExportQuery = { __typename: 'Query', vehicleExport: string | null };

export type TrustFoldersQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type TrustFoldersQuery = { __typename: 'Query', trustFolders: { __typename: 'QueryTrustFoldersConnection', edges: Array<{ __typename: 'QueryTrustFoldersConnectionEdge', node: { __typename: 'TrustFolder', id: string, key: AddonKey, title: string, stages: Array<{ __typename: 'TrustFolderStage', id: string, name: string, date: string, performedByLabel: string, cost: number | null, documentIds: Array<string> }> } }> } | null };

export type VehicleAddonsQueryVariables = Exact<{
  vehicleId: string | number;
}>;


export type VehicleAddonsQuery = { __typename: 'Query', vehicleAddons: Array<{ __typename: 'VehicleAddon', vehicleId: string, key: AddonKey, enabled: boolean, blockedBy: ErrorReason | null }> | null };

export type EnableVehicleAddonMutationVariables = Exact<{
  vehicleId: string | number;
  key: AddonKey;
}>;


export type EnableVehicleAddonMutation = { __typename: 'Mutation', enableVehicleAddon: { __typename: 'VehicleAddon', vehicleId: string, key: AddonKey, enabled: boolean, blockedBy: ErrorReason | null } };

export type DisableVehicleAddonMutationVariables = Exact<{
  vehicleId: string | number;
  key: AddonKey;
}>;


export type DisableVehicleAddonMutation = { __typename: 'Mutation', disableVehicleAddon: { __typename: 'VehicleAddon', vehicleId: string, key: AddonKey, enabled: boolean, blockedBy: ErrorReason | null } };

export type CreateTrustFolderMutationVariables = Exact<{
  vehicleId: string | number;
  key: AddonKey;
  title: string;
}>;


export type CreateTrustFolderMutation = { __typename: 'Mutation', createTrustFolder: { __typename: 'TrustFolder', id: string, key: AddonKey, title: string } };

export type AddTrustFolderStageMutationVariables = Exact<{
  folderId: string | number;
  input: TrustFolderStageInput;
}>;


export type AddTrustFolderStageMutation = { __typename: 'Mutation', addTrustFolderStage: { __typename: 'TrustFolderStage', id: string } };

export type RenameTrustFolderMutationVariables = Exact<{
  id: string | number;
  title: string;
}>;


export type RenameTrustFolderMutation = { __typename: 'Mutation', renameTrustFolder: { __typename: 'TrustFolder', id: string, title: string } };

export type DeleteTrustFolderMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteTrustFolderMutation = { __typename: 'Mutation', deleteTrustFolder: { __typename: 'TrustFolder', id: string } };

export type TrustSummaryFragment = { __typename: 'TrustSummary', light: TrustLight, hint: string, verificationLevel: VerificationLevel, historyStatus: PresenceStatus, evidenceStatus: PresenceStatus, accidentStatusLabel: string, bestLevel: TrustLevel | null, disclaimer: string, reasons: Array<{ __typename: 'TrustReason', code: TrustReasonCode, hint: string, severity: TrustSeverity }>, todos: Array<{ __typename: 'TrustReason', code: TrustReasonCode, hint: string, severity: TrustSeverity }> };

export type UploadDocumentMutationVariables = Exact<{
  vehicleId: string | number;
  file: File;
  entryIds?: Array<string | number> | string | number | null | undefined;
}>;


export type UploadDocumentMutation = { __typename: 'Mutation', uploadDocument: { __typename: 'Document', id: string, filename: string, contentType: string, sizeBytes: number, approvalStatus: DocumentApprovalStatus, scanStatus: DocumentScanStatus, piiStatus: DocumentPiiStatus, rejectionReason: string | null, validEvidence: boolean, downloadUrl: string | null, createdAt: string } };

export type ReplaceRejectedDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReplaceRejectedDocumentMutation = { __typename: 'Mutation', removeRejectedDocument: { __typename: 'Document', id: string } };

export type VehicleDataFragment = { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null, buildYear: number | null, firstRegistration: string | null, vehicleClass: VehicleClass | null, vinMasked: string, accidentStatus: AccidentStatus, accidentStatusLabel: string, accidentTrustCompleted: boolean, physicalServiceBook: boolean, interestedInSelling: boolean | null };

export type UpdateVehicleMutationVariables = Exact<{
  id: string | number;
  input: UpdateVehicleInput;
}>;


export type UpdateVehicleMutation = { __typename: 'Mutation', updateVehicle: { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null, buildYear: number | null, firstRegistration: string | null, vehicleClass: VehicleClass | null, vinMasked: string, accidentStatus: AccidentStatus, accidentStatusLabel: string, accidentTrustCompleted: boolean, physicalServiceBook: boolean, interestedInSelling: boolean | null } };

export type ProposedServiceEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposedServiceEntriesQuery = { __typename: 'Query', proposedServiceEntries: Array<{ __typename: 'ProposedServiceEntry', id: string, status: ProposedEntryStatus, vehicleId: string, date: string, type: ServiceEntryType, km: number, note: string | null, itemTitles: Array<string>, workshopName: string, createdAt: string }> };

export type AcceptProposedEntryMutationVariables = Exact<{
  idempotencyKey: string;
  id: string | number;
}>;


export type AcceptProposedEntryMutation = { __typename: 'Mutation', acceptProposedEntry: { __typename: 'ServiceEntry', id: string, groupId: string, version: number, date: string, type: ServiceEntryType, performedBy: PerformedBy, performedByLabel: string, odometerKm: number, odometerReplaced: boolean, note: string | null, cost: string | null, declaredTrustLevel: TrustLevel | null, effectiveTrustLevel: TrustLevel, linkedDocumentIds: Array<string>, withdrawn: boolean, withdrawalReason: string | null, confirmedByWorkshop: boolean, imported: boolean, createdAt: string } };

export type DeclineProposedEntryMutationVariables = Exact<{
  idempotencyKey: string;
  id: string | number;
}>;


export type DeclineProposedEntryMutation = { __typename: 'Mutation', declineProposedEntry: { __typename: 'ProposedServiceEntry', id: string, status: ProposedEntryStatus } };

export type CreateVehicleMutationVariables = Exact<{
  input: CreateVehicleInput;
}>;


export type CreateVehicleMutation = { __typename: 'Mutation', createVehicle: { __typename: 'Vehicle', id: string } };

export type NewVehicleAllowanceQueryVariables = Exact<{ [key: string]: never; }>;


export type NewVehicleAllowanceQuery = { __typename: 'Query', vehicleAllowance: { __typename: 'VehicleAllowance', owned: number, limit: number | null, mayAddVehicle: boolean } | null };

export type WorkshopSessionsQueryVariables = Exact<{
  status?: WorkshopSessionStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WorkshopSessionsQuery = { __typename: 'Query', workshopSessions: { __typename: 'WorkshopSessionConnection', edges: Array<{ __typename: 'WorkshopSessionEdge', node: { __typename: 'WorkshopSession', id: string, status: WorkshopSessionStatus, openedAt: string, closedAt: string | null, access: WorkshopVehicleAccess, vehicle: { __typename: 'WorkshopVehicle', make: string, model: string, year: number | null, trustLight: string | null }, items: Array<{ __typename: 'WorkshopItem', id: string, status: WorkshopItemStatus }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WorkshopVehiclesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WorkshopVehiclesQuery = { __typename: 'Query', actableVehicles: { __typename: 'QueryActableVehiclesConnection', edges: Array<{ __typename: 'QueryActableVehiclesConnectionEdge', relation: VehicleRelation, node: { __typename: 'Vehicle', id: string, make: string, model: string, nickname: string | null, buildYear: number | null } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } | null };

export type OpenWorkshopSessionMutationVariables = Exact<{
  idempotencyKey: string;
  vehicleId?: string | number | null | undefined;
  shareToken?: string | null | undefined;
}>;


export type OpenWorkshopSessionMutation = { __typename: 'Mutation', openWorkshopSession: { __typename: 'WorkshopSession', id: string, status: WorkshopSessionStatus } };

export type WorkshopSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkshopSessionQuery = { __typename: 'Query', workshopSession: { __typename: 'WorkshopSession', id: string, status: WorkshopSessionStatus, openedAt: string, closedAt: string | null, access: WorkshopVehicleAccess, vehicle: { __typename: 'WorkshopVehicle', make: string, model: string, year: number | null, vehicleId: string | null, trustLight: string | null }, notes: Array<{ __typename: 'WorkshopNote', id: string, text: string, createdAt: string }>, items: Array<{ __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string }>, latestSnapshot: { __typename: 'WorkshopBoardSnapshot', id: string, itemIds: Array<string>, createdAt: string } | null, proposedEntry: { __typename: 'ProposedServiceEntry', id: string, status: ProposedEntryStatus, date: string, type: ServiceEntryType, km: number, note: string | null, itemTitles: Array<string> } | null } };

export type PublishWorkshopBoardMutationVariables = Exact<{
  idempotencyKey: string;
  sessionId: string | number;
  itemIds: Array<string | number> | string | number;
  note?: string | null | undefined;
}>;


export type PublishWorkshopBoardMutation = { __typename: 'Mutation', publishWorkshopBoard: { __typename: 'WorkshopBoardSnapshot', id: string, itemIds: Array<string>, note: string | null, createdAt: string } };

export type CloseWorkshopSessionMutationVariables = Exact<{
  idempotencyKey: string;
  sessionId: string | number;
  proposeEntry?: ProposedEntryInput | null | undefined;
}>;


export type CloseWorkshopSessionMutation = { __typename: 'Mutation', closeWorkshopSession: { __typename: 'WorkshopSession', id: string, status: WorkshopSessionStatus, closedAt: string | null, proposedEntry: { __typename: 'ProposedServiceEntry', id: string, status: ProposedEntryStatus } | null } };

export type WorkshopItemFieldsFragment = { __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string };

export type AddWorkshopItemsMutationVariables = Exact<{
  idempotencyKey: string;
  sessionId: string | number;
  items: Array<WorkshopItemInput> | WorkshopItemInput;
}>;


export type AddWorkshopItemsMutation = { __typename: 'Mutation', addWorkshopItems: Array<{ __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string }> };

export type UpdateWorkshopItemMutationVariables = Exact<{
  idempotencyKey: string;
  itemId: string | number;
  input: WorkshopItemUpdateInput;
}>;


export type UpdateWorkshopItemMutation = { __typename: 'Mutation', updateWorkshopItem: { __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string } };

export type AddWorkshopNoteMutationVariables = Exact<{
  idempotencyKey: string;
  sessionId: string | number;
  text: string;
}>;


export type AddWorkshopNoteMutation = { __typename: 'Mutation', addWorkshopNote: { __typename: 'WorkshopNote', id: string, text: string, createdAt: string } };

export type WorkshopBoardSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type WorkshopBoardSubscription = { workshopBoard: { __typename: 'WorkshopBoard', session: { __typename: 'WorkshopSession', id: string, status: WorkshopSessionStatus, vehicle: { __typename: 'WorkshopVehicle', make: string, model: string, year: number | null } }, snapshot: { __typename: 'WorkshopBoardSnapshot', id: string, note: string | null, createdAt: string, items: Array<{ __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string }> } | null, openItems: Array<{ __typename: 'WorkshopItem', id: string, kind: WorkshopItemKind, title: string, details: string | null, severity: WorkshopItemSeverity, status: WorkshopItemStatus, evidenceDocumentIds: Array<string>, createdAt: string, updatedAt: string }> } };

export const AdminVipBusinessFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<AdminVipBusinessFragment, unknown>;
export const ReviewDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviewDocumentFragment, unknown>;
export const CmsArticleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CmsArticleFieldsFragment, unknown>;
export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const VehicleDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"validEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VehicleDocumentFragment, unknown>;
export const CsvImportReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsvImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsvImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CsvImportReportFragment, unknown>;
export const PublicShareFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicShareEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrPngDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<PublicShareFragment, unknown>;
export const ServicePlanItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"intervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueKm"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneKm"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedKm"}}]}}]}}]} as unknown as DocumentNode<ServicePlanItemFieldsFragment, unknown>;
export const TimelineEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TimelineEntryFragment, unknown>;
export const TrustSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"historyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<TrustSummaryFragment, unknown>;
export const VehicleDataFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"vinMasked"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accidentTrustCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"physicalServiceBook"}},{"kind":"Field","name":{"kind":"Name","value":"interestedInSelling"}}]}}]} as unknown as DocumentNode<VehicleDataFragment, unknown>;
export const WorkshopItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WorkshopItemFieldsFragment, unknown>;
export const ConsentCompleteDocument = {"__meta__":{"hash":"sha256:008c9f6c59ea743663f7b884d702e185a183c311c18fdfa7a5d74d69ac454894"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentComplete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<ConsentCompleteQuery, ConsentCompleteQueryVariables>;
export const RequestStepUpDocument = {"__meta__":{"hash":"sha256:af64fcf595629415bfc76ab30535c32c4994c6a5342b1482b5fcda8b2b73726a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestStepUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StepUpScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestStepUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"challengeId"}}]}}]}}]} as unknown as DocumentNode<RequestStepUpMutation, RequestStepUpMutationVariables>;
export const ConfirmStepUpDocument = {"__meta__":{"hash":"sha256:6677d43973a7dc55dd08994e4150713d983009fd952f63f2dd150ad156a6f568"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmStepUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmStepUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stepUpToken"}}]}}]}}]} as unknown as DocumentNode<ConfirmStepUpMutation, ConfirmStepUpMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:2bbf63c5e1cdea6b0cff3b1fc8f6cda8fa5fdb0c1a7c05349ec8fef6b6dd9956"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SiteDocument = {"__meta__":{"hash":"sha256:94f8e03181f43f4dbef00f36b7843bd1c05dc8fcbdb4cdaaad216a0664c3ea7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"vatId"}},{"kind":"Field","name":{"kind":"Name","value":"contentResponsible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trustDisclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"trustGreenHint"}}]}}]}}]} as unknown as DocumentNode<SiteQuery, SiteQueryVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:64c61094b1bd99d0f1726da3b92a011b02483334b394b4890c7a449f152dd4bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ArticleDocument = {"__meta__":{"hash":"sha256:146dc4fba7a41e7ede7a37d620953aff9d270fc3551fad75f7c806259a628d7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Article"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ArticleQuery, ArticleQueryVariables>;
export const UnsubscribeRemindersDocument = {"__meta__":{"hash":"sha256:a8e24c31701d1bcaeac1218f6dbfd80110bbc16358617ea59ea50aec40a769e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribeReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeRemindersMutation, UnsubscribeRemindersMutationVariables>;
export const SearchUsersDocument = {"__meta__":{"hash":"sha256:ecb04b5958d720758ea556b614fdfc1e4c6d1b4d5549bf523b513740efb63423"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchUsersQuery, SearchUsersQueryVariables>;
export const AddonConfigsDocument = {"__meta__":{"hash":"sha256:112c4d4942e1a585ba8266dcafc21aefa416cda47e011b9b1bbfc718be20d2f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddonConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addonConfigs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"allowNew"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPayment"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}}]}}]}}]} as unknown as DocumentNode<AddonConfigsQuery, AddonConfigsQueryVariables>;
export const SetAddonConfigDocument = {"__meta__":{"hash":"sha256:d2aad933e25606e1f0cb789ac9e1bef0f252685adf383c053cb397508721000c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAddonConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddonKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allowNew"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requiresPayment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setAddonConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"allowNew"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allowNew"}}},{"kind":"Argument","name":{"kind":"Name","value":"requiresPayment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requiresPayment"}}},{"kind":"Argument","name":{"kind":"Name","value":"adminOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"allowNew"}},{"kind":"Field","name":{"kind":"Name","value":"requiresPayment"}},{"kind":"Field","name":{"kind":"Name","value":"adminOnly"}}]}}]}}]} as unknown as DocumentNode<SetAddonConfigMutation, SetAddonConfigMutationVariables>;
export const EntitlementsDocument = {"__meta__":{"hash":"sha256:3f03c83c010b0abeeba2b38598f4c2985267364192f240dfaf17fff1f053cd68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entitlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<EntitlementsQuery, EntitlementsQueryVariables>;
export const GrantEntitlementDocument = {"__meta__":{"hash":"sha256:036d8c543b308213284d659e96f927b4e6ce9822ef3585d0a5f4ca50a6670241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntitlementKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}}]}}]}}]} as unknown as DocumentNode<GrantEntitlementMutation, GrantEntitlementMutationVariables>;
export const RevokeEntitlementDocument = {"__meta__":{"hash":"sha256:8c1dba1986ba7c27147c9ac0523e6d9f82ccd65258cff0ab7444901944777815"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeEntitlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntitlementKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}]}]}}]} as unknown as DocumentNode<RevokeEntitlementMutation, RevokeEntitlementMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:f431816776ce84af520207a88c53d918e5a2017017806b78effb8ba68de47280"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"result"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditResult"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"result"},"value":{"kind":"Variable","name":{"kind":"Name","value":"result"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VipBusinessesDocument = {"__meta__":{"hash":"sha256:118aa4fb342b6761a4c133eb3a873b8cc13d0e038c3ee73b331e5cf84a52ea21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VipBusinesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vipBusinesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVipBusiness"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<VipBusinessesQuery, VipBusinessesQueryVariables>;
export const CreateVipBusinessDocument = {"__meta__":{"hash":"sha256:510626505016e5925233d75452fa87b93e2816c8c67558d2761226342a96bbf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVipBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createVipBusiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVipBusiness"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<CreateVipBusinessMutation, CreateVipBusinessMutationVariables>;
export const ApproveVipBusinessDocument = {"__meta__":{"hash":"sha256:904740b5926b23b74faecaa375c16c1f9a3bc73c7b4290cfc352dbdff938b0af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVipBusiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveVipBusiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVipBusiness"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<ApproveVipBusinessMutation, ApproveVipBusinessMutationVariables>;
export const AddVipBusinessStaffDocument = {"__meta__":{"hash":"sha256:fe2962038c82a33c05284d38327f10f2ae653ed70a6b82c87c7f55121b5d0971"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVipBusinessStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addVipBusinessStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVipBusiness"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<AddVipBusinessStaffMutation, AddVipBusinessStaffMutationVariables>;
export const RemoveVipBusinessStaffDocument = {"__meta__":{"hash":"sha256:f525ca82e3568fbda8f5a110d74c95da5088cbc2ace0a9f25fb6e611f8d495bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveVipBusinessStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeVipBusinessStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"businessId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"businessId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVipBusiness"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVipBusiness"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VipBusiness"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]} as unknown as DocumentNode<RemoveVipBusinessStaffMutation, RemoveVipBusinessStaffMutationVariables>;
export const CreateFullExportGrantDocument = {"__meta__":{"hash":"sha256:ba2de6075053fa7fc5690cc093c0864f94509918bc9f7da41271f0d41b58a062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFullExportGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTargetType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFullExportGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateFullExportGrantMutation, CreateFullExportGrantMutationVariables>;
export const FullExportDocument = {"__meta__":{"hash":"sha256:b066c0a237f65df5adbf07d9d96f52a5407d3b0dd72308f9d8f1e935785653c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FullExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTargetType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fullExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<FullExportMutation, FullExportMutationVariables>;
export const QuarantineQueueDocument = {"__meta__":{"hash":"sha256:25eacd1bab4cb6fc3bcbcb03a3e9cd5f6d6c569a1f334709894467ec1ebad523"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarantineQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quarantineQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDocument"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<QuarantineQueueQuery, QuarantineQueueQueryVariables>;
export const ApproveDocumentDocument = {"__meta__":{"hash":"sha256:db908d75e553ebb217edacedb542d1f474b47e77a992e4b3bc20d48e74d651e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApproveDocumentMutation, ApproveDocumentMutationVariables>;
export const RejectDocumentDocument = {"__meta__":{"hash":"sha256:28f985cd8a54af7480c932f33624753f1703674313813a459a0dd2e74caa2b98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RejectDocumentMutation, RejectDocumentMutationVariables>;
export const SetDocumentScanResultDocument = {"__meta__":{"hash":"sha256:bc3395da21994d19fdefbe94095fe579a799899cf59daaa9ae67cbb4e2f5d99f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDocumentScanResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scanStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentScanStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentScanResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"scanStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scanStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetDocumentScanResultMutation, SetDocumentScanResultMutationVariables>;
export const SetDocumentPiiStatusDocument = {"__meta__":{"hash":"sha256:5460d0a57af4c3c3197089df09ac1195089265b0021c75966ee34bf546bde979"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDocumentPiiStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"piiStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentPiiStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentPiiStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"piiStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"piiStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetDocumentPiiStatusMutation, SetDocumentPiiStatusMutationVariables>;
export const UsersDocument = {"__meta__":{"hash":"sha256:3b941cab96bf3c10360e7c8880f718dfe456f968616a4299e1bc7f60dd6bf690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const GrantRoleDocument = {"__meta__":{"hash":"sha256:8a69d21dac4cab1699031d3f65df164f9ee6031647febb3b2b2e5c519bdc7a22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const AccreditModeratorDocument = {"__meta__":{"hash":"sha256:22fcb53be9e31b862620d27676a2c62c8b9cd6747e5b00c7d5bdbd6ea07d78a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccreditModerator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accreditModerator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stepUpToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stepUpToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AccreditModeratorMutation, AccreditModeratorMutationVariables>;
export const ArticlesDocument = {"__meta__":{"hash":"sha256:f427cc2bf0bfa2899ad7a1d4c9a5d5e64db358424a1a26039a7191839456083c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Articles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"articles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ArticlesQuery, ArticlesQueryVariables>;
export const MyArticlesDocument = {"__meta__":{"hash":"sha256:cd7a956add5f352a6435d25b400eb5be3c8d164a96d2c2e28d7e43a3dad9ac1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<MyArticlesQuery, MyArticlesQueryVariables>;
export const CmsArticlesDocument = {"__meta__":{"hash":"sha256:e15d460e778bfdead8794ac4c5d7e4cc4675489c1b13a078814200d1589bc9df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CmsArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cmsArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CmsArticlesQuery, CmsArticlesQueryVariables>;
export const CreateArticleDocument = {"__meta__":{"hash":"sha256:ee23cf3fb7d6c1440a50c219c52204254ac1ce46dbe596c1c66977152fbcf028"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = {"__meta__":{"hash":"sha256:80c3d4f4fe5e1d98a336ad81c3f34f93acdc5b85576db6cd2913ead6c1b1e435"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArticlePatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const SubmitArticleForReviewDocument = {"__meta__":{"hash":"sha256:055c9250cbffdbfdcbfce2841fcc7546694f9ca4feb33d1cea015828b10226d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitArticleForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitArticleForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<SubmitArticleForReviewMutation, SubmitArticleForReviewMutationVariables>;
export const ReviewArticleDocument = {"__meta__":{"hash":"sha256:19f9b602b80bdd8be6023cfb8bf18a6fc2c52f8168ac14aa1d38330dcf362ecc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<ReviewArticleMutation, ReviewArticleMutationVariables>;
export const PublishArticleDocument = {"__meta__":{"hash":"sha256:67da3ed36725bcc40c0ee3bab63da07dca0e21944d967f20974d4f265d69afbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CmsArticleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CmsArticleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CmsArticle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewApproved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<PublishArticleMutation, PublishArticleMutationVariables>;
export const ConsentStatusDocument = {"__meta__":{"hash":"sha256:c7f6b4a207498a5621622a923111b43f4966d93963767d2fc67ef60c4eefc38d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentStatusQuery, ConsentStatusQueryVariables>;
export const AcceptConsentsDocument = {"__meta__":{"hash":"sha256:1b5517919b9567960728e7fa8cd3c11dbc136fbf495445ccdfe0dde2e152f2fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"termsVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"privacyVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"termsVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"termsVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"privacyVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"privacyVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ui"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}}]}}]}}]} as unknown as DocumentNode<AcceptConsentsMutation, AcceptConsentsMutationVariables>;
export const AccountExportDocument = {"__meta__":{"hash":"sha256:e1c347292d27837822f60be72966acb458afe5ec347a6340bbb8b69e309b7754"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accountExport"}}]}}]} as unknown as DocumentNode<AccountExportQuery, AccountExportQueryVariables>;
export const ReminderSettingsDocument = {"__meta__":{"hash":"sha256:dee922d58201406dd26f2647d115a5285fbd15e4e5d25d4a2d55176c0949fa12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reminderSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReminderSettingsQuery, ReminderSettingsQueryVariables>;
export const SetRemindersEnabledDocument = {"__meta__":{"hash":"sha256:3508df2e7be356c09057820669653f7e155ac50a1892d31d11caf263c66caf24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRemindersEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setRemindersEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}}]}}]}}]} as unknown as DocumentNode<SetRemindersEnabledMutation, SetRemindersEnabledMutationVariables>;
export const CreateCalendarFeedDocument = {"__meta__":{"hash":"sha256:64a6bc5d13cbbcfcca4dd44079a5b84748b4e1983f3a2abb381807c0ce02ccdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"__meta__":{"hash":"sha256:21542120352e0363f30eacee8657212497a092d250e7a1076921f463e5a5d702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const DueItemsDocument = {"__meta__":{"hash":"sha256:0ada0fce863c54741467065ee70e0faa61c7237a38db97eb59fd190e97f2f0ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DueState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueKm"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedKm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueItemsQuery, DueItemsQueryVariables>;
export const RequestLoginCodeDocument = {"__meta__":{"hash":"sha256:61252666501c168069e9d3138f6b65e6a60112679d04726626d6c45a8d5b221b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLoginCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLoginCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"challengeId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const VerifyLoginCodeDocument = {"__meta__":{"hash":"sha256:fdd09a2cfd40a930bf4ec965dbb85f1cb87fb93123d8779ee362143c4507fe48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyLoginCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyLoginCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailMasked"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyLoginCodeMutation, VerifyLoginCodeMutationVariables>;
export const PublicVehicleDocument = {"__meta__":{"hash":"sha256:089984965e023dea1a33a285f7ca283d6bcfa3abede05e56e55539d2b182112b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"historyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}}]} as unknown as DocumentNode<PublicVehicleQuery, PublicVehicleQueryVariables>;
export const CheckPublicVehicleVinDocument = {"__meta__":{"hash":"sha256:b956e096f970371bc40d806d9084f3484e6c1f7345635cf60534c0e67cb62fd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckPublicVehicleVin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"checkPublicVehicleVin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"vin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CheckPublicVehicleVinMutation, CheckPublicVehicleVinMutationVariables>;
export const MyApiTokensDocument = {"__meta__":{"hash":"sha256:a288044e18ee0c7691d7e1f72721a31419bcbf4d2f0106511028159085282bef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"__meta__":{"hash":"sha256:00d3fe963338994612061d7d874a81e270a82bdffbddbca2b0635b8deb2ea5e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresInDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresInDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"__meta__":{"hash":"sha256:8b7dfa34c8473338e837546c3475bc3262746ad5d50aeefa612956960ade37de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const RedeemTransferDocument = {"__meta__":{"hash":"sha256:9fda0bb3c011022feb1140289eeb537c361db728b076f36b26a17e56c5920de8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redeemTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RedeemTransferMutation, RedeemTransferMutationVariables>;
export const RedeemAllowanceDocument = {"__meta__":{"hash":"sha256:9308d765992b8ce7aa88ce256cb63b443976aa8f702292f2dd7a5b546cc1e6a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedeemAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"owned"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"mayAddVehicle"}}]}}]}}]} as unknown as DocumentNode<RedeemAllowanceQuery, RedeemAllowanceQueryVariables>;
export const PublicCertificateDocument = {"__meta__":{"hash":"sha256:e5abaf114c4d3cd1098591301d0608c0db19e74aa5a596bbbed3ec905fd0320e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"chainFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}}]}}]}}]} as unknown as DocumentNode<PublicCertificateQuery, PublicCertificateQueryVariables>;
export const MyVehiclesDocument = {"__meta__":{"hash":"sha256:55c2285983ec83ebd8be4ace009ee084e97362ea3ddc35fd110f3de05965ed2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myVehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}},{"kind":"Field","name":{"kind":"Name","value":"vinMasked"}},{"kind":"Field","name":{"kind":"Name","value":"trustSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyVehiclesQuery, MyVehiclesQueryVariables>;
export const VehicleAllowanceDocument = {"__meta__":{"hash":"sha256:fb4f904179d5646ee07e6015e31113eaaec7912e29795cf534519fb456c1c30b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"owned"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"mayAddVehicle"}}]}}]}}]} as unknown as DocumentNode<VehicleAllowanceQuery, VehicleAllowanceQueryVariables>;
export const VehicleDetailDocument = {"__meta__":{"hash":"sha256:6233751743509b7a400f8b26c714cb091659f6d23bab6c130529abcb2b2dfac6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUploadMaxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleData"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicShare"}},{"kind":"Field","name":{"kind":"Name","value":"trustSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrustSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleDocument"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"vinMasked"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accidentTrustCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"physicalServiceBook"}},{"kind":"Field","name":{"kind":"Name","value":"interestedInSelling"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicShareEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrPngDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"verificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"historyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"disclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"validEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VehicleDetailQuery, VehicleDetailQueryVariables>;
export const VehicleCertificatesDocument = {"__meta__":{"hash":"sha256:b0be556901d18a42b5e5c68267ad987adb902139aa9847ec5dbd5533ecc169a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"chainFingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"checkUrl"}}]}}]}}]}}]} as unknown as DocumentNode<VehicleCertificatesQuery, VehicleCertificatesQueryVariables>;
export const CertificatePdfDocument = {"__meta__":{"hash":"sha256:add2bcc7ae438282268afccf8ca9faadeab6914e2a75fda9a132fe14e589e35a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificatePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdfBase64"}}]}}]}}]}}]} as unknown as DocumentNode<CertificatePdfQuery, CertificatePdfQueryVariables>;
export const GenerateCertificateDocument = {"__meta__":{"hash":"sha256:795555879def0dcec7d5e98bfb44704a98eadfed2356b76777840f00ac61fc3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"generateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GenerateCertificateMutation, GenerateCertificateMutationVariables>;
export const RevokeCertificateDocument = {"__meta__":{"hash":"sha256:3d163e8a4f1f24d2e4f16c9792b6b7241a6c0be57a3f26fe0c3a5a06006c1073"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const VehicleStatisticsDocument = {"__meta__":{"hash":"sha256:838a1c2cff0b14f657cf17be6b5e480d57c7c6eb03767d01976edcd867233f01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueKm"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"costThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"totalKm"}},{"kind":"Field","name":{"kind":"Name","value":"costPer100Km"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageServiceIntervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"lastServiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastServiceKm"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"km"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleStatisticsQuery, VehicleStatisticsQueryVariables>;
export const RemoveRejectedDocumentDocument = {"__meta__":{"hash":"sha256:5490f2ced8f0a64db5cae8da4d91b20d0ec39e638552a647a9abbeb8520dc99d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRejectedDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeRejectedDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveRejectedDocumentMutation, RemoveRejectedDocumentMutationVariables>;
export const EntriesCsvDocument = {"__meta__":{"hash":"sha256:0a2ae268c8e4fbb8666c9bf9d8451c5a4e9480e7cd100fb5f933d9bf99734cfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntriesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"separator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CsvSeparator"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entriesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"separator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"separator"}}}]}]}}]}}]} as unknown as DocumentNode<EntriesCsvQuery, EntriesCsvQueryVariables>;
export const ImportEntriesCsvDocument = {"__meta__":{"hash":"sha256:36172ad47b649686ae6a5ddd57526803f75b2e5553eb40f607db3cb7a94e9134"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEntriesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skipInvalidRows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lubeLoggerType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntryType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importEntriesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipInvalidRows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skipInvalidRows"}}},{"kind":"Argument","name":{"kind":"Name","value":"lubeLoggerType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lubeLoggerType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CsvImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CsvImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CsvImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ImportEntriesCsvMutation, ImportEntriesCsvMutationVariables>;
export const VehicleInspectionsDocument = {"__meta__":{"hash":"sha256:3c3c3e3fc9308ae4e973b461c91831f991aa3cff453fe38c35f3cef0efbd02c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defectCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remediations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleInspectionsQuery, VehicleInspectionsQueryVariables>;
export const RecordInspectionDocument = {"__meta__":{"hash":"sha256:d30e8723cc328dab14eebca5b0c222d155f79d392eca92f4be7dbe92e0b91837"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"defectCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionMutation, RecordInspectionMutationVariables>;
export const RecordRemediationDocument = {"__meta__":{"hash":"sha256:4732e85735dbb02602e33ae7974ab342c448e9c09d30a32066ba75f2ba9d8fc8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRemediation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRemediationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordRemediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"remediations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRemediationMutation, RecordRemediationMutationVariables>;
export const EnablePublicShareDocument = {"__meta__":{"hash":"sha256:89b66dd9eb40be0a2227a4cede6d972ba656ed7e79ffa9dc0174eaa674b6587b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnablePublicShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enablePublicShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicShareEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrPngDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<EnablePublicShareMutation, EnablePublicShareMutationVariables>;
export const RotatePublicShareDocument = {"__meta__":{"hash":"sha256:deb9eec1768992e8384c5072303df2e73fb6007eecbcef8358d7d6cb1ea34153"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePublicShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rotatePublicShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicShare"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicShare"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicShareEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"publicShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"qrPngDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<RotatePublicShareMutation, RotatePublicShareMutationVariables>;
export const DisablePublicShareDocument = {"__meta__":{"hash":"sha256:35e50662a022e36f7e3c03915ef7829ccf06416468dd632001afae2d795658f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisablePublicShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disablePublicShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}]}]}}]} as unknown as DocumentNode<DisablePublicShareMutation, DisablePublicShareMutationVariables>;
export const VehicleServicePlanDocument = {"__meta__":{"hash":"sha256:31436948f0c420381533d3b8d51008648a0a2a4458a97ad41b97930faffe3da4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleServicePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlanKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePlanItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"intervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueKm"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneKm"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedKm"}}]}}]}}]} as unknown as DocumentNode<VehicleServicePlanQuery, VehicleServicePlanQueryVariables>;
export const AddServicePlanItemDocument = {"__meta__":{"hash":"sha256:82f3ff7877e9c67648f66cfa1da22c5df28b454ea464afba0c09bda25d75eb37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServicePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addServicePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddServicePlanItemMutation, AddServicePlanItemMutationVariables>;
export const UpdateServicePlanItemDocument = {"__meta__":{"hash":"sha256:649b357cc93fd4d97298962a45e3b2f287c59a82dbb15861f4b21e10c56f231d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServicePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePlanItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateServicePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServicePlanItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServicePlanItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"intervalKm"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueKm"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDoneKm"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedKm"}}]}}]}}]} as unknown as DocumentNode<UpdateServicePlanItemMutation, UpdateServicePlanItemMutationVariables>;
export const RemoveServicePlanItemDocument = {"__meta__":{"hash":"sha256:e76d1613f6f2416cd13e7daec7f7e386790c07e0df33624d4dfdd5f279267860"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveServicePlanItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeServicePlanItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveServicePlanItemMutation, RemoveServicePlanItemMutationVariables>;
export const AddServiceEntryDocument = {"__meta__":{"hash":"sha256:dbce110699a1a579c1ffd56dfb13ff655fd9ffc5791af3c4c9a9c56a2391cbc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServiceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addServiceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddServiceEntryMutation, AddServiceEntryMutationVariables>;
export const ReviseServiceEntryDocument = {"__meta__":{"hash":"sha256:66faf9ceb61d98674c7fc2ff153f9b8b7531678adcc20ca3023f3297a2748770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseServiceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseServiceEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviseServiceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ReviseServiceEntryMutation, ReviseServiceEntryMutationVariables>;
export const WithdrawServiceEntryDocument = {"__meta__":{"hash":"sha256:95511739b0caef816e3f29b76cf5428f8b2a143e771d946b425e113b210aadbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawServiceEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawServiceEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WithdrawServiceEntryMutation, WithdrawServiceEntryMutationVariables>;
export const EntryHistoryDocument = {"__meta__":{"hash":"sha256:fca9cc03a428863b3b9c0c7832b3402688f758a0ad373f43cbff7ba4ad9ff030"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntryHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceEntryHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EntryHistoryQuery, EntryHistoryQueryVariables>;
export const VehicleTransferDocument = {"__meta__":{"hash":"sha256:a9033147dfe22fe2ef33d0b5967fdb27710050136ec87333c2b1ede704295d3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedByMe"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VehicleTransferQuery, VehicleTransferQueryVariables>;
export const CreateTransferDocument = {"__meta__":{"hash":"sha256:d05c28b2621eb07f6bc041e45597ee34b87c2722b6a800503fd7afc9472134aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"redeemUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodePngDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}},{"kind":"Field","name":{"kind":"Name","value":"transfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTransferMutation, CreateTransferMutationVariables>;
export const CancelTransferDocument = {"__meta__":{"hash":"sha256:5db5a43bfe58f617e9ad1410fa59b334d1eb37cdaf1f777e58d55708fc72b5fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CancelTransferMutation, CancelTransferMutationVariables>;
export const ExtendTransferDocument = {"__meta__":{"hash":"sha256:bde610e4e4f3b2e7a1a586e07c0dcc4dbb786f1751dd97e859cf133a6792aa54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"extendTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}}]}}]}}]} as unknown as DocumentNode<ExtendTransferMutation, ExtendTransferMutationVariables>;
export const VehicleExportDocument = {"__meta__":{"hash":"sha256:8a6d391bb2562623e7d728e3407fc39f51b1869f3d20a2f2c1c004f8e8be7647"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}]}]}}]} as unknown as DocumentNode<VehicleExportQuery, VehicleExportQueryVariables>;
export const TrustFoldersDocument = {"__meta__":{"hash":"sha256:da445fbff0c16a2b8df0ad9bebc2f4717a8d713d029f13c023a17ce3a2c2eb14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustFolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trustFolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"documentIds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrustFoldersQuery, TrustFoldersQueryVariables>;
export const VehicleAddonsDocument = {"__meta__":{"hash":"sha256:f4a2f4bfa8fe0827e055b54b7333910f812c9b1727f88d25a742f27f2f7149d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VehicleAddons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleAddons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}}]}}]}}]} as unknown as DocumentNode<VehicleAddonsQuery, VehicleAddonsQueryVariables>;
export const EnableVehicleAddonDocument = {"__meta__":{"hash":"sha256:fe449062278991f0e5407a00d69d63cc8205e5bfa15b8be50e1231ddd41bc4f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableVehicleAddon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddonKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enableVehicleAddon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}}]}}]}}]} as unknown as DocumentNode<EnableVehicleAddonMutation, EnableVehicleAddonMutationVariables>;
export const DisableVehicleAddonDocument = {"__meta__":{"hash":"sha256:6faecdacd9bfbe9c8ca9dafbcbfd55c0204fdfd562961e9fcf04970c22274351"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableVehicleAddon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddonKey"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableVehicleAddon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}}]}}]}}]} as unknown as DocumentNode<DisableVehicleAddonMutation, DisableVehicleAddonMutationVariables>;
export const CreateTrustFolderDocument = {"__meta__":{"hash":"sha256:04dddceb72aa89f679a41190b215c1c281424c32447934067e5c1084c8389653"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrustFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddonKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTrustFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateTrustFolderMutation, CreateTrustFolderMutationVariables>;
export const AddTrustFolderStageDocument = {"__meta__":{"hash":"sha256:b557e606734ad9d940d48b14109587a5bebfdbbb0b25da579faf0fba09293092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTrustFolderStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrustFolderStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addTrustFolderStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddTrustFolderStageMutation, AddTrustFolderStageMutationVariables>;
export const RenameTrustFolderDocument = {"__meta__":{"hash":"sha256:7a2cce84358357d0113c06fa8c1cf88a69af5675ceda817aada82cfc7e66ee2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameTrustFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renameTrustFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenameTrustFolderMutation, RenameTrustFolderMutationVariables>;
export const DeleteTrustFolderDocument = {"__meta__":{"hash":"sha256:dbe794de11a64eeb32209b20ea3df94ffe9812b951cd302b1de8f3c54635eba1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrustFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteTrustFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTrustFolderMutation, DeleteTrustFolderMutationVariables>;
export const UploadDocumentDocument = {"__meta__":{"hash":"sha256:003516c1d6bbd81974cdefd0ab86d6e75d88a1a72f09ea4de105f341d26847eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"entryIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"approvalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"scanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"piiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"validEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const ReplaceRejectedDocumentDocument = {"__meta__":{"hash":"sha256:2d6f44d5864246fce0fab0f25c3f3304abff2f8df68030285d2ce7bf53176d66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplaceRejectedDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeRejectedDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplaceRejectedDocumentMutation, ReplaceRejectedDocumentMutationVariables>;
export const UpdateVehicleDocument = {"__meta__":{"hash":"sha256:4a35ce7922729cfd78240573e036db0f9128dbc5e221f36edb87de0a29e1eafb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleData"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleData"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}},{"kind":"Field","name":{"kind":"Name","value":"firstRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleClass"}},{"kind":"Field","name":{"kind":"Name","value":"vinMasked"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accidentStatusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"accidentTrustCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"physicalServiceBook"}},{"kind":"Field","name":{"kind":"Name","value":"interestedInSelling"}}]}}]} as unknown as DocumentNode<UpdateVehicleMutation, UpdateVehicleMutationVariables>;
export const ProposedServiceEntriesDocument = {"__meta__":{"hash":"sha256:95552d9c921ab1d2581efe2d7e65a205c17b732c9c917fb6e31cfa7d86785ef6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposedServiceEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proposedServiceEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"itemTitles"}},{"kind":"Field","name":{"kind":"Name","value":"workshopName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ProposedServiceEntriesQuery, ProposedServiceEntriesQueryVariables>;
export const AcceptProposedEntryDocument = {"__meta__":{"hash":"sha256:37e4d526e6860c0f756cd92f5aef1bbb1d643bf3f1c5db95a19bcd0ff797cbe9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptProposedEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptProposedEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"performedBy"}},{"kind":"Field","name":{"kind":"Name","value":"performedByLabel"}},{"kind":"Field","name":{"kind":"Name","value":"odometerKm"}},{"kind":"Field","name":{"kind":"Name","value":"odometerReplaced"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"declaredTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTrustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"linkedDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByWorkshop"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AcceptProposedEntryMutation, AcceptProposedEntryMutationVariables>;
export const DeclineProposedEntryDocument = {"__meta__":{"hash":"sha256:5a6d74d2bbac48801630fa1139fc063658c544bf8d885f6d354f216fe9a1e79b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineProposedEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineProposedEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineProposedEntryMutation, DeclineProposedEntryMutationVariables>;
export const CreateVehicleDocument = {"__meta__":{"hash":"sha256:718358133a140f6a1fddcc659c26ed074d5ccf858d21ca403d0aeedfe1621788"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateVehicleMutation, CreateVehicleMutationVariables>;
export const NewVehicleAllowanceDocument = {"__meta__":{"hash":"sha256:202eca68409cb065a5236d6e4debc10b69f770805e732c6d66913235894d0fa0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewVehicleAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleAllowance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"owned"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"mayAddVehicle"}}]}}]}}]} as unknown as DocumentNode<NewVehicleAllowanceQuery, NewVehicleAllowanceQueryVariables>;
export const WorkshopSessionsDocument = {"__meta__":{"hash":"sha256:75f0266fe9c2acc2ea8b3c421d32fbc380f2a9f5e706a69086ae474c25246c77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopSessionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workshopSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"trustLight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopSessionsQuery, WorkshopSessionsQueryVariables>;
export const WorkshopVehiclesDocument = {"__meta__":{"hash":"sha256:9787805a32ee92e8bcfae6da496345ff075d873f5ba69339bb524271b6a931ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopVehicles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"actableVehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"buildYear"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopVehiclesQuery, WorkshopVehiclesQueryVariables>;
export const OpenWorkshopSessionDocument = {"__meta__":{"hash":"sha256:6752e8bc970e3f6d4414a81e64b152222c277f8559203c1651f33eb6fca77430"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenWorkshopSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shareToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkshopSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"vehicleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vehicleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shareToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shareToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenWorkshopSessionMutation, OpenWorkshopSessionMutationVariables>;
export const WorkshopSessionDocument = {"__meta__":{"hash":"sha256:68e6d972ecfc6f080070fcf9f4b5a31fdbcaaffac66105feffb4ed3e01b5a292"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workshopSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"vehicleId"}},{"kind":"Field","name":{"kind":"Name","value":"trustLight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"km"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"itemTitles"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WorkshopSessionQuery, WorkshopSessionQueryVariables>;
export const PublishWorkshopBoardDocument = {"__meta__":{"hash":"sha256:59a6ac5a049de57ea988ef6d7dad4b9ef29c30a31246d2fdd8553e817f1a21a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishWorkshopBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishWorkshopBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PublishWorkshopBoardMutation, PublishWorkshopBoardMutationVariables>;
export const CloseWorkshopSessionDocument = {"__meta__":{"hash":"sha256:39fde15f61d633939b3b0472190b37b9a95bf9fb047a0e40173feca995bd7328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWorkshopSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposeEntry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposedEntryInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeWorkshopSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposeEntry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposeEntry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CloseWorkshopSessionMutation, CloseWorkshopSessionMutationVariables>;
export const AddWorkshopItemsDocument = {"__meta__":{"hash":"sha256:ac48738b363b43680bb7ef721cb927e175b1a41e310ea46c2b35a04e7c8e3e38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshopItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkshopItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddWorkshopItemsMutation, AddWorkshopItemsMutationVariables>;
export const UpdateWorkshopItemDocument = {"__meta__":{"hash":"sha256:f81b917f5169cf9e1d75f5122b8b1778d576dbd91a0783a16bc6ac67b8b3b4bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshopItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItemUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateWorkshopItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWorkshopItemMutation, UpdateWorkshopItemMutationVariables>;
export const AddWorkshopNoteDocument = {"__meta__":{"hash":"sha256:0ba1aaf86bc5e713c4fad0baabcb710831b176939e0918e150e7548098f64af2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkshopNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkshopNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddWorkshopNoteMutation, AddWorkshopNoteMutationVariables>;
export const WorkshopBoardDocument = {"__meta__":{"hash":"sha256:9661d4b8b6b183e73e37f9dae897abcb6797c646e5ba61c835b4b21792ff9920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WorkshopBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceDocumentIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WorkshopBoardSubscription, WorkshopBoardSubscriptionVariables>;