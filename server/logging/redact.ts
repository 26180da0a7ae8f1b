/**
 * The one allow-list for structured data that leaves the process (logs, audit metadata).
 * Anything not listed is dropped, so a new field can never leak an email, VIN, token, code,
 * filename or note by accident.
 */
const ALLOWED_KEYS = new Set([
  'requestId', 'method', 'path', 'status', 'durationMs', 'operationName', 'operationType',
  'reason', 'errorCode', 'count', 'role', 'previousRole', 'newRole', 'scope', 'purpose', 'kind',
  'documentType', 'contentType', 'sizeBytes', 'sha256', 'scanStatus', 'approvalStatus', 'piiStatus',
  'previousStatus', 'newStatus', 'version', 'entryType', 'trustLevel', 'light', 'addonKey', 'ttlSeconds',
  'expiresAt', 'reasonCode', 'state', 'source', 'document', 'termsVersion', 'privacyVersion',
  'event', 'port', 'host', 'env', 'migrations', 'signal', 'message', 'errorName', 'tokenScope',
  'businessId', 'vehicleId', 'entryId', 'documentId', 'userId', 'targetUserId', 'articleId', 'transferId',
  'staffUserId', 'folderId', 'tokenId', 'grantId', 'slug', 'articleKind', 'channel', 'via', 'days', 'purged',
  'allowNew', 'requiresPayment', 'adminOnly',
  // Inspections: ids and results only, never a title, summary or details
  'inspectionId', 'defectCaseId', 'remediationId', 'inspectionResult',
  // Webhooks: ids, counts and classes only, never a URL or secret
  'deliveryId', 'endpointId', 'attempt', 'errorClass', 'statusCode', 'gaveUp', 'active',
  // Service plan: ids and kinds only, never a custom title
  'planItemId',
]);

/**
 * Values that look like secrets or personal data are masked even under an allowed key: every
 * word (a run without whitespace or quotes) with an "@" followed later by a "." is replaced
 * whole. Linear in the length: the word pattern cannot backtrack (a word ends only where the
 * class stops matching), and each word is scanned once. A pattern like `[^@]+@[^@]+\.[^@]+`
 * would retry from every position of a long word without "@" (quadratic, issue 12).
 */
const WORD = /[^\s"]+/g;
const looksLikeEmail = (word: string): boolean => {
  const at = word.indexOf('@');
  const dot = at > 0 ? word.indexOf('.', at + 2) : -1;
  return dot > 0 && dot < word.length - 1;
};
const maskEmails = (text: string): string => text.replace(WORD, (word) => (looksLikeEmail(word) ? '[redacted-email]' : word));

export function redact(data: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!data) return out;
  for (const [key, value] of Object.entries(data)) {
    if (!ALLOWED_KEYS.has(key) || value === undefined) continue;
    out[key] = redactValue(value);
  }
  return out;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return maskEmails(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object') return redact(value as Record<string, unknown>);
  return undefined;
}
