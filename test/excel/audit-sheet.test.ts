/**
 * The audit sheet XML: text is inline strings, links are internal, tables are unique, the
 * position's totals are its table's totals row, the chart is Owned and Required per licence.
 */
import { audit, buildReport } from '../../src/core';
import { cellLocation, renderAuditSheet, wrappedLines, freeSheetName } from '../../src/excel/xlsx';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../core/helpers';

const result = audit(
  register({
    purchases: [...SERVER_LICENCES, purchase('Exchange Server 2019 Standard User CAL', 1)],
    assignments: [
      userCal('Exchange Server 2019 Standard User CAL', 'dana@contoso.com'),
      { ...userCal('Exchange Server 2019 Standard User CAL', 'eve@contoso.com'), Status: 'Left' },
      // An account that is not one: REG-INVALID quotes it, markup and all.
      userCal('Exchange Server 2019 Standard User CAL', '=1+1 & "<b>"'),
    ],
  }),
  { today: TODAY },
);
const report = buildReport(result, {
  source: 'register.xlsx',
  generatedAt: '2026-11-27 10:00',
  generator: 'test',
});

test('renders every section, text as inline strings, no formula but the totals', () => {
  const sheet = renderAuditSheet(report, { firstTableId: 7, takenNames: new Set() });
  expect(sheet.xml).toContain('CAL compliance audit');
  const formulas = [...sheet.xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.every((f) => /^SUBTOTAL\(109,CALAudit_Position\[[^\]]+\]\)$/.test(f))).toBe(true);
  expect(sheet.xml).toContain('t="inlineStr"');
  expect(sheet.xml).toContain('&lt;b&gt;');
  expect(sheet.tables.map((t) => t.name)).toEqual([
    'CALAudit_Position',
    'CALAudit_Findings',
    'CALAudit_Proof',
    'CALAudit_Checks',
  ]);
  expect(sheet.tables[0].xml).toMatch(/ id="7" /);
  expect(sheet.tables[3].xml).toMatch(/ id="10" /);
});

test('findings link to the cell they are about', () => {
  const sheet = renderAuditSheet(report, { firstTableId: 1, takenNames: new Set() });
  expect(sheet.xml).toMatch(
    /<hyperlink ref="E\d+" location="'Assignments'!H3" display="Assignments!H3"\/>/,
  );
});

test('table names already in the workbook are not reused', () => {
  const sheet = renderAuditSheet(report, {
    firstTableId: 1,
    takenNames: new Set(['calaudit_position']),
  });
  expect(sheet.tables[0].name).toBe('CALAudit_Position2');
});

test('sheet names and cell locations', () => {
  expect(freeSheetName(['Purchases'])).toBe('CAL Audit');
  expect(freeSheetName(['cal audit', 'CAL Audit (2)'])).toBe('CAL Audit (3)');
  expect(cellLocation("Dana's sheet", 'B', 4)).toBe("'Dana''s sheet'!B4");
  expect(wrappedLines('x'.repeat(100), 42)).toBe(3);
});

test("the position's totals are its table's totals row: SUBTOTAL formulas with their values", () => {
  const sheet = renderAuditSheet(report, { firstTableId: 1, takenNames: new Set() });
  const table = sheet.tables[0].xml;
  expect(table).toMatch(/ totalsRowCount="1"/);
  const [, top, bottom] = / ref="A(\d+):[A-Z]+(\d+)"/.exec(table) ?? [];
  const [, filterBottom] = /<autoFilter ref="A\d+:[A-Z]+(\d+)"/.exec(table) ?? [];
  expect(Number(filterBottom)).toBe(Number(bottom) - 1);
  expect(table).toContain('<tableColumn id="1" name="Licence" totalsRowLabel="Total"/>');
  expect(table).toContain('<tableColumn id="3" name="Owned" totalsRowFunction="sum"/>');
  const owned = result.position.reduce((total, p) => total + p.owned, 0);
  expect(sheet.xml).toContain(`<f>SUBTOTAL(109,CALAudit_Position[Owned])</f><v>${owned}</v></c>`);
  expect(sheet.xml).toMatch(new RegExp(`<c r="C${bottom}"[^>]*><f>SUBTOTAL`));
  expect(Number(top)).toBeLessThan(Number(bottom));
});

test('the chart: Owned and Required per licence, from the position table, beside the grid', () => {
  const sheet = renderAuditSheet(report, {
    firstTableId: 1,
    takenNames: new Set(),
    sheetName: "Dana's audit",
  });
  expect(sheet.xml).toContain(`<drawing r:id="rId${sheet.tables.length + 1}"/>`);
  const chart = sheet.chart?.chart ?? '';
  expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
  expect(chart).toContain('Owned and required CALs per licence');
  const ranges = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
  expect(ranges).toHaveLength(6);
  expect(ranges[0]).toMatch(/^'Dana''s audit'!\$C\$\d+$/);
  expect(ranges[2]).toMatch(/^'Dana''s audit'!\$C\$\d+(:\$C\$\d+)?$/);
  expect(chart).toContain('<c:v>Owned</c:v>');
  expect(chart).toContain('<c:v>Required</c:v>');
  expect(sheet.chart?.drawing).toContain('r:id="rId1"');
});

test('dates follow the workbook date system', () => {
  const first = renderAuditSheet(report, { firstTableId: 1, takenNames: new Set() }).xml;
  const later = renderAuditSheet(report, {
    firstTableId: 1,
    takenNames: new Set(),
    date1904: true,
  }).xml;
  // The as-of date in the title block: 1,462 days less when the workbook counts from 1904.
  const asOf = (xml: string) => Number(/<c r="B\d+" s="\d+"><v>(\d+)<\/v><\/c>/.exec(xml)?.[1]);
  expect(asOf(first) - asOf(later)).toBe(1462);
});
