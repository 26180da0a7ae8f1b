import type { ErrorReason } from './error-reasons.ts';

/**
 * What each reason of the catalogue (error-reasons.ts) means for a client, in English: published
 * as the description of its `ErrorReason` enum value in the schema and in docs/ERROR_REASONS.md
 * (`npm run schema:print` writes both). Typed by the catalogue: a new reason without its meaning
 * does not compile.
 */
export const REASON_MEANINGS: Record<ErrorReason, string> = {
  // Sign-in and sessions
  authentication_required: 'The field needs a signed-in session or a valid API token; none was sent, or it expired or was revoked.',
  invalid_email: 'The email address is not valid.',
  invalid_code: 'The one-time code is wrong.',
  code_expired: 'The one-time code has expired: request a new one.',
  code_used: 'The one-time code was already used.',
  challenge_locked: 'Too many wrong codes for this challenge: request a new code.',
  rate_limited: 'Too many requests: the rate limit is used up. Retry after the time the `Retry-After`/`RateLimit-Reset` headers give.',
  session_required: 'Only a signed-in session may do this (API tokens are created and revoked from a session, not with a token).',

  // Consent and scope checks
  consent_required: 'The account has not accepted the current terms and privacy notice (`acceptConsents`).',
  consent_version_not_current: 'The terms or privacy version accepted is not the current one (`consentStatus` names it).',
  forbidden: 'The caller may not do this or may not see this object.',
  moderator_confined: 'Moderators may only use login, consent, published articles and the CMS.',
  token_read_only: 'The API token has scope `read` and may not run mutations.',
  not_found: 'No such object, or the caller may not know of it.',

  // Step-up and roles
  admin_step_up_required: 'This administrative action needs a fresh step-up confirmation.',
  admin_step_up_invalid: 'The step-up confirmation is wrong, expired or for another action.',
  superadmin_required: 'Only a superadmin may do this.',
  own_role_change: 'An administrator cannot change their own role.',
  user_not_found: 'No account with this id.',
  moderator_accreditation_required: 'Moderator roles are granted and revoked through moderator accreditation, not a role change.',
  role_conflict: 'The account\'s current role does not allow this role change.',
  not_a_moderator: 'The account is not a moderator.',
  role_unchanged: 'The account already has this role.',

  // Vehicles and sharing
  invalid_vin_format: 'The VIN must have 11 to 17 letters or digits (no I, O or Q).',
  vehicle_limit_reached: 'The account has reached its vehicle limit: more vehicles need the extra vehicles add-on.',
  vin_already_registered: 'A vehicle with this VIN is already registered.',
  invalid_make: 'The make is empty or too long.',
  invalid_model: 'The model is empty or too long.',
  invalid_nickname: 'The nickname is too long.',
  invalid_build_year: 'The build year is outside the accepted range.',
  vehicle_not_found: 'No vehicle with this id, or the caller may not act on it.',
  public_share_already_enabled: 'The public page of this vehicle is already on.',
  public_share_not_enabled: 'The public page of this vehicle is off.',

  // Service entries
  invalid_entry_date: 'The entry date is not a valid date.',
  entry_date_in_future: 'The entry date is in the future.',
  entry_date_too_early: 'The entry date is before the earliest accepted date.',
  invalid_entry_type: 'The entry type is not one of the accepted types.',
  invalid_performed_by: 'The "performed by" value is not one of the accepted values.',
  invalid_odometer: 'The odometer reading must be a whole number of km, at least 0.',
  invalid_cost: 'The cost is negative or too large.',
  note_too_long: 'The note is too long.',
  invalid_trust_level: 'The declared trust level is not one of the accepted levels.',
  invalid_withdrawal_reason: 'The withdrawal reason is empty or too long.',
  document_not_of_vehicle: 'A linked document belongs to another vehicle.',
  entry_version_outdated: 'The entry was revised since the version sent: read it again and revise the latest version.',
  entry_withdrawn: 'The entry is withdrawn and cannot be changed.',
  entry_not_found: 'No entry with this id, or the caller may not act on it.',

  // Documents
  file_too_large: 'The file is larger than the upload limit (HTTP 413).',
  unsupported_file_type: 'The file is not a PDF, PNG or JPEG (decided by its content, not its name).',
  too_many_uploads: 'Too many uploads of this account (or in all) are in progress: retry when one has finished (HTTP 429).',
  invalid_multipart_request: 'The multipart request does not follow the GraphQL multipart request spec.',
  too_many_entries: 'A document may be linked to at most the allowed number of entries.',
  entry_not_in_vehicle: 'A linked entry belongs to another vehicle.',
  invalid_scan_status: 'A scan result is CLEAN, INFECTED or ERROR.',
  document_not_quarantined: 'The document is not in quarantine (already approved or rejected).',
  not_scanned_clean: 'The document cannot be approved: its virus scan is not CLEAN.',
  pii_not_cleared: 'The document cannot be approved: its privacy review is not cleared.',
  invalid_rejection_reason: 'The rejection reason is empty or too long.',
  document_not_rejected: 'Only rejected uploads can be removed by their owner.',
  document_purged: 'The document\'s file has been deleted (retention); only its record remains.',
  method_not_allowed: 'The HTTP method is not allowed on this path (HTTP 405).',

  // Ownership transfer
  transfer_already_open: 'The vehicle already has an open transfer.',
  transfer_not_open: 'The transfer is no longer open.',
  transfer_already_extended: 'The transfer was already extended once.',
  transfer_not_redeemable: 'The transfer cannot be redeemed (not open, or the vehicle is already yours).',
  transfer_expired: 'The transfer code has expired.',
  transfer_not_found: 'No transfer for this code or id.',

  // Full exports
  invalid_ttl: 'The export grant\'s lifetime is outside the accepted range.',
  missing_export_token: 'A full export needs an export token.',
  export_token_invalid: 'The export token is wrong, expired, already used or for another target.',

  // VIP businesses
  invalid_business_name: 'The business name is empty or too long.',
  invalid_owner: 'This account cannot own a business (moderators cannot).',
  business_not_found: 'No business with this id.',
  already_approved: 'The business is already approved.',
  business_not_approved: 'The business is not approved yet.',
  staff_is_owner: 'The business\'s owner cannot also be its staff.',
  invalid_staff: 'This account cannot be staff (moderators cannot).',
  already_staff: 'The account is already staff of the business.',
  staff_limit_reached: 'The business has reached its staff limit.',
  staff_not_found: 'The account is not staff of the business.',

  // Add-ons and trust folders
  addon_not_available: 'The add-on does not exist or takes no new vehicles.',
  admin_only: 'Only an administrator may enable this add-on.',
  paywall_required: 'The add-on needs a purchase (entitlement) first.',
  invalid_title: 'The title is empty or too long.',
  invalid_date: 'The date is not a valid date.',
  date_in_future: 'The date is in the future.',
  date_too_early: 'The date is before the earliest accepted date.',
  invalid_stage_name: 'The stage name is empty or too long.',
  too_many_documents: 'A trust folder stage may hold at most 50 documents.',
  invalid_document: 'A document does not belong to this vehicle.',
  picture_not_image: 'Before/after pictures must be PNG or JPEG.',
  trust_folder_not_found: 'No trust folder with this id, or the caller may not act on it.',

  // Inspections and defect cases
  summary_too_long: 'The summary of an inspection or remediation has more than 2000 characters.',
  details_too_long: 'The details of an inspection have more than 20 000 characters.',
  defect_case_closed: 'The defect case is already closed (DONE): no further remediation can be recorded.',
  defect_case_not_found: 'No defect case with this id (admins only; everyone else gets FORBIDDEN).',

  // CMS
  invalid_slug: 'The slug must be lowercase letters, digits and single dashes, of the accepted length.',
  invalid_excerpt: 'The excerpt is too long.',
  invalid_body: 'The article body is empty or too long.',
  invalid_review_note: 'The review note is too long.',
  slug_taken: 'Another article already has this slug.',
  article_not_draft: 'The article is not a draft.',
  article_not_in_review: 'The article is not in review.',
  article_already_published: 'The article is already published.',
  review_required: 'Only a reviewed article can be published.',
  article_not_found: 'No article with this id or slug.',

  // API tokens and the audit log
  invalid_token_name: 'The token name is empty or too long.',
  invalid_token_expiry: 'The token lifetime is outside 1 to 365 days.',
  token_limit_reached: 'The account has reached its number of active API tokens: revoke one first.',
  invalid_time_range: '`from` must be before `to`.',
  too_many_actions: 'The filter names too many actions.',

  // Webhooks
  invalid_webhook_url: 'The webhook URL is not an absolute https URL of at most 2048 characters without credentials or fragment (plain http only outside production).',
  webhook_address_not_allowed: 'The webhook host does not resolve, or resolves to a loopback, private, link-local or reserved address.',
  invalid_webhook_events: 'Choose at least one event for the webhook endpoint.',
  webhook_limit_reached: 'The account has reached its number of webhook endpoints (10): delete one first.',

  // The request itself
  csrf_check_failed: 'A POST that is not JSON (e.g. an upload) needs a CSRF header such as `X-GraphQL-Yoga-CSRF` (HTTP 400).',
  unsupported_content_type: 'POST bodies must be `application/json` (uploads `multipart/form-data`) (HTTP 415).',
  request_too_large: 'The request body exceeds 1 MiB (HTTP 413).',
  invalid_json: 'The body or a `variables`/`extensions` parameter is not JSON.',
  invalid_request: 'The request is not a valid GraphQL request: no query, or a document that fails validation (unknown field or argument, wrong variable type).',
  invalid_query: 'The query does not parse.',
  persisted_query_not_found: 'No persisted operation with this hash (after a deploy: reload the web app).',
  persisted_query_required: 'Send a persisted operation hash (browser sessions in production).',
  persisted_query_only: 'Browser sessions in production may only run the web app\'s persisted operations (API tokens may send any document).',
  too_many_tokens: 'The document has more lexical tokens than allowed (send long text as variables).',
  document_too_long: 'The document is longer than allowed (send long text as variables).',
  query_too_deep: 'The query nests fields deeper than allowed.',
  too_many_aliases: 'The operation uses more aliases than allowed.',
  too_many_directives: 'The operation uses more directives than allowed.',
  query_too_costly: 'The query\'s cost exceeds the limit: ask for smaller pages.',
  invalid_id: 'An id argument has the wrong format.',
  invalid_cursor: 'A pagination cursor was not made by the server for this list.',
  text_too_long: 'A text argument is longer than allowed.',
  invalid_characters: 'A text argument contains control characters, bidi overrides or unpaired surrogates.',

  // Idempotency-Key
  invalid_idempotency_key: 'The `Idempotency-Key` header must be 1 to 255 printable ASCII characters.',
  idempotency_key_reused: 'This `Idempotency-Key` was already used for another request (other query or variables) within 24 hours (HTTP 409).',
  idempotency_key_in_progress: 'The first request with this `Idempotency-Key` is still running: retry shortly to get its answer (HTTP 409).',
  // Workshop intake
  workshop_vehicle_required: 'Name the vehicle with exactly one of `vehicleId` and `shareToken`.',
  share_token_not_available: 'The share token is unknown, rotated or disabled: ask the customer for the current QR code.',
  invalid_workshop_note: 'A workshop note has 1 to 20 000 characters.',
  invalid_item_count: 'Too few or too many items or ids in one call (items 1 to 200; board and proposal ids 1 to 500).',
  invalid_item_details: 'Item details have at most 20 000 characters.',
  item_not_in_session: 'An item id does not belong to this session.',
  item_not_done: 'Only items with status `done` can be proposed as a service entry.',
  workshop_item_limit_reached: 'A session holds at most 500 items.',
  session_closed: 'The workshop session is closed: nothing can be changed any more.',
  proposal_already_decided: 'The owner already accepted or declined this proposed entry.',
  too_many_subscriptions: 'Too many live boards are open for this account: close one first.',
  // Service plan
  service_plan_interval_missing: 'A service plan item needs an interval in months, in km, or both.',
  invalid_service_plan_interval: 'Intervals are whole numbers: 1 to 120 months, 1 to 500 000 km.',
  invalid_service_plan_title: 'A custom item needs a title of 1 to 60 characters; the other kinds have none of their own.',
  invalid_service_plan_satisfied_by: 'At least one entry type must satisfy the item (a custom item names them).',
  invalid_first_registration: 'The first registration is a calendar date YYYY-MM-DD from 1886-01-01, not in the future.',
  service_plan_item_limit_reached: 'A vehicle\'s service plan holds at most 30 items.',
  service_plan_kind_exists: 'The plan already has an item of this kind (only custom items may repeat).',
  service_plan_item_not_found: 'No service plan item has this id (admins only; others get FORBIDDEN).',
};
