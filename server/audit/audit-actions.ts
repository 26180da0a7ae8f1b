/**
 * Every action the audit trail records (SPEC §14), each with what it means. `writeAudit` accepts
 * only these names, so a new or misspelt action fails the typecheck; admins filter the audit log
 * by them. A refused change is recorded under the change's own action with result `denied` and
 * a reason; the `*_DENIED` actions are refusals that have no such action.
 */
export const AUDIT_ACTIONS = {
  // Sign-in and sessions
  AUTH_CHALLENGE_CREATED: 'A one-time code was sent (login or step-up challenge)',
  AUTH_CHALLENGE_FAILED: 'A login code was wrong, expired, used or locked, or the sender was rate-limited',
  AUTH_CHALLENGE_VERIFIED: 'A login code was accepted',
  SESSION_CREATED: 'A session began after a verified login code',
  SESSION_REVOKED: 'A session ended (logout)',
  // Consent and access
  CONSENT_ACCEPTED: 'The current terms and privacy versions were accepted',
  CONSENT_REQUIRED_BLOCK: 'A signed-in caller without current consent was refused',
  ACCESS_DENIED: 'A request was refused by authorization (scope, guard, upload gate, download)',
  // Roles and step-up
  ROLE_GRANTED: 'An account was given a role',
  ROLE_REVOKED: 'An account’s role was taken back: it is a user again',
  MODERATOR_ACCREDITED: 'A user was accredited as moderator',
  MODERATOR_REVOKED: 'A moderator became a user again',
  ADMIN_STEP_UP_GRANTED: 'A step-up code was confirmed and a one-time step-up token handed out',
  ADMIN_STEP_UP_CONSUMED: 'A step-up token was spent on the action it was issued for',
  ADMIN_STEP_UP_FAILED: 'A step-up was refused (not allowed, wrong code, missing or invalid token)',
  // Vehicles, entries and sharing
  VEHICLE_CREATED: 'A vehicle was registered',
  VEHICLE_UPDATED: 'A vehicle’s data changed',
  ENTRY_CREATED: 'A service entry was added',
  ENTRY_VERSION_CREATED: 'A service entry was revised (a new version)',
  ENTRY_WITHDRAWN: 'A service entry was withdrawn (it stays in the history)',
  PUBLIC_SHARE_ENABLED: 'The public QR page of a vehicle was switched on',
  PUBLIC_SHARE_DISABLED: 'The public QR page of a vehicle was switched off',
  PUBLIC_SHARE_ROTATED: 'The public QR link of a vehicle was replaced by a new one',
  // Documents
  UPLOAD_RECEIVED: 'A document was uploaded into quarantine',
  UPLOAD_SCANNED_CLEAN: 'The malware scan found a document clean',
  UPLOAD_SCANNED_INFECTED: 'The malware scan found a document infected',
  UPLOAD_SCAN_FAILED: 'The malware scan of a document failed',
  UPLOAD_APPROVED: 'A reviewer released a quarantined document',
  UPLOAD_REJECTED: 'A document was rejected (by a reviewer, or automatically when infected)',
  PII_STATUS_CHANGED: 'The privacy review status of a document changed',
  DOCUMENT_DOWNLOADED: 'A document’s file was downloaded',
  DOCUMENT_PURGED: 'A document’s file was deleted by the retention rules',
  DOCUMENT_REMOVED_BY_OWNER: 'An owner removed an own rejected upload (soft delete; the retention rules purge the file)',
  // Ownership transfer
  HANDOVER_CREATED: 'An owner opened a transfer of a vehicle',
  HANDOVER_EXTENDED: 'An open transfer was extended (once)',
  HANDOVER_CANCELLED: 'An open transfer was cancelled by its initiator',
  HANDOVER_COMPLETED: 'A transfer was redeemed: the vehicle changed owner',
  HANDOVER_EXPIRED: 'An open transfer passed its expiry',
  HANDOVER_DENIED: 'Redeeming a transfer was refused',
  // Exports
  EXPORT_REDACTED_SERVED: 'A redacted export (vehicle or own data) was served',
  EXPORT_GRANT_ISSUED: 'A one-time grant for a full export was issued',
  EXPORT_FULL_SERVED: 'A full export was served against its grant',
  EXPORT_DENIED: 'An export was refused',
  // VIP businesses
  VIP_BUSINESS_CREATED: 'A VIP business was created for an owner',
  VIP_BUSINESS_APPROVED: 'A VIP business was approved',
  VIP_BUSINESS_STAFF_ADDED: 'A staff member was added to a VIP business',
  VIP_BUSINESS_STAFF_REMOVED: 'A staff member was removed from a VIP business',
  // Add-ons and trust folders
  ADDON_CONFIG_UPDATED: 'An add-on’s availability, payment or admin-only rule changed',
  ADDON_ENTITLEMENT_GRANTED: 'An account was given the paid entitlement for an add-on',
  ADDON_ENTITLEMENT_REVOKED: 'An account’s entitlement for an add-on was taken back',
  ADDON_ENABLED: 'An add-on was switched on for a vehicle',
  ADDON_DISABLED: 'An add-on was switched off for a vehicle',
  ADDON_DENIED: 'Switching an add-on on was refused by the add-on gate',
  ADDON_TRUST_FOLDER_CREATED: 'A trust folder was created on a vehicle',
  ADDON_TRUST_FOLDER_STAGE_ADDED: 'A stage was added to a trust folder',
  ADDON_TRUST_FOLDER_RENAMED: 'A trust folder was renamed',
  ADDON_TRUST_FOLDER_DELETED: 'A trust folder was deleted (soft delete: it leaves every list, its rows stay)',
  // Inspections and defect cases
  INSPECTION_RECORDED: 'An inspection of a vehicle was recorded',
  DEFECT_CASE_OPENED: 'A failed inspection opened a defect case',
  REMEDIATION_RECORDED: 'A remediation was recorded on a defect case',
  DEFECT_CASE_CLOSED: 'A successful remediation closed a defect case',
  // Service plan
  SERVICE_PLAN_ITEM_ADDED: 'An item was added to a vehicle’s service plan',
  SERVICE_PLAN_ITEM_UPDATED: 'An item of a vehicle’s service plan was changed',
  SERVICE_PLAN_ITEM_REMOVED: 'An item was removed from a vehicle’s service plan',
  // API tokens
  API_TOKEN_CREATED: 'A personal API token was created',
  API_TOKEN_REVOKED: 'A personal API token was revoked (by its owner; or all of an account’s tokens when its new role may not hold tokens)',
  // Workshop intake (SPEC §18)
  WORKSHOP_SESSION_OPENED: 'A workshop opened an intake session for a vehicle',
  WORKSHOP_NOTE_ADDED: 'A note was added to a workshop session',
  WORKSHOP_ITEMS_ADDED: 'Triage items were added to a workshop session',
  WORKSHOP_ITEM_UPDATED: 'A triage item of a workshop session changed',
  WORKSHOP_BOARD_PUBLISHED: 'A workshop session’s board was published',
  WORKSHOP_SESSION_CLOSED: 'A workshop session was closed (possibly proposing a service entry to the owner)',
  PROPOSED_ENTRY_ACCEPTED: 'An owner accepted a workshop’s proposed service entry: it is on the timeline',
  PROPOSED_ENTRY_DECLINED: 'An owner declined a workshop’s proposed service entry',
  // Webhooks
  WEBHOOK_ENDPOINT_CREATED: 'A webhook endpoint was registered',
  WEBHOOK_ENDPOINT_UPDATED: 'A webhook endpoint’s URL, events or active flag changed',
  WEBHOOK_ENDPOINT_DELETED: 'A webhook endpoint was deleted with its delivery log',
  WEBHOOK_TEST_SENT: 'A test event was queued for a webhook endpoint',
  // CMS
  CMS_ARTICLE_CREATED: 'An article draft was created',
  CMS_ARTICLE_UPDATED: 'An article was edited',
  CMS_ARTICLE_SUBMITTED: 'A draft was submitted for review',
  CMS_ARTICLE_REVIEWED: 'An article in review was reviewed (approved or changes requested)',
  CMS_ARTICLE_PUBLISHED: 'An article was published',
  CMS_ARTICLE_PUBLISH_DENIED: 'Publishing an unreviewed article was refused',
  CMS_ACCESS_DENIED: 'A moderator was refused another author’s article',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
