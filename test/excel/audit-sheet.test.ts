/** The audit sheet XML: text is inline strings, links are internal, tables are unique. */
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

test('renders every section, text as inline strings, no formula', () => {
  const sheet = renderAuditSheet(report, { firstTableId: 7, takenNames: new Set() });
  expect(sheet.xml).toContain('CAL compliance audit');
  expect(sheet.xml).not.toMatch(/<f[\s>]/);
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
