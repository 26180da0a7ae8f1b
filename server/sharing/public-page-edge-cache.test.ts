import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readPersistedManifest } from '../graphql/persisted-operations.ts';
import { EDGE_CACHED_DOCUMENT, OPERATION_NAME, PUBLIC_VEHICLE_FIELDS } from './public-page-edge-cache.ts';

const QR_PAGE = path.resolve(import.meta.dirname, '../../web/src/routes/q/[token]/+page.svelte');

/** The field names the QR page's query selects under `publicVehicle`, read from the page's source. */
function webQueryFields(): string[] {
  const source = /graphql\(`([\s\S]*?)`\)/.exec(readFileSync(QR_PAGE, 'utf8'))?.[1];
  if (!source) throw new Error(`No graphql(\`…\`) query in ${QR_PAGE}`);
  const operation = parse(source).definitions[0] as OperationDefinitionNode;
  expect(operation.name?.value).toBe(OPERATION_NAME);
  const publicVehicle = operation.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD && selection.name.value === 'publicVehicle');
  return (publicVehicle?.selectionSet?.selections ?? []).map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : `<${selection.kind}>`));
}

// The contract of server/sharing/public-page-edge-cache.ts: when the web app's QR page query
// changes, these fail until the edge cache answers the new selection (instead of the fast path
// turning itself off unnoticed).
describe('the public page edge cache contract', () => {
  it('answers exactly the fields the QR page selects', () => {
    expect([...webQueryFields()].sort()).toEqual([...PUBLIC_VEHICLE_FIELDS].sort());
  });

  it('answers exactly the document the web app sends (the persisted manifest holds it)', () => {
    const sent = Object.values(readPersistedManifest()).filter((document) => document.startsWith(`query ${OPERATION_NAME}(`));
    expect(sent).toEqual([EDGE_CACHED_DOCUMENT]);
  });
});
