import type { Vehicle } from '../vehicles/vehicle.entity.ts';

/** How reminders name a vehicle: make, model and nickname, never the VIN (SPEC §20). */
export function vehicleLabel(vehicle: Pick<Vehicle, 'make' | 'model' | 'nickname'>): string {
  const name = `${vehicle.make} ${vehicle.model}`;
  return vehicle.nickname ? `${name} „${vehicle.nickname}“` : name;
}

/** YYYY-MM-DD as the German calendar date "15.03.2027". */
export const germanDate = (date: string): string => date.split('-').reverse().join('.');

const KM = new Intl.NumberFormat('de-DE');
export const germanKm = (km: number): string => `${KM.format(km)} km`;

/** "am 15.03.2027", "bei 120.000 km" or both: when an item is due. */
export function dueWhen(due: { dueDate: string | null; dueKm: number | null }): string {
  const parts = [due.dueDate ? `am ${germanDate(due.dueDate)}` : null, due.dueKm !== null ? `bei ${germanKm(due.dueKm)}` : null].filter(Boolean);
  if (parts.length === 2) return `${parts.join(' oder ')}, je nachdem, was zuerst eintritt`;
  return parts[0] ?? 'ohne Termin';
}
