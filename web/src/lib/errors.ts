import type { CombinedError } from '@urql/svelte';

/** German messages for the server's error reasons (SPEC §15); unknown reasons get a calm default. */
const MESSAGES: Record<string, string> = {
  invalid_code: 'Der Code ist nicht gültig. Bitte prüfen Sie die Eingabe.',
  code_expired: 'Der Code ist abgelaufen. Bitte fordern Sie einen neuen an.',
  code_used: 'Dieser Code wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
  challenge_locked: 'Zu viele falsche Versuche. Bitte fordern Sie einen neuen Code an.',
  rate_limited: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  invalid_vin_format: 'Die FIN ist ungültig (11–17 Zeichen, ohne I, O und Q).',
  vehicle_limit_reached: 'Mit Ihrem Konto ist ein Fahrzeug inklusive. Für weitere Fahrzeuge wird eine Erweiterung benötigt.',
  file_too_large: 'Die Datei ist zu groß.',
  unsupported_file_type: 'Nur PDF, PNG und JPEG sind erlaubt.',
  not_scanned_clean: 'Das Dokument ist noch nicht als sauber geprüft.',
  pii_not_cleared: 'Die Datenschutz-Prüfung ist noch offen.',
  transfer_not_redeemable: 'Diese Übergabe kann nicht (mehr) eingelöst werden.',
  transfer_expired: 'Diese Übergabe ist abgelaufen.',
  admin_step_up_required: 'Für diese Aktion ist eine erneute Bestätigung nötig.',
  admin_step_up_invalid: 'Die Bestätigung ist ungültig oder abgelaufen. Bitte erneut bestätigen.',
  superadmin_required: 'Nur ein Superadmin darf diese Rolle ändern.',
  review_required: 'Der Beitrag muss zuerst geprüft werden.',
  addon_not_available: 'Diese Erweiterung ist derzeit nicht verfügbar.',
  admin_only: 'Diese Erweiterung ist Administratoren vorbehalten.',
  paywall_required: 'Für diese Erweiterung wird eine Freischaltung benötigt.',
  consent_required: 'Bitte stimmen Sie zuerst den aktuellen Bedingungen zu.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  moderator_confined: 'Moderatoren haben nur Zugriff auf das CMS.',
};

export function errorMessage(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  if (error.networkError) return 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es erneut.';
  const first = error.graphQLErrors[0];
  return messageFor(first?.extensions?.code as string | undefined, first?.extensions?.reason as string | undefined);
}

/** The German message for an error code and reason from the API. */
export function messageFor(code: string | undefined, reason: string | undefined): string {
  if (reason && MESSAGES[reason]) return MESSAGES[reason];
  if (code === 'RATE_LIMITED') return MESSAGES.rate_limited!;
  if (code === 'NETWORK') return 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es erneut.';
  if (code === 'NOT_FOUND') return 'Nicht gefunden.';
  if (code === 'BAD_USER_INPUT') return 'Bitte prüfen Sie Ihre Eingaben.';
  return 'Das hat leider nicht geklappt. Bitte versuchen Sie es erneut.';
}
