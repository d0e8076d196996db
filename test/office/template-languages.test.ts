/**
 * Create register in a language, in Excel (against the fake): sheets, headers, settings and
 * the Status pick list in that language, the Excel tables under their English names, and the
 * register read back by the engine as it reads an English one.
 */
import { OfficeRegisterWorkbook } from '../../src/excel/office';
import { templateTables, auditWorkbook } from '../../src/excel/shared';
import { fakeHost, FakeWorkbook } from './fake-excel';
import { day } from '../core/helpers';

test('a German register: German sheets and headers, English table names, read back whole', async () => {
  const book = new FakeWorkbook();
  book.addSheet('Tabelle1');
  const workbook = new OfficeRegisterWorkbook(fakeHost(book));
  await workbook.createTemplate('de');
  const tables = templateTables(undefined, 'de');
  for (const table of tables) {
    const found = book.findTable(table.name);
    expect([table.name, found?.sheet.name]).toEqual([table.name, table.sheet]);
  }
  expect(book.values('Käufe', 'A1:C1')).toEqual([['Lizenz', 'Anzahl', 'Kaufdatum']]);
  expect(book.values('Einstellungen', 'A2:B7')).toEqual([
    ['Stichtag', ''],
    ['Inaktiv nach Tagen', 90],
    ['Organisation', ''],
    ['Datumsformat', 'TT.MM.JJJJ'],
    ['Windows Server-CALs anderswo geführt', 'Nein'],
    ['Nutzt erweiterte Nutzungsrechte von Microsoft 365', 'Nein'],
  ]);
  expect(book.values('Cloud-Rechte', 'A1:D1')).toEqual([
    ['Tarif', 'Entspricht (CALs)', 'Bestätigt', 'Quelle'],
  ]);
  expect(book.dumpSheet('Einstellungen').cells.B2.numberFormat).toBe('dd.mm.yyyy');
  const status = book
    .dumpSheet('Zuweisungen')
    .validations.find((v) => JSON.stringify(v).includes('Ausgeschieden'));
  expect(status).toBeDefined();
  const outcome = await auditWorkbook(workbook, { today: day('2026-11-27') });
  expect(outcome.kind).toBe('nothing-to-audit');
  if (outcome.kind === 'no-register') return;
  const { tables: found, settings } = outcome.result.register;
  expect(Object.keys(found.Purchases?.letters ?? {})).toHaveLength(tables[0].columns.length);
  expect(settings).toMatchObject({
    staleDays: 90,
    dateOrder: 'day-first',
    windowsCalsElsewhere: false,
    extendedUseRights: false,
  });
  expect(outcome.result.register.cloudRights.length).toBeGreaterThan(0);
});

test('the Usage table states what a source lists in full in two columns, Yes/No in the language', async () => {
  const book = new FakeWorkbook();
  book.addSheet('Tabelle1');
  const workbook = new OfficeRegisterWorkbook(fakeHost(book));
  await workbook.createTemplate('de');
  expect(book.values('Nutzung', 'A1:H1')).toEqual([
    [
      'Konto',
      'Benötigte Lizenz',
      'Letzte Anmeldung',
      'Quelle',
      'Erfasst am',
      'Status',
      'Listet alle Benutzer der CAL',
      'Listet alle Konten der Domäne',
    ],
  ]);
  const validations = book.dumpSheet('Nutzung').validations;
  expect(validations.find((v) => v.address === 'G2:G2000')).toMatchObject({
    rule: { list: { source: 'Ja,Nein' } },
    errorAlert: { title: 'Ja oder Nein' },
  });
  expect(validations.find((v) => v.address === 'H2:H2000')).toBeUndefined();
});
