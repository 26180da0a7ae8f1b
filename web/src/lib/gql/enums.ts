export type AccidentStatus =
  | 'nicht_unfallfrei'
  | 'unbekannt'
  | 'unfallfrei';

export type AddonKey =
  | 'oldtimer'
  | 'restauration'
  | 'unfall';

export type ApiTokenScope =
  | 'read'
  | 'read_write';

export type ArticleKind =
  | 'blog'
  | 'news';

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

export type CheckResult =
  | 'NOT_OK'
  | 'OK';

export type ConsentDocument =
  | 'privacy'
  | 'terms';

export type ConsentSource =
  | 'api'
  | 'ui';

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

export type ProposedEntryStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

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

/** Why the last attempt failed: http_status (not 2xx), timeout, connection_failed, address_refused (not a public address). */
export type WebhookDeliveryError =
  | 'address_refused'
  | 'connection_failed'
  | 'http_status'
  | 'timeout';

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

export type WorkshopSessionStatus =
  | 'CLOSED'
  | 'OPEN';

export type WorkshopVehicleAccess =
  | 'OWN_OR_ORG'
  | 'SHARE_TOKEN';
