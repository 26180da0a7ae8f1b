import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const LUBELOGGER_SAMPLE = readFileSync(new URL('./samples/lubelogger-service-records.csv', import.meta.url), 'utf8');
const EXPORT = 'query($id: ID!, $separator: CsvSeparator) { vehicle(id: $id) { entriesCsv(separator: $separator) } }';
const IMPORT = `mutation($id: ID!, $csv: String!, $dryRun: Boolean!, $skip: Boolean, $type: ServiceEntryType) {
  importEntriesCsv(vehicleId: $id, csv: $csv, dryRun: $dryRun, skipInvalidRows: $skip, lubeLoggerType: $type) {
    format importedCount rows { line status reason date type performedBy odometerKm cost note declaredTrustLevel }
  }
}`;
const FIELDS = 'date type performedBy odometerKm odometerReplaced note cost declaredTrustLevel effectiveTrustLevel withdrawn imported linkedDocumentIds';
const ENTRIES = `query($id: ID!) { vehicle(id: $id) { entries(first: 200) { edges { node { ${FIELDS} } } } } }`;

async function owner(role: 'user' | 'vip' = 'user') {
  const account = await signInAs(server, role);
  const { id } = await createVehicle(server, account.token, { physicalServiceBook: true });
  return { ...account, vehicleId: id };
}

const exported = async (token: string, id: string, separator?: 'semicolon' | 'comma') => {
  const response = await server.gql(EXPORT, { id, separator }, { token });
  expect(response.errors).toBeUndefined();
  return response.data.vehicle.entriesCsv as string;
};
const importCsv = (token: string, id: string, csv: string, dryRun: boolean, extra: { skip?: boolean; type?: string } = {}) => server.gql(IMPORT, { id, csv, dryRun, ...extra }, { token });
const entriesOf = async (token: string, id: string) =>
  ((await server.gql(ENTRIES, { id }, { token })).data.vehicle.entries.edges as { node: Record<string, unknown> }[]).map((edge) => edge.node);

/** A vehicle with entries whose text needs quoting, a formula-looking note, German umlauts and every optional field. */
async function vehicleWithHistory() {
  const account = await owner();
  await addEntry(server, account.token, account.vehicleId, { date: '2019-04-02', odometerKm: 10500, cost: '1249.90', note: 'Inspektion, Öl "5W-30"\nund Filter', performedBy: 'HAENDLER', declaredTrustLevel: 'T2' });
  await addEntry(server, account.token, account.vehicleId, { date: '2020-05-06', type: 'repair', odometerKm: 20500, note: '=HYPERLINK("http://böse.example")', performedBy: 'EIGENLEISTUNG' });
  await addEntry(server, account.token, account.vehicleId, { date: '2021-07-08', type: 'tires', odometerKm: 1200, odometerReplaced: true, cost: '0.5', performedBy: 'GESETZLICHES', declaredTrustLevel: 'T1' });
  const withdrawn = await addEntry(server, account.token, account.vehicleId, { date: '2022-01-01', odometerKm: 5000 });
  await server.gql('mutation($id: ID!) { withdrawServiceEntry(entryId: $id, reason: "falsch") { id } }', { id: withdrawn.id }, { token: account.token });
  return account;
}

describe('CSV export of entries', () => {
  it('is UTF-8 with BOM, `;` and German decimals by default, CRLF, oldest work first, without withdrawn entries; formula-like cells are defused', async () => {
    const { token, vehicleId } = await vehicleWithHistory();
    const csv = await exported(token, vehicleId);
    expect(csv.startsWith('\uFEFFDatum;Art;Ausgeführt von;Kilometerstand;Tacho getauscht;Kosten (EUR);Notiz;Angegebene Stufe;Importiert\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('2019-04-02;service;Händler;10500;nein;1249,90;"Inspektion, Öl ""5W-30""\nund Filter";T2;nein');
    expect(lines[2]).toBe(`2020-05-06;repair;Eigenleistung;20500;nein;;"'=HYPERLINK(""http://böse.example"")";;nein`);
    expect(lines[3]).toBe('2021-07-08;tires;Gesetzliches (TÜV/Gutachten/Wertgutachten);1200;ja;0,50;;T1;nein');
    expect(lines).toHaveLength(5); // header, three entries, the empty rest after the last CRLF
    const comma = await exported(token, vehicleId, 'comma');
    expect(comma.split('\r\n')[1]).toBe('2019-04-02,service,Händler,10500,nein,1249.90,"Inspektion, Öl ""5W-30""\nund Filter",T2,nein');
  });

  it('is refused to others than owner, org and admin', async () => {
    const { vehicleId } = await owner();
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(EXPORT, { id: vehicleId }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(EXPORT, { id: vehicleId })).code).toBe('UNAUTHENTICATED');
  });
});

describe('CSV import of entries', () => {
  it('round trip: export → import into another vehicle gives identical entries but for the imported mark (`;` and `,`)', async () => {
    const source = await vehicleWithHistory();
    const original = (await entriesOf(source.token, source.vehicleId)).filter((entry) => !entry.withdrawn);
    for (const separator of ['semicolon', 'comma'] as const) {
      const target = await owner();
      const csv = await exported(source.token, source.vehicleId, separator);
      const dryRun = await importCsv(target.token, target.vehicleId, csv, true);
      expect(dryRun.errors).toBeUndefined();
      expect(dryRun.data.importEntriesCsv.format).toBe('ltc');
      expect(dryRun.data.importEntriesCsv.rows.map((row: { line: number; status: string }) => [row.line, row.status])).toEqual([[2, 'ok'], [4, 'ok'], [5, 'ok']]);
      expect(await entriesOf(target.token, target.vehicleId)).toEqual([]); // a dry run stores nothing
      const done = await importCsv(target.token, target.vehicleId, csv, false);
      expect(done.data.importEntriesCsv.importedCount).toBe(3);
      const copied = await entriesOf(target.token, target.vehicleId);
      expect(copied.map((entry) => entry.imported)).toEqual([true, true, true]);
      const withoutMark = (entries: Record<string, unknown>[]) => entries.map(({ imported: _imported, ...rest }) => rest);
      expect(withoutMark(copied)).toEqual(withoutMark(original));
      // Imported entries are links of the vehicle's hash chain like any other entry.
      const chain = await server.gql('query($id: ID!) { verifyChain(vehicleId: $id) { status linkCount } }', { id: target.vehicleId }, { token: target.token });
      expect(chain.data.verifyChain).toEqual({ status: 'intact', linkCount: 3 });
      // The same file again: every row is a duplicate (date + km + type), nothing is added.
      const again = await importCsv(target.token, target.vehicleId, csv, false);
      expect(again.data.importEntriesCsv.rows.map((row: { status: string }) => row.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.data.importEntriesCsv.importedCount).toBe(0);
      expect(await entriesOf(target.token, target.vehicleId)).toHaveLength(3);
    }
  });

  it('imported entries are T2 at most: a declared T3 is kept as T2, and no documents come along', async () => {
    const source = await owner();
    const documentId = await insertDocument(server, source.vehicleId, source.userId);
    await addEntry(server, source.token, source.vehicleId, { declaredTrustLevel: 'T3', documentIds: [documentId] });
    expect((await entriesOf(source.token, source.vehicleId))[0]!.effectiveTrustLevel).toBe('T3');
    const target = await owner();
    await importCsv(target.token, target.vehicleId, await exported(source.token, source.vehicleId), false);
    const [entry] = await entriesOf(target.token, target.vehicleId);
    expect(entry).toMatchObject({ declaredTrustLevel: 'T2', effectiveTrustLevel: 'T2', linkedDocumentIds: [], imported: true });
  });

  it("reads LubeLogger's record export with its quirks: BOM, quoted commas, embedded newlines, German decimals, empty km", async () => {
    const { token, vehicleId } = await owner();
    const dryRun = await importCsv(token, vehicleId, LUBELOGGER_SAMPLE, true, { type: 'repair' });
    expect(dryRun.errors).toBeUndefined();
    const report = dryRun.data.importEntriesCsv;
    expect(report.format).toBe('lubelogger');
    expect(report.rows).toEqual([
      { line: 2, status: 'ok', reason: null, date: '2021-03-15', type: 'repair', performedBy: 'SONSTIGES', odometerKm: 45210, cost: '189.90', note: 'Ölwechsel inkl. Filter\nMotoröl 5W-30, 4,5 Liter\nTags: oil', declaredTrustLevel: null },
      { line: 3, status: 'ok', reason: null, date: '2021-11-02', type: 'repair', performedBy: 'SONSTIGES', odometerKm: 51003, cost: '1234.56', note: 'Bremsen vorne, Scheiben und Beläge\nWerkstatt sagt:\r\n"Hinterachse bald fällig"\nTags: brakes wear', declaredTrustLevel: null },
      { line: 5, status: 'error', reason: 'csv_value_missing', date: null, type: null, performedBy: null, odometerKm: null, cost: null, note: null, declaredTrustLevel: null },
      { line: 6, status: 'duplicate', reason: null, date: '2021-03-15', type: 'repair', performedBy: 'SONSTIGES', odometerKm: 45210, cost: '189.90', note: 'Ölwechsel inkl. Filter\nTags: oil', declaredTrustLevel: null },
      { line: 7, status: 'error', reason: 'invalid_entry_date', date: null, type: null, performedBy: null, odometerKm: null, cost: null, note: null, declaredTrustLevel: null },
    ]);
    // Nothing is imported while rows have errors, unless the user skips them.
    expect(errorOf(await importCsv(token, vehicleId, LUBELOGGER_SAMPLE, false, { type: 'repair' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'csv_rows_invalid' });
    expect(await entriesOf(token, vehicleId)).toEqual([]);
    const skipped = await importCsv(token, vehicleId, LUBELOGGER_SAMPLE, false, { type: 'repair', skip: true });
    expect(skipped.data.importEntriesCsv.importedCount).toBe(2);
    const entries = await entriesOf(token, vehicleId);
    expect(entries.map((entry) => [entry.date, entry.odometerKm, entry.cost, entry.type, entry.imported])).toEqual([
      ['2021-11-02', 51003, '1234.56', 'repair', true],
      ['2021-03-15', 45210, '189.90', 'repair', true],
    ]);
    const audit = await server.app.services.orm.em.fork().getConnection().execute<{ action: string; metadata: unknown }[]>(
      `select action, metadata from audit_events where target_id = '${vehicleId}' and action = 'ENTRIES_IMPORTED'`,
    );
    expect(audit).toHaveLength(1);
    const metadata = audit[0]!.metadata;
    expect(typeof metadata === 'string' ? JSON.parse(metadata) : metadata).toEqual({ vehicleId, kind: 'lubelogger', count: 2 });
  });

  it('refuses hostile and broken files with a clear reason', async () => {
    const { token, vehicleId } = await owner();
    const header = 'Datum;Art;Ausgeführt von;Kilometerstand;Tacho getauscht;Kosten (EUR);Notiz;Angegebene Stufe\n';
    const tooMany = header + '2020-01-01;service;Fachwerkstatt;1;nein;;;\n'.repeat(1001);
    expect(errorOf(await importCsv(token, vehicleId, tooMany, true))).toEqual({ code: 'BAD_USER_INPUT', reason: 'csv_too_many_rows' });
    expect(errorOf(await importCsv(token, vehicleId, header + 'x'.repeat(100_001), true))).toEqual({ code: 'BAD_USER_INPUT', reason: 'text_too_long' });
    expect(errorOf(await importCsv(token, vehicleId, header + '2020-01-01;service;"Fachwerkstatt;1;nein;;;\n', true))).toEqual({ code: 'BAD_USER_INPUT', reason: 'csv_unreadable' });
    expect(errorOf(await importCsv(token, vehicleId, 'Name,Wert\na,b\n', true))).toEqual({ code: 'BAD_USER_INPUT', reason: 'csv_unknown_format' });
    const rows = [
      '2020-01-01;service;Fachwerkstatt;1;nein;;',
      '2020-01-02;wartung;Fachwerkstatt;1;nein;;;',
      '2020-01-03;service;Nachbar;1;nein;;;',
      '2099-01-01;service;Fachwerkstatt;1;nein;;;',
      '2020-01-04;service;Fachwerkstatt;-5;nein;;;',
      '2020-01-05;service;Fachwerkstatt;5;vielleicht;;;',
      '2020-01-06;service;Fachwerkstatt;5;nein;zehn;;',
      '2020-01-07;service;Fachwerkstatt;5;nein;;;T9',
    ];
    const report = await importCsv(token, vehicleId, header + rows.join('\n'), true);
    expect(report.data.importEntriesCsv.rows.map((row: { reason: string }) => row.reason)).toEqual([
      'csv_column_count',
      'invalid_entry_type',
      'invalid_performed_by',
      'entry_date_in_future',
      'invalid_odometer',
      'csv_invalid_yes_no',
      'invalid_cost',
      'invalid_trust_level',
    ]);
  });

  it('is refused to others than who may add entries (stranger, anonymous, read-only token), and imports nothing then', async () => {
    const { token, vehicleId } = await owner('vip');
    const csv = await exported(token, vehicleId);
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await importCsv(stranger.token, vehicleId, LUBELOGGER_SAMPLE, false, { skip: true })).code).toBe('FORBIDDEN');
    expect(errorOf(await importCsv('', vehicleId, LUBELOGGER_SAMPLE, true)).code).toBe('UNAUTHENTICATED');
    const readOnly = await server.gql('mutation { createApiToken(name: "lesen", scope: read) { token } }', {}, { token });
    expect(errorOf(await importCsv(readOnly.data.createApiToken.token, vehicleId, LUBELOGGER_SAMPLE, false, { skip: true }))).toEqual({ code: 'FORBIDDEN', reason: 'token_read_only' });
    expect(await entriesOf(token, vehicleId)).toEqual([]);
    expect(csv.split('\r\n')).toHaveLength(2); // header only
  });
});
