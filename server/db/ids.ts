import { randomUUID } from 'node:crypto';

/** Ids are random UUIDs: nothing can be learned or enumerated from them. */
export const newId = (): string => randomUUID();
