import { badInput } from '../errors.ts';

const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{11,17}$/;

/** Trim, uppercase, drop every space (SPEC §4), then validate: no I, O, Q; 11 to 17 characters. */
export function normaliseVin(raw: string): string {
  const vin = raw.replace(/\s+/g, '').toUpperCase();
  if (!VIN_PATTERN.test(vin)) throw badInput('invalid_vin_format', 'The VIN must have 11 to 17 letters or digits (no I, O or Q)');
  return vin;
}

/** The only form a VIN is ever shown in: first three, `***`, last four ("WVW***0001"). */
export const maskVin = (vin: string): string => `${vin.slice(0, 3)}***${vin.slice(-4)}`;
