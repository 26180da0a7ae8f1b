import type { CombinedError } from '@urql/svelte';
import type { ErrorReason } from './gql/enums.ts';

/**
 * German messages for every reason of the server's catalogue (SPEC §15), typed by the schema's
 * `ErrorReason` enum: a new reason without a message here does not compile. Messages name the
 * field and its limits, so a form can show them next to the field (FIELD_OF_REASON).
 */
export const MESSAGES: Record<ErrorReason, string> = {
  // Anmeldung und Zustimmung
  authentication_required: 'Bitte melden Sie sich an.',
  invalid_email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  invalid_code: 'Der Code ist nicht gültig. Bitte prüfen Sie die Eingabe.',
  code_expired: 'Der Code ist abgelaufen. Bitte fordern Sie einen neuen an.',
  code_used: 'Dieser Code wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
  challenge_locked: 'Zu viele falsche Versuche. Bitte fordern Sie einen neuen Code an.',
  rate_limited: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  session_required: 'Diese Aktion ist nur in einer angemeldeten Sitzung möglich, nicht mit einem API-Token.',
  consent_required: 'Bitte stimmen Sie zuerst den aktuellen Bedingungen zu.',
  consent_version_not_current: 'Die Bedingungen wurden inzwischen aktualisiert. Bitte laden Sie die Seite neu und stimmen Sie der aktuellen Fassung zu.',
  forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
  moderator_confined: 'Moderatoren haben nur Zugriff auf das CMS.',
  token_read_only: 'Dieses API-Token darf nur lesen.',
  not_found: 'Nicht gefunden.',
  // Bestätigung und Rollen
  admin_step_up_required: 'Für diese Aktion ist eine erneute Bestätigung nötig.',
  admin_step_up_invalid: 'Die Bestätigung ist ungültig oder abgelaufen. Bitte erneut bestätigen.',
  superadmin_required: 'Nur ein Superadmin darf diese Rolle ändern.',
  own_role_change: 'Ihre eigene Rolle können Sie nicht selbst ändern.',
  user_not_found: 'Dieses Konto wurde nicht gefunden. Bitte wählen Sie es über die E-Mail-Adresse aus.',
  moderator_accreditation_required: 'Moderatoren werden über die Akkreditierung verwaltet, nicht über die Rollenvergabe.',
  role_conflict: 'Nur Konten mit der Rolle Nutzer können als Moderator akkreditiert werden.',
  not_a_moderator: 'Dieses Konto ist nicht als Moderator akkreditiert.',
  role_unchanged: 'Das Konto hat diese Rolle bereits.',
  // Fahrzeuge und öffentlicher Link
  invalid_vin_format: 'Die FIN ist ungültig (11–17 Zeichen, ohne I, O und Q).',
  vehicle_limit_reached: 'Mit Ihrem Konto ist ein Fahrzeug inklusive. Für weitere Fahrzeuge wird eine Erweiterung benötigt.',
  vin_already_registered: 'Ein Fahrzeug mit dieser FIN ist bereits registriert. Gehört es inzwischen Ihnen, kann die bisherige Eigentümerin oder der bisherige Eigentümer es Ihnen per Übergabe übertragen.',
  invalid_make: 'Bitte geben Sie die Marke an (höchstens 80 Zeichen).',
  invalid_model: 'Bitte geben Sie das Modell an (höchstens 80 Zeichen).',
  invalid_nickname: 'Der Spitzname darf höchstens 60 Zeichen haben.',
  invalid_build_year: `Das Baujahr muss zwischen 1886 und ${new Date().getFullYear() + 1} liegen.`,
  vehicle_not_found: 'Dieses Fahrzeug wurde nicht gefunden.',
  public_share_already_enabled: 'Der öffentliche Link ist bereits aktiv. Einen neuen erhalten Sie über „Link erneuern“.',
  public_share_not_enabled: 'Es gibt noch keinen öffentlichen Link. Bitte erstellen Sie zuerst einen.',
  // Einträge
  invalid_entry_date: 'Bitte geben Sie ein gültiges Datum an.',
  entry_date_in_future: 'Das Datum darf nicht in der Zukunft liegen.',
  entry_date_too_early: 'Das Datum darf nicht vor 1886 liegen.',
  invalid_entry_type: 'Bitte wählen Sie eine Art aus.',
  invalid_performed_by: 'Bitte wählen Sie aus, von wem die Arbeit durchgeführt wurde.',
  invalid_odometer: 'Der Kilometerstand muss eine ganze Zahl ab 0 sein.',
  invalid_cost: 'Die Kosten müssen ein Betrag ab 0 € mit höchstens zwei Nachkommastellen sein.',
  note_too_long: 'Die Notiz darf höchstens 4.000 Zeichen haben.',
  invalid_trust_level: 'Bitte wählen Sie eine gültige Trust-Stufe aus.',
  invalid_withdrawal_reason: 'Bitte geben Sie einen Grund für das Zurückziehen an (höchstens 1.000 Zeichen).',
  document_not_of_vehicle: 'Verknüpfte Dokumente müssen zu diesem Fahrzeug gehören.',
  entry_version_outdated: 'Von diesem Eintrag gibt es inzwischen eine neuere Fassung. Bitte laden Sie die Seite neu.',
  entry_withdrawn: 'Ein zurückgezogener Eintrag kann nicht mehr geändert werden.',
  entry_not_found: 'Dieser Eintrag wurde nicht gefunden.',
  // Dokumente
  file_too_large: 'Die Datei ist zu groß.',
  unsupported_file_type: 'Nur PDF, PNG und JPEG sind erlaubt.',
  invalid_multipart_request: 'Der Upload war unvollständig. Bitte wählen Sie die Datei erneut aus.',
  invalid_scan_status: 'Dieser Prüfstatus ist nicht gültig.',
  method_not_allowed: 'Diese Anfrage ist so nicht erlaubt.',
  too_many_uploads: 'Es laufen gerade zu viele Uploads. Bitte warten Sie, bis einer abgeschlossen ist.',
  too_many_entries: 'Ein Dokument kann mit höchstens 50 Einträgen verknüpft werden.',
  entry_not_in_vehicle: 'Dokumente können nur mit Einträgen desselben Fahrzeugs verknüpft werden.',
  document_not_quarantined: 'Dieses Dokument wurde bereits geprüft.',
  not_scanned_clean: 'Das Dokument ist noch nicht als sauber geprüft.',
  pii_not_cleared: 'Die Datenschutz-Prüfung ist noch offen.',
  invalid_rejection_reason: 'Bitte geben Sie einen Ablehnungsgrund an (höchstens 500 Zeichen).',
  document_purged: 'Dieses Dokument wurde nach Ablauf der Aufbewahrungsfrist gelöscht.',
  document_not_rejected: 'Nur abgelehnte Dokumente können Sie entfernen oder ersetzen.',
  // Übergabe
  transfer_already_open: 'Für dieses Fahrzeug ist bereits eine Übergabe vorbereitet.',
  transfer_not_open: 'Diese Übergabe ist nicht mehr offen.',
  transfer_already_extended: 'Eine Übergabe kann nur einmal verlängert werden.',
  transfer_not_redeemable: 'Diese Übergabe wurde bereits eingelöst oder abgebrochen, oder das Fahrzeug gehört Ihnen schon.',
  transfer_expired: 'Diese Übergabe ist abgelaufen.',
  transfer_not_found: 'Zu diesem Übergabe-Code wurde keine Übergabe gefunden. Bitte prüfen Sie den Code Zeichen für Zeichen.',
  // Vollständige Exporte
  invalid_ttl: 'Die Gültigkeit der Export-Freigabe muss zwischen 30 Sekunden und 60 Minuten liegen.',
  missing_export_token: 'Für den vollständigen Export wird die Freigabe benötigt.',
  export_token_invalid: 'Die Export-Freigabe ist ungültig oder abgelaufen. Bitte bestätigen Sie erneut.',
  // VIP-Betriebe
  invalid_business_name: 'Der Name muss 1 bis 120 Zeichen haben.',
  invalid_owner: 'Ein Moderator kann keinen Betrieb besitzen.',
  business_not_found: 'Dieser Betrieb wurde nicht gefunden.',
  already_approved: 'Dieser Betrieb ist bereits freigegeben.',
  business_not_approved: 'Der Betrieb ist noch nicht freigegeben.',
  staff_is_owner: 'Die Inhaberin oder der Inhaber kann nicht zugleich Mitarbeiter des Betriebs sein.',
  invalid_staff: 'Ein Moderator kann nicht Mitarbeiter eines Betriebs sein.',
  already_staff: 'Dieses Konto gehört bereits zu den Mitarbeitern des Betriebs.',
  staff_limit_reached: 'Ein Betrieb hat höchstens zwei Mitarbeiter.',
  staff_not_found: 'Dieses Konto gehört nicht zu den Mitarbeitern des Betriebs.',
  // Erweiterungen und Trust-Ordner
  addon_not_available: 'Diese Erweiterung ist derzeit nicht verfügbar.',
  admin_only: 'Diese Erweiterung ist Administratoren vorbehalten.',
  paywall_required: 'Für diese Erweiterung wird eine Freischaltung benötigt.',
  invalid_title: 'Bitte geben Sie einen Titel an (höchstens 200 Zeichen).',
  invalid_date: 'Bitte geben Sie ein gültiges Datum an.',
  date_in_future: 'Das Datum darf nicht in der Zukunft liegen.',
  date_too_early: 'Das Datum darf nicht vor 1886 liegen.',
  invalid_stage_name: 'Bitte geben Sie dem Abschnitt einen Namen (höchstens 100 Zeichen).',
  too_many_documents: 'Ein Abschnitt kann höchstens 50 Dokumente haben.',
  invalid_document: 'Die Dokumente müssen zu diesem Fahrzeug gehören.',
  picture_not_image: 'Vorher- und Nachher-Bilder müssen PNG- oder JPEG-Dateien sein.',
  trust_folder_not_found: 'Dieser Trust-Ordner wurde nicht gefunden.',
  summary_too_long: 'Die Zusammenfassung darf höchstens 2000 Zeichen haben.',
  details_too_long: 'Die Details dürfen höchstens 20 000 Zeichen haben.',
  defect_case_closed: 'Dieser Maßnahmenfall ist bereits erledigt. Eine weitere Behebung kann nicht erfasst werden.',
  defect_case_not_found: 'Dieser Maßnahmenfall wurde nicht gefunden.',
  // CMS
  invalid_slug: 'Die Adresse darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten (höchstens 100 Zeichen).',
  invalid_excerpt: 'Die Kurzfassung darf höchstens 500 Zeichen haben.',
  invalid_body: 'Bitte geben Sie einen Text an (höchstens 100.000 Zeichen).',
  invalid_review_note: 'Die Prüfnotiz darf höchstens 2.000 Zeichen haben.',
  slug_taken: 'Diese Adresse ist bereits vergeben.',
  article_not_draft: 'Nur ein Entwurf kann zur Prüfung eingereicht werden.',
  article_not_in_review: 'Nur ein eingereichter Beitrag kann geprüft werden.',
  article_already_published: 'Der Beitrag ist bereits veröffentlicht.',
  review_required: 'Der Beitrag muss zuerst geprüft werden.',
  article_not_found: 'Dieser Beitrag wurde nicht gefunden.',
  // API-Tokens und Audit-Log
  invalid_token_name: 'Der Name muss 1 bis 80 Zeichen haben.',
  invalid_token_expiry: 'Die Gültigkeit muss zwischen 1 und 365 Tagen liegen.',
  token_limit_reached: 'Sie haben bereits 20 aktive Tokens. Bitte widerrufen Sie zuerst eines.',
  invalid_time_range: 'Der Beginn muss vor dem Ende liegen.',
  too_many_actions: 'Bitte filtern Sie nach höchstens 50 Aktionen.',
  // Webhooks
  invalid_webhook_url: 'Die Adresse muss eine vollständige https-Adresse ohne Zugangsdaten sein (höchstens 2048 Zeichen).',
  webhook_address_not_allowed: 'Diese Adresse ist nicht erreichbar oder nicht öffentlich.',
  invalid_webhook_events: 'Bitte wählen Sie mindestens ein Ereignis.',
  webhook_limit_reached: 'Sie haben bereits 10 Webhook-Endpunkte. Bitte löschen Sie zuerst einen.',
  // Die Anfrage selbst
  csrf_check_failed: 'Die Anfrage wurde aus Sicherheitsgründen abgelehnt. Bitte laden Sie die Seite neu.',
  unsupported_content_type: 'Dieses Anfrageformat wird nicht unterstützt.',
  request_too_large: 'Die Anfrage ist zu groß.',
  invalid_json: 'Die Anfrage ist kein gültiges JSON.',
  invalid_request: 'Die Anfrage ist ungültig.',
  invalid_query: 'Die Abfrage ist ungültig.',
  persisted_query_not_found: 'Die Anwendung wurde aktualisiert. Bitte laden Sie die Seite neu.',
  persisted_query_required: 'Die Anwendung wurde aktualisiert. Bitte laden Sie die Seite neu.',
  persisted_query_only: 'Die Anwendung wurde aktualisiert. Bitte laden Sie die Seite neu.',
  too_many_tokens: 'Die Abfrage ist zu umfangreich.',
  document_too_long: 'Die Abfrage ist zu lang.',
  query_too_deep: 'Die Abfrage ist zu tief verschachtelt.',
  too_many_aliases: 'Die Abfrage enthält zu viele Aliase.',
  too_many_directives: 'Die Abfrage enthält zu viele Direktiven.',
  query_too_costly: 'Die Abfrage ist zu aufwendig. Bitte fragen Sie weniger Daten auf einmal ab.',
  invalid_id: 'Dieser Link ist ungültig.',
  invalid_cursor: 'Die Liste hat sich geändert. Bitte laden Sie die Seite neu.',
  text_too_long: 'Ein Text ist zu lang. Bitte kürzen Sie ihn.',
  invalid_characters: 'Ein Text enthält unzulässige Steuerzeichen. Bitte prüfen Sie die Eingabe.',
  invalid_idempotency_key: 'Der Idempotency-Key muss 1 bis 255 druckbare ASCII-Zeichen lang sein.',
  idempotency_key_reused: 'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
  idempotency_key_in_progress: 'Eine Anfrage mit diesem Idempotency-Key läuft noch. Bitte versuchen Sie es gleich erneut.',
  workshop_vehicle_required: 'Bitte wählen Sie ein Fahrzeug oder scannen Sie den QR-Code des Kunden.',
  share_token_not_available: 'Dieser QR-Code ist nicht (mehr) gültig. Bitte lassen Sie sich den aktuellen Code zeigen.',
  invalid_workshop_note: 'Eine Notiz darf nicht leer sein und höchstens 20 000 Zeichen haben.',
  invalid_item_count: 'Zu wenige oder zu viele Punkte auf einmal (1 bis 200 Punkte, höchstens 500 auf der Tafel).',
  invalid_item_details: 'Die Details dürfen höchstens 20 000 Zeichen haben.',
  item_not_in_session: 'Ein Punkt gehört nicht zu dieser Annahme.',
  item_not_done: 'Nur erledigte Punkte können als Eintrag vorgeschlagen werden.',
  workshop_item_limit_reached: 'Eine Annahme kann höchstens 500 Punkte haben.',
  session_closed: 'Diese Annahme ist abgeschlossen und kann nicht mehr geändert werden.',
  proposal_already_decided: 'Über diesen Vorschlag wurde bereits entschieden.',
  too_many_subscriptions: 'Zu viele Live-Tafeln sind gleichzeitig geöffnet. Bitte schließen Sie eine davon.',
  // Service plan
  service_plan_interval_missing: 'Bitte geben Sie ein Intervall in Monaten oder Kilometern an.',
  invalid_service_plan_interval: 'Intervalle sind ganze Zahlen: 1 bis 120 Monate, 1 bis 500 000 km.',
  invalid_service_plan_title: 'Ein eigener Punkt braucht einen Titel mit 1 bis 60 Zeichen.',
  invalid_service_plan_satisfied_by: 'Bitte wählen Sie mindestens eine Eintragsart, die den Punkt erledigt.',
  invalid_first_registration: 'Bitte geben Sie ein gültiges Datum der Erstzulassung an (nicht in der Zukunft).',
  service_plan_item_limit_reached: 'Ein Wartungsplan hat höchstens 30 Punkte.',
  service_plan_kind_exists: 'Dieser Punkt ist bereits im Wartungsplan.',
  service_plan_item_not_found: 'Dieser Punkt des Wartungsplans wurde nicht gefunden.',
};

/**
 * The form field a reason is about (the `name` a form gives `FieldError`), so the message appears
 * next to that field instead of only above the form. Forms add their reasons here.
 */
export const FIELD_OF_REASON: Partial<Record<ErrorReason, string>> = {
  invalid_email: 'email',
  invalid_code: 'code',
  invalid_vin_format: 'vin',
  vin_already_registered: 'vin',
  invalid_make: 'make',
  invalid_model: 'model',
  invalid_nickname: 'nickname',
  invalid_build_year: 'buildYear',
  invalid_entry_date: 'date',
  entry_date_in_future: 'date',
  entry_date_too_early: 'date',
  invalid_odometer: 'odometerKm',
  invalid_cost: 'cost',
  note_too_long: 'note',
  invalid_withdrawal_reason: 'reason',
  invalid_rejection_reason: 'reason',
  file_too_large: 'file',
  unsupported_file_type: 'file',
  transfer_not_found: 'code',
  transfer_expired: 'code',
  transfer_not_redeemable: 'code',
  invalid_business_name: 'name',
  invalid_title: 'title',
  invalid_slug: 'slug',
  slug_taken: 'slug',
  invalid_excerpt: 'excerpt',
  invalid_body: 'body',
  invalid_token_name: 'name',
  invalid_token_expiry: 'expiresInDays',
};

const NETWORK_MESSAGE = 'Der Server ist gerade nicht erreichbar. Bitte versuchen Sie es erneut.';

/** The reason of an urql error (the first GraphQL error's), if it is one of the catalogue. */
export function errorReason(error: CombinedError | undefined | null): ErrorReason | null {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' && reason in MESSAGES ? (reason as ErrorReason) : null;
}

export function errorMessage(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  if (error.networkError) return NETWORK_MESSAGE;
  const first = error.graphQLErrors[0];
  return messageFor(first?.extensions?.code as string | undefined, first?.extensions?.reason as string | undefined);
}

/** The German message for an error code and reason from the API. */
function messageFor(code: string | undefined, reason: string | undefined): string {
  if (reason && reason in MESSAGES) return MESSAGES[reason as ErrorReason];
  if (code === 'RATE_LIMITED') return MESSAGES.rate_limited;
  if (code === 'NETWORK') return NETWORK_MESSAGE;
  if (code === 'NOT_FOUND') return MESSAGES.not_found;
  if (code === 'BAD_USER_INPUT') return 'Bitte prüfen Sie Ihre Eingaben.';
  return 'Das hat leider nicht geklappt. Bitte versuchen Sie es erneut.';
}
