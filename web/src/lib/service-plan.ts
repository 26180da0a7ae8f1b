// German labels and texts of the service plan (SPEC §20) for the due list and the vehicle page.
import type { DueState } from './gql/enums.ts';
import { formatDate, formatKm } from './labels.ts';

export const DUE_STATE_LABELS: Record<DueState, string> = { ok: 'In Ordnung', bald_faellig: 'Bald fällig', ueberfaellig: 'Überfällig' };

/** "alle 12 Monate oder 15.000 km" */
export function intervalText(months: number | null | undefined, km: number | null | undefined): string {
  const parts = [months ? `${months} ${months === 1 ? 'Monat' : 'Monate'}` : null, km ? formatKm(km) : null].filter(Boolean);
  return `alle ${parts.join(' oder ')}`;
}

interface Due {
  state: DueState;
  dueDate?: string | null;
  dueKm?: number | null;
  estimatedKm?: number | null;
}

/** "fällig am 3. Dez. 2026 oder bei 45.000 km", or that nothing can be computed yet. */
export function dueText(due: Due): string {
  const parts = [due.dueDate ? `am ${formatDate(due.dueDate)}` : null, due.dueKm != null ? `bei ${formatKm(due.dueKm)}` : null].filter(Boolean);
  return parts.length === 0 ? 'Fälligkeit unbekannt' : `fällig ${parts.join(' oder ')}`;
}
