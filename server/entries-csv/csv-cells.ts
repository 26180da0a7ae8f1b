import { badInput } from '../errors.ts';
import { formatCost, parseCost } from '../entries/entry-rules.ts';

/**
 * Cells a spreadsheet would run as a formula start with one of these (OWASP "CSV injection"):
 * such text cells are written with a leading apostrophe, which spreadsheets show as text, and the
 * import takes the apostrophe off again, so a round trip keeps the text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const guardCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
export const unguardCell = (text: string): string => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

/** Euros for the cell: "1249,90" in a `;` file (German spreadsheets), "1249.90" in a `,` file. */
export const costCell = (cents: number, separator: ';' | ','): string => (separator === ';' ? formatCost(cents).replace('.', ',') : formatCost(cents));

/**
 * A cost as people and other tools write it, in cents: "1.234,56", "1,234.56", "1234.56", "89",
 * "89,9", with or without "€"/"EUR"/"$" and spaces. With both separators the last one is the
 * decimal mark; a single one followed by exactly three digits groups thousands (costs have at most
 * two decimals). Null for an empty cell.
 */
export function parseCostCell(raw: string): number | null {
  let text = raw.replace(/€|EUR|\$|\s/gi, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    text = text.split(grouping).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = text.split(mark);
    // "1.234" / "1,234,567": thousands; "12,5" / "12.50": decimals.
    if (parts.length > 2 || parts.at(-1)!.length === 3) text = parts.join('');
    else text = parts.join('.');
  }
  return parseCost(text);
}

/** Kilometres as a whole number: "123456", "123.456", "123 456", "123,456". Null for an empty cell. */
export function parseKmCell(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return null;
  const digits = /^\d{1,3}(?:[.,\s]\d{3})+$/.test(text) ? text.replace(/[.,\s]/g, '') : text;
  if (!/^\d{1,9}$/.test(digits)) throw badInput('invalid_odometer', 'The odometer reading must be a whole number of km ≥ 0');
  return Number(digits);
}

/**
 * A date as YYYY-MM-DD from "2024-03-15", "15.03.2024" (German) or "3/15/2024" (LubeLogger's
 * default US format); a time after the date is ignored. Calendar checks are the entry rules'.
 */
export function parseDateCell(raw: string): string {
  const text = raw.trim().split(/[T ]/)[0]!;
  const pad = (value: string) => value.padStart(2, '0');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}`;
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return `${match[3]}-${pad(match[2]!)}-${pad(match[1]!)}`;
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return `${match[3]}-${pad(match[1]!)}-${pad(match[2]!)}`;
  throw badInput('invalid_entry_date', 'The date must be YYYY-MM-DD, DD.MM.YYYY or M/D/YYYY');
}
