import type { ErrorCode } from './errors.ts';

/**
 * Every `extensions.reason` the server answers with (SPEC §15), with the error code it comes
 * with. `DomainError`, its helpers (`badInput`, `forbidden`, …) and `refusal` accept only these,
 * each helper only the reasons of its own code. The schema publishes them as the enum `ErrorReason`
 * (server/graphql/error-reason.schema.ts); the web app's German messages (web/src/lib/errors.ts) are
 * typed by the enum codegen writes from it, so a reason without a message does not compile.
 */
export const ERROR_REASONS = {
  // Sign-in and sessions. A wrong step-up code is FORBIDDEN: the admin stays signed in.
  authentication_required: { code: 'UNAUTHENTICATED' },
  invalid_email: { code: 'BAD_USER_INPUT' },
  invalid_code: { code: ['UNAUTHENTICATED', 'FORBIDDEN'] },
  code_expired: { code: ['UNAUTHENTICATED', 'FORBIDDEN'] },
  code_used: { code: ['UNAUTHENTICATED', 'FORBIDDEN'] },
  challenge_locked: { code: ['UNAUTHENTICATED', 'FORBIDDEN'] },
  rate_limited: { code: 'RATE_LIMITED' },
  session_required: { code: 'FORBIDDEN' },

  // Consent and the scope checks (server/auth/scopes.ts, graphql/guards.ts, upload gate, download)
  consent_required: { code: 'FORBIDDEN' },
  consent_version_not_current: { code: 'BAD_USER_INPUT' },
  forbidden: { code: 'FORBIDDEN' },
  moderator_confined: { code: 'FORBIDDEN' },
  token_read_only: { code: 'FORBIDDEN' },
  not_found: { code: 'NOT_FOUND' },

  // Step-up and roles
  admin_step_up_required: { code: 'FORBIDDEN' },
  admin_step_up_invalid: { code: 'FORBIDDEN' },
  superadmin_required: { code: 'FORBIDDEN' },
  own_role_change: { code: 'FORBIDDEN' },
  user_not_found: { code: 'NOT_FOUND' },
  moderator_accreditation_required: { code: 'CONFLICT' },
  role_conflict: { code: 'CONFLICT' },
  not_a_moderator: { code: 'CONFLICT' },
  role_unchanged: { code: 'CONFLICT' },

  // Vehicles and sharing
  invalid_vin_format: { code: 'BAD_USER_INPUT' },
  vehicle_limit_reached: { code: 'FORBIDDEN' },
  vin_already_registered: { code: 'CONFLICT' },
  invalid_make: { code: 'BAD_USER_INPUT' },
  invalid_model: { code: 'BAD_USER_INPUT' },
  invalid_nickname: { code: 'BAD_USER_INPUT' },
  invalid_build_year: { code: 'BAD_USER_INPUT' },
  vehicle_not_found: { code: 'NOT_FOUND' },
  public_share_already_enabled: { code: 'CONFLICT' },
  public_share_not_enabled: { code: 'CONFLICT' },

  // Service entries
  invalid_entry_date: { code: 'BAD_USER_INPUT' },
  entry_date_in_future: { code: 'BAD_USER_INPUT' },
  entry_date_too_early: { code: 'BAD_USER_INPUT' },
  invalid_entry_type: { code: 'BAD_USER_INPUT' },
  invalid_performed_by: { code: 'BAD_USER_INPUT' },
  invalid_odometer: { code: 'BAD_USER_INPUT' },
  invalid_cost: { code: 'BAD_USER_INPUT' },
  note_too_long: { code: 'BAD_USER_INPUT' },
  invalid_trust_level: { code: 'BAD_USER_INPUT' },
  invalid_withdrawal_reason: { code: 'BAD_USER_INPUT' },
  document_not_of_vehicle: { code: 'BAD_USER_INPUT' },
  entry_version_outdated: { code: 'CONFLICT' },
  entry_withdrawn: { code: 'CONFLICT' },
  entry_not_found: { code: 'NOT_FOUND' },

  // Documents: upload (server/documents/upload-parser.ts, storage.ts), review, download
  file_too_large: { code: 'BAD_USER_INPUT' },
  unsupported_file_type: { code: 'BAD_USER_INPUT' },
  too_many_uploads: { code: 'RATE_LIMITED' },
  invalid_multipart_request: { code: 'BAD_USER_INPUT' },
  too_many_entries: { code: 'BAD_USER_INPUT' },
  entry_not_in_vehicle: { code: 'BAD_USER_INPUT' },
  invalid_scan_status: { code: 'BAD_USER_INPUT' },
  document_not_quarantined: { code: 'CONFLICT' },
  not_scanned_clean: { code: 'CONFLICT' },
  pii_not_cleared: { code: 'CONFLICT' },
  invalid_rejection_reason: { code: 'BAD_USER_INPUT' },
  document_not_rejected: { code: 'CONFLICT' },
  document_purged: { code: 'GONE' },
  method_not_allowed: { code: 'BAD_USER_INPUT' },

  // Ownership transfer
  transfer_already_open: { code: 'CONFLICT' },
  transfer_not_open: { code: 'CONFLICT' },
  transfer_already_extended: { code: 'CONFLICT' },
  transfer_not_redeemable: { code: 'CONFLICT' },
  transfer_expired: { code: 'GONE' },
  transfer_not_found: { code: 'NOT_FOUND' },

  // Full exports (superadmins and partners)
  invalid_ttl: { code: 'BAD_USER_INPUT' },
  missing_export_token: { code: 'BAD_USER_INPUT' },
  export_token_invalid: { code: 'FORBIDDEN' },

  // VIP businesses
  invalid_business_name: { code: 'BAD_USER_INPUT' },
  invalid_owner: { code: 'BAD_USER_INPUT' },
  business_not_found: { code: 'NOT_FOUND' },
  already_approved: { code: 'CONFLICT' },
  business_not_approved: { code: 'BAD_USER_INPUT' },
  staff_is_owner: { code: 'BAD_USER_INPUT' },
  invalid_staff: { code: 'BAD_USER_INPUT' },
  already_staff: { code: 'CONFLICT' },
  staff_limit_reached: { code: 'CONFLICT' },
  staff_not_found: { code: 'NOT_FOUND' },

  // Add-ons (the gate, SPEC §12) and trust folders
  addon_not_available: { code: 'FORBIDDEN' },
  admin_only: { code: 'FORBIDDEN' },
  paywall_required: { code: 'FORBIDDEN' },
  invalid_title: { code: 'BAD_USER_INPUT' },
  invalid_date: { code: 'BAD_USER_INPUT' },
  date_in_future: { code: 'BAD_USER_INPUT' },
  date_too_early: { code: 'BAD_USER_INPUT' },
  invalid_stage_name: { code: 'BAD_USER_INPUT' },
  too_many_documents: { code: 'BAD_USER_INPUT' },
  invalid_document: { code: 'BAD_USER_INPUT' },
  picture_not_image: { code: 'BAD_USER_INPUT' },
  trust_folder_not_found: { code: 'NOT_FOUND' },

  // Inspections and defect cases (SPEC §19; invalid_title, invalid_date, date_in_future, date_too_early,
  // invalid_odometer and document_not_of_vehicle as above)
  summary_too_long: { code: 'BAD_USER_INPUT' },
  details_too_long: { code: 'BAD_USER_INPUT' },
  defect_case_closed: { code: 'CONFLICT' },
  defect_case_not_found: { code: 'NOT_FOUND' },

  // CMS (invalid_title as for trust folders)
  invalid_slug: { code: 'BAD_USER_INPUT' },
  invalid_excerpt: { code: 'BAD_USER_INPUT' },
  invalid_body: { code: 'BAD_USER_INPUT' },
  invalid_review_note: { code: 'BAD_USER_INPUT' },
  slug_taken: { code: 'CONFLICT' },
  article_not_draft: { code: 'CONFLICT' },
  article_not_in_review: { code: 'CONFLICT' },
  article_already_published: { code: 'CONFLICT' },
  review_required: { code: 'CONFLICT' },
  article_not_found: { code: 'NOT_FOUND' },

  // API tokens and the audit log
  invalid_token_name: { code: 'BAD_USER_INPUT' },
  invalid_token_expiry: { code: 'BAD_USER_INPUT' },
  token_limit_reached: { code: 'CONFLICT' },
  invalid_time_range: { code: 'BAD_USER_INPUT' },
  too_many_actions: { code: 'BAD_USER_INPUT' },

  // Webhooks (server/webhooks/)
  invalid_webhook_url: { code: 'BAD_USER_INPUT' },
  webhook_address_not_allowed: { code: 'BAD_USER_INPUT' },
  invalid_webhook_events: { code: 'BAD_USER_INPUT' },
  webhook_limit_reached: { code: 'CONFLICT' },

  // The request itself (server/http/graphql-adapter.ts, server/graphql/error-contract.ts)
  csrf_check_failed: { code: 'BAD_USER_INPUT' },
  unsupported_content_type: { code: 'BAD_USER_INPUT' },
  request_too_large: { code: 'BAD_USER_INPUT' },
  invalid_json: { code: 'BAD_USER_INPUT' },
  invalid_request: { code: 'BAD_USER_INPUT' },
  invalid_query: { code: 'BAD_USER_INPUT' },
  // Persisted operations (server/graphql/persisted-operations.ts): after a deploy an open tab may
  // still send the hash of an operation the new manifest no longer has.
  persisted_query_not_found: { code: 'BAD_USER_INPUT' },
  persisted_query_required: { code: 'BAD_USER_INPUT' },
  persisted_query_only: { code: 'BAD_USER_INPUT' },
  // Document limits (server/graphql/limits.ts): the web app's operations pass them all.
  too_many_tokens: { code: 'BAD_USER_INPUT' },
  document_too_long: { code: 'BAD_USER_INPUT' },
  query_too_deep: { code: 'BAD_USER_INPUT' },
  too_many_aliases: { code: 'BAD_USER_INPUT' },
  too_many_directives: { code: 'BAD_USER_INPUT' },
  query_too_costly: { code: 'BAD_USER_INPUT' },
  // Argument bounds (server/graphql/input-bounds.ts). Ids come from links a user can edit;
  // cursors only from the server.
  invalid_id: { code: 'BAD_USER_INPUT' },
  invalid_cursor: { code: 'BAD_USER_INPUT' },
  text_too_long: { code: 'BAD_USER_INPUT' },
  invalid_characters: { code: 'BAD_USER_INPUT' },
  // Idempotency-Key (server/idempotency/): partners' retries of mutations.
  invalid_idempotency_key: { code: 'BAD_USER_INPUT' },
  idempotency_key_reused: { code: 'CONFLICT' },
  idempotency_key_in_progress: { code: 'CONFLICT' },
  // Workshop intake (server/workshop/, SPEC §18).
  workshop_vehicle_required: { code: 'BAD_USER_INPUT' },
  share_token_not_available: { code: 'NOT_FOUND' },
  invalid_workshop_note: { code: 'BAD_USER_INPUT' },
  invalid_item_count: { code: 'BAD_USER_INPUT' },
  invalid_item_details: { code: 'BAD_USER_INPUT' },
  item_not_in_session: { code: 'BAD_USER_INPUT' },
  item_not_done: { code: 'BAD_USER_INPUT' },
  workshop_item_limit_reached: { code: 'CONFLICT' },
  session_closed: { code: 'CONFLICT' },
  proposal_already_decided: { code: 'CONFLICT' },
  too_many_subscriptions: { code: 'RATE_LIMITED' },
  // Service plan (server/plan/, SPEC §20).
  service_plan_interval_missing: { code: 'BAD_USER_INPUT' },
  invalid_service_plan_interval: { code: 'BAD_USER_INPUT' },
  invalid_service_plan_title: { code: 'BAD_USER_INPUT' },
  invalid_service_plan_satisfied_by: { code: 'BAD_USER_INPUT' },
  invalid_first_registration: { code: 'BAD_USER_INPUT' },
  service_plan_item_limit_reached: { code: 'CONFLICT' },
  service_plan_kind_exists: { code: 'CONFLICT' },
  service_plan_item_not_found: { code: 'NOT_FOUND' },
} as const satisfies Record<string, { code: ErrorCode | readonly ErrorCode[] }>;

export type ErrorReason = keyof typeof ERROR_REASONS;

type CodesOf<R extends ErrorReason> = (typeof ERROR_REASONS)[R]['code'] extends infer C ? (C extends readonly (infer Each)[] ? Each : C) : never;

/** The reasons that come with one of the codes `C`. */
export type ReasonFor<C extends ErrorCode> = { [R in ErrorReason]: [Extract<CodesOf<R>, C>] extends [never] ? never : R }[ErrorReason];
