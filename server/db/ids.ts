import { randomUUID } from 'node:crypto';

/** Ids are random UUIDs: nothing can be learned or enumerated from them. */
export const newId = (): string => randomUUID();

const ISSUED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value has the form of an id this server issues (a caller may send anything). */
export const isIssuedId = (value: string): boolean => ISSUED_ID.test(value);
