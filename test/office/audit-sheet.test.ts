/**
 * The audit sheet written through Office.js (against the fake Excel): the same cells as the
 * .xlsx rendering, Excel tables with a totals row, fills, links and a chart, in a few syncs
 * (the reads, the rows, the styles, the tables, then the selection: more for a large findings
 * table, each request under 5 MB as Office.js counts it); register text stays text; the
 * admin's own "CAL Audit" sheet is never touched, nor a copy of the add-in's (its mark goes
 * with it): the add-in's sheet is the one the workbook records by id; a second run replaces it.
 */
import { renderAuditSheet, decodeXml } from '../../src/excel/xlsx';
import { officeLayout } from '../../src/excel/office/audit-grid';
import { planBlocks, planStyles } from '../../src/excel/office/audit-blocks';
import { templateHeaders, type AuditReport } from '../../src/core';
import { purchase, register, SERVER_LICENCES, userCal } from '../core/helpers';
import { AUDIT_RECORD, MARK_KEY, MARKS } from '../../src/excel/office/marks';
import type { FakeWorkbook, SheetDump } from './fake-excel';
import { adapterOn, EX, largeRegister, reportOf, smallRegister } from './helpers';

/** Cell address -> value of the .xlsx rendering of the report. */
function xmlCells(report: AuditReport): Map<string, string | number> {
  const { xml } = renderAuditSheet(report, { firstTableId: 1, takenNames: new Set() });
  const cells = new Map<string, string | number>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>(.*?)<\/c>)/g)) {
    const inner = m[2] ?? '';
    const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner);
    const number = /<v>([^<]*)<\/v>/.exec(inner);
    if (text) cells.set(m[1], decodeXml(text[1]));
    else if (number) cells.set(m[1], Number(number[1]));
  }
  return cells;
}

function shown(sheet: SheetDump): Map<string, unknown> {
  return new Map(
    Object.entries(sheet.cells)
      .filter(([, c]) => c.value !== '')
      .map(([address, c]) => [address, c.value]),
  );
}

test('the audit sheet: the cells of the .xlsx rendering, tables, totals, fills, links, chart', async () => {
  const grids = smallRegister();
  const report = reportOf(grids);
  const { book, workbook } = adapterOn(grids);
  const name = await workbook.writeAuditSheet(report);
  expect(name).toBe('CAL Audit');
  // The sheets, the rows, the styles, the tables and chart, the selection.
  expect(book.syncCount).toBeLessThanOrEqual(5);
  expect(book.runs).toEqual([{ delayForCellEdit: true }]);
  // Once: suspending screen updating in a loop makes Excel flicker (Microsoft, "Performance
  // optimization using the Excel JavaScript API").
  expect(book.screenSuspensions).toBe(1);

  const sheet = book.dumpSheet(name);
  expect(shown(sheet)).toEqual(xmlCells(report));
  expect(sheet.customProperties).toEqual({ CALRegister: 'audit-sheet' });
  expect(book.dump().activeSheet).toBe(name);
  expect(book.dump().selection).toBe(`${name}!A1`);

  const row = (address: string) => Number(/\d+/.exec(address)?.[0]);
  const tables = book
    .dump()
    .tables.filter((t) => t.sheet === name)
    .sort((a, b) => row(a.address) - row(b.address));
  expect(tables.map((t) => [t.name, t.showTotals])).toEqual([
    ['CALAudit_Position', true],
    ['CALAudit_Findings', false],
    ['CALAudit_Proof', false],
    ['CALAudit_Checks', false],
  ]);

  // Totals: SUBTOTAL formulas of the table's own columns, adding up to the report's totals.
  const position = tables[0];
  const totalsRow = Number(/(\d+)$/.exec(position.address)?.[1]);
  expect(sheet.cells[`C${totalsRow}`].formula).toBe('=SUBTOTAL(109,CALAudit_Position[Owned])');
  expect(sheet.cells[`A${totalsRow}`].value).toBe('Total');

  // A fill on the shortfall rows, across the row.
  const shortRows = Object.entries(sheet.cells)
    .filter(([address, c]) => address.startsWith('B') && /short$/.test(String(c.value)))
    .map(([address]) => address.slice(1));
  expect(shortRows.length).toBeGreaterThan(0);
  for (const row of shortRows)
    for (const column of 'ABCDEFGHIJK')
      expect(sheet.cells[`${column}${row}`]?.format?.fill).toBe('#FFC7CE');

  // A link from each finding to its cell; the text says where.
  const links = Object.values(sheet.cells).filter((c) => c.hyperlink);
  const expected = report.sections.flatMap((s) =>
    s.kind === 'table' ? s.rows.filter((r) => r.link) : [],
  );
  expect(links).toHaveLength(expected.length);
  const missing = Object.values(sheet.cells).find(
    (c) => c.hyperlink?.textToDisplay === 'Assignments!C6',
  );
  expect(missing?.hyperlink).toEqual({
    documentReference: "'Assignments'!C6",
    textToDisplay: 'Assignments!C6',
  });

  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts[0]).toMatchObject({
    type: 'ColumnClustered',
    title: 'Owned and required CALs per licence',
    series: [{ name: 'Owned' }, { name: 'Required' }],
  });
  expect(sheet.charts[0].categories).toMatch(/^'CAL Audit'!A\d+:A\d+$/);
});

test('register text that looks like a formula is written as text', async () => {
  const evil = ['=HYPERLINK("http://example.com","x")', '+cmd|calc', '-1+2', '@SUM(A1:A9)'];
  const grids = register({
    purchases: [...SERVER_LICENCES, purchase(EX, 1, { Notes: '=1+1' })],
    assignments: evil.map((account) => userCal(EX, account, { 'Assigned to': account })),
  });
  const report = reportOf(grids);
  const { book, workbook } = adapterOn(grids);
  const name = await workbook.writeAuditSheet(report);
  const cells = Object.values(book.dumpSheet(name).cells);
  for (const text of evil) expect(cells.some((c) => c.value === text)).toBe(true);
  const formulas = cells.filter((c) => c.formula !== undefined).map((c) => c.formula);
  expect(formulas.every((f) => f?.startsWith('=SUBTOTAL(109,CALAudit_'))).toBe(true);
  for (const c of cells)
    if (typeof c.value === 'string' && /^[=+\-@]/.test(c.value)) expect(c.numberFormat).toBe('@');
});

test("the admin's own CAL Audit sheet is left exactly as it was", async () => {
  const grids = smallRegister();
  const { book, workbook } = adapterOn(grids);
  const mine = book.addSheet('CAL Audit', [
    ['My notes', 42],
    ['=SUM(B1)', 'keep'],
  ]);
  mine.formulas.set(1 * 16384 + 0, '=SUM(B1)');
  book.addTable('CAL Audit', 'MyTable', 'A4:B6');
  const before = { sheet: book.dumpSheet('CAL Audit'), tables: book.dump().tables };
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit (2)');
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit (2)');
  expect(book.dumpSheet('CAL Audit')).toEqual(before.sheet);
  expect(book.dump().tables.filter((t) => t.sheet === 'CAL Audit')).toEqual(
    before.tables.filter((t) => t.sheet === 'CAL Audit'),
  );
  expect(book.sheets.map((s) => s.name)).toEqual([
    'Purchases',
    'Assignments',
    'Settings',
    'CAL Audit',
    'CAL Audit (2)',
  ]);
});

test("a second run replaces the add-in's sheet: the same as a first run of the new report", async () => {
  const first = smallRegister();
  const second = register({
    purchases: [...SERVER_LICENCES, purchase(EX, 5)],
    assignments: [userCal(EX, 'dana@contoso.com')],
  });
  const { book, workbook } = adapterOn(first);
  await workbook.writeAuditSheet(reportOf(first));
  book.syncCount = 0;
  await workbook.writeAuditSheet(reportOf(second));
  expect(book.syncCount).toBeLessThanOrEqual(6);
  const fresh = adapterOn(first);
  await fresh.workbook.writeAuditSheet(reportOf(second));
  expect(book.dumpSheet('CAL Audit')).toEqual(fresh.book.dumpSheet('CAL Audit'));
  expect(book.dump().tables).toEqual(fresh.book.dump().tables);
  expect(book.sheets).toHaveLength(4);
});

test('a large findings table goes in chunks whose requests, links and styles included, stay under 5 MB', async () => {
  const seed = largeRegister(36_000);
  // No "Assigned on": a REG-MISSING finding on every row, each with its link.
  const at = templateHeaders('Assignments').indexOf('Assigned on');
  const rows = seed[1].rows.map((row, i) =>
    i === 0 || !row ? row : row.map((v, j) => (j === at ? '' : v)),
  );
  const grids = seed.map((g, i) => (i === 1 ? { ...g, rows } : g));
  const report = reportOf(grids);
  const layout = officeLayout(report);
  const blocks = planBlocks(layout);
  expect(blocks.length).toBeGreaterThan(1);
  const { book, workbook } = adapterOn(grids);
  const name = await workbook.writeAuditSheet(report);
  // Reads, the blocks, the style groups, the tables, the selection: none refused, none
  // retried (a request counts object paths and actions: payload.ts).
  expect(book.syncCount).toBeLessThanOrEqual(3 + blocks.length + planStyles(layout.styles).length);
  expect(book.syncLog.every((s) => s.error === undefined && s.requestBytes < 5_000_000)).toBe(true);
  const findings = book.dump().tables.find((t) => t.name === 'CALAudit_Findings');
  const count = report.sections.find((s) => s.kind === 'table' && s.id === 'findings');
  expect(count?.kind === 'table' && count.rows.length).toBeGreaterThan(65_000);
  expect(findings?.address).toMatch(/^A\d+:G\d+$/);
  const links = [...book.sheet(name).hyperlinks.values()];
  expect(links).toHaveLength(65_000);
});

test('a request too large for Excel is split and retried', async () => {
  const grids = largeRegister(3_000);
  const report = reportOf(grids);
  const { book, workbook } = adapterOn(grids);
  book.setPayloadLimit(200_000);
  const name = await workbook.writeAuditSheet(report);
  expect(book.syncLog.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
  const fresh = adapterOn(grids);
  await fresh.workbook.writeAuditSheet(report);
  expect(book.dumpSheet(name)).toEqual(fresh.book.dumpSheet(name));
});

test('not merged into one undo step, so never run twice; the sheet is shown on every platform', async () => {
  const grids = smallRegister();
  for (const platform of ['web', 'desktop'] as const) {
    const { book, workbook } = adapterOn(grids);
    book.platform = platform;
    expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit');
    expect(book.runs).toEqual([{ delayForCellEdit: true }]);
    // On the web a sheet added in a sync is not active in it: shown in a sync of its own.
    expect(book.dump()).toMatchObject({ activeSheet: 'CAL Audit', selection: 'CAL Audit!A1' });
  }
});

test('dates follow the workbook date system', async () => {
  const grids = smallRegister();
  const plain = adapterOn(grids);
  const mac = adapterOn(grids);
  mac.book.date1904 = true;
  await plain.workbook.writeAuditSheet(reportOf(grids));
  await mac.workbook.writeAuditSheet(reportOf(grids));
  const asOf = (d: SheetDump) =>
    Object.values(d.cells).find((c) => c.numberFormat === 'yyyy-mm-dd')?.value;
  expect(asOf(mac.book.dumpSheet('CAL Audit'))).toBe(
    Number(asOf(plain.book.dumpSheet('CAL Audit'))) - 1462,
  );
});

/** Excel's Move or Copy: the sheet's cells and custom properties, under a new name, at `at`. */
function copySheet(book: FakeWorkbook, from: string, name: string, at: number): void {
  const source = book.sheet(from);
  const copy = book.addSheet(name);
  source.rows.forEach((row, r) => row?.forEach((v, c) => copy.put(r, c, v)));
  source.formulas.forEach((f, key) => copy.formulas.set(key, f));
  source.customProperties.forEach((p, key) => copy.customProperties.set(key, { ...p }));
  book.sheets.splice(book.sheets.indexOf(copy), 1);
  book.sheets.splice(at, 0, copy);
}

/** The admin's signed-off copy of the audit sheet, kept before it in tab order. */
function signedCopy(book: FakeWorkbook): SheetDump {
  copySheet(book, 'CAL Audit', 'CAL Audit (2)', 0);
  book.sheet('CAL Audit (2)').put(0, 8, 'Signed off by the auditor, 2026-11-30');
  return book.dumpSheet('CAL Audit (2)');
}

test("a copy of the add-in's sheet (Move or Copy carries its mark) is left as it was", async () => {
  const grids = smallRegister();
  const { book, workbook } = adapterOn(grids);
  await workbook.writeAuditSheet(reportOf(grids));
  const copy = signedCopy(book);
  book.syncCount = 0;
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit');
  expect(book.syncCount).toBeLessThanOrEqual(6);
  expect(book.dumpSheet('CAL Audit (2)')).toEqual(copy);
  expect(book.sheets).toHaveLength(5);
});

test('opened again, with new sheet ids: the sheet of the recorded name is the add-in’s, a copy is not', async () => {
  const grids = smallRegister();
  const { book, workbook } = adapterOn(grids);
  const recorded = () => book.settings.get(AUDIT_RECORD)?.value;
  // Excel gave every sheet a new id when the workbook was opened again.
  const reopen = () =>
    book.settings.set(AUDIT_RECORD, {
      key: AUDIT_RECORD,
      value: { id: '{from-another-session}', name: 'CAL Audit' },
    });
  await workbook.writeAuditSheet(reportOf(grids));
  expect(recorded()).toEqual({ id: book.sheet('CAL Audit').id, name: 'CAL Audit' });
  const copy = signedCopy(book);
  reopen();
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit');
  expect(book.dumpSheet('CAL Audit (2)')).toEqual(copy);
  // Recorded again under the id it has now.
  expect(recorded()).toEqual({ id: book.sheet('CAL Audit').id, name: 'CAL Audit' });

  // The add-in's sheet deleted: the copy stays the admin's, a new sheet is written.
  book.sheets.splice(book.sheets.indexOf(book.sheet('CAL Audit')), 1);
  reopen();
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit');
  expect(book.dumpSheet('CAL Audit (2)')).toEqual(copy);
});

test('two sheets marked as the audit sheet and no record to settle it: a new sheet', async () => {
  const grids = smallRegister();
  const { book, workbook } = adapterOn(grids);
  for (const name of ['CAL Audit', 'CAL Audit (2)']) {
    const sheet = book.addSheet(name, [['Signed off', name]]);
    sheet.customProperties.set(MARK_KEY.toLowerCase(), { key: MARK_KEY, value: MARKS.audit });
  }
  const before = [book.dumpSheet('CAL Audit'), book.dumpSheet('CAL Audit (2)')];
  book.syncCount = 0;
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit (3)');
  expect(book.syncCount).toBeLessThanOrEqual(6);
  expect([book.dumpSheet('CAL Audit'), book.dumpSheet('CAL Audit (2)')]).toEqual(before);
  // From now on the new sheet is the one written.
  expect(await workbook.writeAuditSheet(reportOf(grids))).toBe('CAL Audit (3)');
  expect(book.sheets).toHaveLength(6);
});

test("the add-in's sheet, protected since: one precise message, nothing changed", async () => {
  const grids = smallRegister();
  const { book, workbook } = adapterOn(grids);
  await workbook.writeAuditSheet(reportOf(grids));
  book.protect('CAL Audit');
  const before = book.dump();
  await expect(workbook.writeAuditSheet(reportOf(grids))).rejects.toMatchObject({
    message: 'The audit sheet "CAL Audit" is protected, so it cannot be written again',
    hint: expect.stringContaining('Nothing was changed'),
  });
  expect(book.dump()).toEqual(before);
});
