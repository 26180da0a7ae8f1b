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

export type ConsentDocument =
  | 'privacy'
  | 'terms';

export type ConsentSource =
  | 'api'
  | 'ui';

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

export type EntitlementKey =
  | 'extra_vehicles'
  | 'oldtimer'
  | 'restauration'
  | 'unfall';

/** Every value an error can carry in `extensions.reason`, next to `extensions.code`. */
export type ErrorReason =
  | 'addon_not_available'
  | 'admin_only'
  | 'admin_step_up_invalid'
  | 'admin_step_up_required'
  | 'already_approved'
  | 'already_staff'
  | 'article_already_published'
  | 'article_not_draft'
  | 'article_not_found'
  | 'article_not_in_review'
  | 'authentication_required'
  | 'business_not_approved'
  | 'business_not_found'
  | 'challenge_locked'
  | 'code_expired'
  | 'code_used'
  | 'consent_required'
  | 'consent_version_not_current'
  | 'csrf_check_failed'
  | 'date_in_future'
  | 'date_too_early'
  | 'document_not_of_vehicle'
  | 'document_not_quarantined'
  | 'document_not_rejected'
  | 'document_purged'
  | 'document_too_long'
  | 'entry_date_in_future'
  | 'entry_date_too_early'
  | 'entry_not_found'
  | 'entry_not_in_vehicle'
  | 'entry_version_outdated'
  | 'entry_withdrawn'
  | 'export_token_invalid'
  | 'file_too_large'
  | 'forbidden'
  | 'idempotency_key_in_progress'
  | 'idempotency_key_reused'
  | 'invalid_body'
  | 'invalid_build_year'
  | 'invalid_business_name'
  | 'invalid_characters'
  | 'invalid_code'
  | 'invalid_cost'
  | 'invalid_cursor'
  | 'invalid_date'
  | 'invalid_document'
  | 'invalid_email'
  | 'invalid_entry_date'
  | 'invalid_entry_type'
  | 'invalid_excerpt'
  | 'invalid_id'
  | 'invalid_idempotency_key'
  | 'invalid_json'
  | 'invalid_make'
  | 'invalid_model'
  | 'invalid_multipart_request'
  | 'invalid_nickname'
  | 'invalid_odometer'
  | 'invalid_owner'
  | 'invalid_performed_by'
  | 'invalid_query'
  | 'invalid_rejection_reason'
  | 'invalid_request'
  | 'invalid_review_note'
  | 'invalid_scan_status'
  | 'invalid_slug'
  | 'invalid_staff'
  | 'invalid_stage_name'
  | 'invalid_time_range'
  | 'invalid_title'
  | 'invalid_token_expiry'
  | 'invalid_token_name'
  | 'invalid_trust_level'
  | 'invalid_ttl'
  | 'invalid_vin_format'
  | 'invalid_webhook_events'
  | 'invalid_webhook_url'
  | 'invalid_withdrawal_reason'
  | 'method_not_allowed'
  | 'missing_export_token'
  | 'moderator_accreditation_required'
  | 'moderator_confined'
  | 'not_a_moderator'
  | 'not_found'
  | 'not_scanned_clean'
  | 'note_too_long'
  | 'own_role_change'
  | 'paywall_required'
  | 'persisted_query_not_found'
  | 'persisted_query_only'
  | 'persisted_query_required'
  | 'picture_not_image'
  | 'pii_not_cleared'
  | 'public_share_already_enabled'
  | 'public_share_not_enabled'
  | 'query_too_costly'
  | 'query_too_deep'
  | 'rate_limited'
  | 'request_too_large'
  | 'review_required'
  | 'role_conflict'
  | 'role_unchanged'
  | 'session_required'
  | 'slug_taken'
  | 'staff_is_owner'
  | 'staff_limit_reached'
  | 'staff_not_found'
  | 'superadmin_required'
  | 'text_too_long'
  | 'token_limit_reached'
  | 'token_read_only'
  | 'too_many_actions'
  | 'too_many_aliases'
  | 'too_many_directives'
  | 'too_many_documents'
  | 'too_many_entries'
  | 'too_many_tokens'
  | 'too_many_uploads'
  | 'transfer_already_extended'
  | 'transfer_already_open'
  | 'transfer_expired'
  | 'transfer_not_found'
  | 'transfer_not_open'
  | 'transfer_not_redeemable'
  | 'trust_folder_not_found'
  | 'unsupported_content_type'
  | 'unsupported_file_type'
  | 'user_not_found'
  | 'vehicle_limit_reached'
  | 'vehicle_not_found'
  | 'vin_already_registered'
  | 'webhook_address_not_allowed'
  | 'webhook_limit_reached';

export type ExportTargetType =
  | 'account'
  | 'vehicle';

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
  | 'DOCUMENT_APPROVED'
  | 'DOCUMENT_REJECTED'
  | 'ENTRY_ADDED'
  | 'ENTRY_REVISED'
  | 'ENTRY_WITHDRAWN'
  | 'TRANSFER_COMPLETED';
