// German labels for the API's enum values (SPEC §4–§7). The server gives some labels itself
// (accidentStatusLabel, performedByLabel); these cover the rest and the form options.

export const VEHICLE_CLASSES = ['Hypercar', 'Sport', 'Luxus', 'Alltag', 'Nutzfahrzeug'] as const;

export const ACCIDENT_STATUS_LABELS = { unfallfrei: 'Unfallfrei', nicht_unfallfrei: 'Nicht unfallfrei', unbekannt: 'Unbekannt' } as const;

export const ENTRY_TYPE_LABELS = {
  service: 'Service',
  inspection: 'Inspektion',
  repair: 'Reparatur',
  modification: 'Umbau',
  tires: 'Reifen',
  accident: 'Unfall',
  restoration: 'Restaurierung',
  other: 'Sonstiges',
} as const;

export const PERFORMED_BY_LABELS = {
  FACHWERKSTATT: 'Fachwerkstatt',
  HAENDLER: 'Händler',
  AUTOHAUS: 'Autohaus',
  REIFENSERVICE: 'Reifenservice',
  TUNING_FACHBETRIEB: 'Tuning-Fachbetrieb',
  SONSTIGES: 'Sonstiges',
  GESETZLICHES: 'Gesetzliches (TÜV/Gutachten/Wertgutachten)',
  EIGENLEISTUNG: 'Eigenleistung',
} as const;

export const TRUST_LEVEL_LABELS = {
  T1: 'T1 – ohne physisches Serviceheft',
  T2: 'T2 – physisches Serviceheft vorhanden',
  T3: 'T3 – mit geprüftem Nachweis',
} as const;

export const VERIFICATION_LABELS = { hoch: 'Hoch', mittel: 'Mittel', niedrig: 'Niedrig' } as const;
export const PRESENCE_LABELS = { vorhanden: 'Vorhanden', nicht_vorhanden: 'Nicht vorhanden' } as const;

export const APPROVAL_LABELS = { QUARANTINED: 'In Prüfung', APPROVED: 'Freigegeben', REJECTED: 'Abgelehnt' } as const;
export const SCAN_LABELS = { PENDING: 'Virenprüfung läuft', CLEAN: 'Virenfrei', INFECTED: 'Schadsoftware gefunden', ERROR: 'Prüfung fehlgeschlagen' } as const;
export const PII_LABELS = { OK: 'Keine Datenschutz-Auffälligkeit', SUSPECTED: 'Datenschutz-Prüfung offen', CONFIRMED: 'Datenschutz-Befund' } as const;

export const ROLE_LABELS = {
  user: 'Nutzer',
  vip: 'VIP',
  dealer: 'Händler',
  moderator: 'Moderator',
  admin: 'Admin',
  superadmin: 'Superadmin',
} as const;

export const API_TOKEN_SCOPE_LABELS = { read: 'Nur lesen', read_write: 'Lesen und schreiben' } as const;

const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
/** `YYYY-MM-DD` or an ISO timestamp, shown the German way. */
export function formatDate(value: string): string {
  return dateFormat.format(new Date(value.length === 10 ? `${value}T12:00:00` : value));
}
export function formatDateTime(value: string): string {
  return dateTimeFormat.format(new Date(value));
}
export function formatKm(value: number): string {
  return `${new Intl.NumberFormat('de-DE').format(value)} km`;
}
export function formatEuro(value: string): string {
  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(Number(value));
}
export function formatBytes(value: number): string {
  return value < 1024 * 1024 ? `${Math.ceil(value / 1024)} KB` : `${(value / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
/** Today as YYYY-MM-DD in local time (entries may not be in the future). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Links from the API carry the configured public base URL; the browser fetches them on its own origin. */
export function sameOriginPath(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

export const ADDON_KEY_LABELS = { restauration: 'Restaurierung', oldtimer: 'Oldtimer', unfall: 'Unfall' } as const;
export const ENTITLEMENT_LABELS = { extra_vehicles: 'Weitere Fahrzeuge', ...ADDON_KEY_LABELS } as const;
export const AUDIT_RESULT_LABELS = { success: 'Erfolg', denied: 'Abgelehnt', error: 'Fehler' } as const;
export const ARTICLE_STATE_LABELS = { draft: 'Entwurf', in_review: 'In Prüfung', published: 'Veröffentlicht' } as const;
export const ARTICLE_KIND_LABELS = { blog: 'Blog', news: 'News' } as const;
/** What the trust levels of entries mean (SPEC §5), where the levels are shown. */
export const TRUST_LEVEL_EXPLANATIONS = {
  T3: 'Ein geprüfter Nachweis (z. B. eine freigegebene Rechnung) ist mit dem Eintrag verknüpft.',
  T2: 'Ein physisches Serviceheft ist vorhanden, aber kein geprüfter Nachweis verknüpft.',
  T1: 'Kein physisches Serviceheft und kein geprüfter Nachweis.',
} as const;

/** Rejection reasons the server sets itself; reviewers' own words are shown as written. */
export const REJECTION_REASON_LABELS: Record<string, string> = {
  infected_auto_reject: 'Automatisch abgelehnt: Die Virenprüfung hat Schadsoftware gefunden.',
};
export const rejectionReasonLabel = (reason: string): string => REJECTION_REASON_LABELS[reason] ?? reason;

export const TRUST_SEVERITY_LABELS = { block: 'blockiert', cap: 'begrenzt', warn: 'Hinweis' } as const;

// Workshop intake (SPEC §18).
export const WORKSHOP_ITEM_KIND_LABELS = { defect: 'Mangel', task: 'Arbeit', recommendation: 'Empfehlung' } as const;
export const WORKSHOP_SEVERITY_LABELS = { low: 'Niedrig', medium: 'Mittel', high: 'Hoch' } as const;
export const WORKSHOP_STATUS_LABELS = { open: 'Offen', in_progress: 'In Arbeit', done: 'Erledigt', blocked: 'Blockiert' } as const;
export const WORKSHOP_SESSION_STATUS_LABELS = { OPEN: 'Offen', CLOSED: 'Abgeschlossen' } as const;

/** States of a Nachweis-Zertifikat (SPEC §22). */
export const CERTIFICATE_STATE_LABELS = { gueltig: 'Gültig', ersetzt: 'Ersetzt', widerrufen: 'Widerrufen', abgelaufen: 'Abgelaufen' } as const;
/** A hex hash in groups of eight, as the certificate PDF prints it: easy to compare by eye. */
export const groupedHex = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? hex;
