/**
 * `cal-register template NEW.xlsx --lang de` (and fr, es, it, nl, pl): the register in that
 * language, its Excel tables under their English names, and read back by the engine with
 * every column, the settings and the Date order it states; rows typed into it in that
 * language audit as they would in English.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { headerIn, LANGUAGES, parseRegister, sheetIn } from '../../src/core';
import { buildRegisterWorkbook, XlsxFileWorkbook } from '../../src/excel/xlsx';
import { templateTables } from '../../src/excel/shared';
import { cli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cal-register-lang-'));

test.each(LANGUAGES.filter((l) => l !== 'en'))(
  '--lang %s writes the register in that language, read back with every column',
  async (language) => {
    const file = join(dir, `register-${language}.xlsx`);
    const result = cli('template', file, '--lang', language);
    expect([result.status, result.stderr]).toEqual([0, expect.stringMatching(/template in /)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const table of templateTables(undefined, language)) {
      const sheet = workbook.getWorksheet(table.sheet);
      expect([table.sheet, sheet?.getTable(table.name)]).toEqual([table.sheet, expect.anything()]);
    }
    expect(workbook.getWorksheet(sheetIn('Purchases', language))?.getCell('A1').value).toBe(
      headerIn('Licence', language),
    );
    const source = await new XlsxFileWorkbook(file).read();
    const register = parseRegister(source.grids);
    for (const table of templateTables(undefined, 'en')) {
      const fields = Object.keys(register.tables[table.name]?.letters ?? {});
      expect([table.name, fields.length]).toEqual([
        table.name,
        table.name === 'Settings' ? 2 : table.columns.length,
      ]);
    }
    expect(register.settings).toMatchObject({ staleDays: 90, dateOrder: 'day-first' });
    const audit = cli('audit', file, '--json');
    expect(JSON.parse(audit.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0 } });
  },
);

test('rows typed in German, with German statuses and text dates, audit as in English', async () => {
  const rows = {
    Purchases: [['Windows Server 2022 Benutzer-CAL', 2, '15.01.2025', 'RE-2025-0412']],
    Assignments: [
      [
        'Windows Server 2022 Benutzer-CAL',
        'Dana Scott',
        'dana@contoso.com',
        null,
        '03.02.2025',
        null,
        null,
        'Aktiv',
        '20.11.2026',
      ],
      [
        'Windows Server 2022 Benutzer-CAL',
        'Alex Berg',
        'alex@contoso.com',
        null,
        '03.02.2025',
        null,
        null,
        'Ausgeschieden',
        '01.06.2026',
      ],
      [
        'Windows Server 2022 Benutzer-CAL',
        'Priya Nair',
        'priya@contoso.com',
        null,
        '03.02.2025',
        null,
        null,
        'Abwesend',
        '01.06.2026',
      ],
    ],
  };
  const german = await buildRegisterWorkbook(rows, 'de');
  const grids = german.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => (row ?? []).slice(1)),
  }));
  const register = parseRegister(grids);
  expect(register.purchases[0]).toMatchObject({
    quantity: 2,
    licence: { name: 'Windows Server 2022 User CAL' },
  });
  expect([0, 1, 2].map((i) => register.assignments.status(i))).toEqual([
    'Active',
    'Left',
    'Absent',
  ]);
  expect(register.assignments.lastActivity(1)).toBeDefined();
});

test('an unknown --lang is refused with the languages there are', () => {
  const result = cli('template', join(dir, 'x.xlsx'), '--lang', 'sv');
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(/--lang "sv" is not one of en, de, fr, es, it, nl, pl/);
});

test('every language names each sheet and header once', () => {
  for (const language of LANGUAGES) {
    const tables = templateTables(undefined, language);
    const sheets = tables.map((t) => t.sheet.toLowerCase());
    expect(new Set(sheets).size).toBe(sheets.length);
    for (const table of tables) {
      const headers = table.columns.map((c) => c.header.toLowerCase());
      expect([language, table.name, new Set(headers).size]).toEqual([
        language,
        table.name,
        headers.length,
      ]);
    }
  }
});

test('the .xlsx template in French has the two Usage columns, the first a Oui/Non list', async () => {
  const file = join(dir, 'register-usage-fr.xlsx');
  expect(cli('template', file, '--lang', 'fr').status).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const usage = workbook.getWorksheet('Utilisation');
  expect([usage?.getCell('G1').value, usage?.getCell('H1').value]).toEqual([
    'Liste tous les utilisateurs de la CAL',
    'Liste tous les comptes du domaine',
  ]);
  expect(usage?.getCell('G2').dataValidation).toMatchObject({
    type: 'list',
    formulae: ['"Oui,Non"'],
  });
});
