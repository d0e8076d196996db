/**
 * Packages read as Excel reads them: the relationships, not the part names, say which part is
 * which sheet; Strict and Transitional, prefixed or not, inline or shared strings, all give the
 * same register. Each package is made here (make-package.ts), never copied from elsewhere.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, toJson, type AuditResult } from '../../src/core';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { tempDir } from '../cli/run-cli';
import {
  ASSIGNMENTS,
  packageParts,
  PURCHASES,
  registerPackage,
  zipOf,
  type PackageSpec,
} from './make-package';

const dir = tempDir();
let count = 0;

async function auditOf(bytes: Buffer): Promise<AuditResult> {
  const file = join(dir, `package-${(count += 1)}.xlsx`);
  writeFileSync(file, bytes);
  const { grids, date1904 } = await readWorkbookGrids(file);
  return audit(grids, { today: 20_000, asOf: '2026-11-27', date1904 });
}

let plain: ReturnType<typeof toJson>;

beforeAll(async () => {
  plain = toJson(await auditOf(await registerPackage()));
});

test('the plain register is read: its findings are there', () => {
  expect(plain.summary.errors).toBeGreaterThan(0);
  expect(plain.findings.map((f) => f.rule)).toContain('CAL-STALE');
  expect(plain.position.map((p) => p.licence)).toContain('Exchange Server 2019 Standard User CAL');
});

test.each([
  [
    'Numbers: one part named sheet.xml, the other Sheet1.xml',
    ['xl/worksheets/sheet.xml', 'xl/worksheets/Sheet1.xml'],
  ],
  ['parts beside the workbook part', ['xl/sheet1.xml', 'xl/sheet2.xml']],
  [
    'parts named after their sheets',
    ['xl/worksheets/purchases.xml', 'xl/worksheets/assignments.xml'],
  ],
  ['parts in another folder, with a space', ['data/Sheet Dave.xml', 'data/other/sheet1.xml']],
] as const)('worksheets whose parts are not sheetN.xml: %s', async (_, parts) => {
  expect(toJson(await auditOf(await registerPackage({ parts: [...parts] })))).toEqual(plain);
});

test('a workbook part that is not xl/workbook.xml', async () => {
  const bytes = await registerPackage({ workbookPart: 'book/main.xml' });
  expect(toJson(await auditOf(bytes))).toEqual(plain);
});

test('Strict OOXML (ISO/IEC 29500 Strict namespaces)', async () => {
  expect(toJson(await auditOf(await registerPackage({ strict: true })))).toEqual(plain);
  expect(toJson(await auditOf(await registerPackage({ strict: true, shared: true })))).toEqual(
    plain,
  );
});

test('prefixed parts, and a relationships prefix other than r', async () => {
  const bytes = await registerPackage({ prefix: 'x', relPrefix: 'relationships', shared: true });
  expect(toJson(await auditOf(bytes))).toEqual(plain);
});

test('shared strings and inline strings give the same register', async () => {
  expect(toJson(await auditOf(await registerPackage({ shared: true })))).toEqual(plain);
});

test('cells as Office.js gives them: rich text joined, phonetic guides left out, escapes decoded, formulas as results', async () => {
  const sst =
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<si><r><t>Dana </t></r><r><rPr><b/></rPr><t>Scott</t></r></si>' +
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>' +
    '<si><t>line_x000D_break</t></si>' +
    '<si><t><![CDATA[a<b]]></t></si>' +
    '</sst>';
  const row =
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>' +
    '<c r="D2" t="s"><v>3</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c>' +
    '<c r="G2" t="str"><f>A2&amp;""</f><v>text result</v></c><c r="H2"><f>1+1</f><v>2</v></c>' +
    '<c r="I2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c>' +
    '<c r="J2" t="d"><v>2025-03-01T00:00:00</v></c><c r="K2"><f>NOW()</f></c>' +
    '<c r="L2" t="inlineStr"><v>inline as v</v></c></row>';
  const parts = packageParts({
    shared: true,
    sheets: [{ name: 'Cells', part: 'xl/worksheets/sheet1.xml', rows: [['Header']], xml: row }],
  });
  parts.set('xl/sharedStrings.xml', sst);
  const file = join(dir, 'cells.xlsx');
  writeFileSync(file, await zipOf(parts));
  const { grids } = await readWorkbookGrids(file);
  expect(grids[0].rows[1]).toEqual([
    'Dana Scott',
    '東京',
    'line\rbreak',
    'a<b',
    true,
    '#N/A',
    'text result',
    2,
    'inline',
    45717,
    undefined,
    'inline as v',
  ]);
});

test('rows and cells without references follow the previous ones; references past Excel’s grid are left out', async () => {
  const xml =
    '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>' +
    '<row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>' +
    '<row r="99999999"><c r="A99999999"><v>5</v></c></row>' +
    '<row r="5"><c r="XFE5"><v>6</v></c></row>';
  const parts = packageParts({
    sheets: [
      { name: 'Assignments', part: 'xl/worksheets/sheet1.xml', rows: [ASSIGNMENTS[0]], xml },
    ],
  });
  const file = join(dir, 'refs.xlsx');
  writeFileSync(file, await zipOf(parts));
  const { grids } = await readWorkbookGrids(file);
  expect(grids[0].rows[1]).toEqual(['a', 1]);
  expect(grids[0].rows[3]).toEqual([undefined, undefined, 3, 4]);
  expect(grids[0].rows.length).toBe(5);
  expect(grids[0].rows[4]).toEqual([]);
});

test('a sheet that holds no register table is read only to its first rows; its 40,000 merged ranges are never inflated', async () => {
  const budget = Array.from({ length: 500 }, (_, i) => [`item ${i}`, i]);
  const merges = Array.from(
    { length: 40_000 },
    (_, i) => `<mergeCell ref="A${i * 2 + 1}:B${i * 2 + 2}"/>`,
  ).join('');
  const spec: PackageSpec = {
    sheets: [
      {
        name: 'Budget',
        part: 'xl/worksheets/sheet1.xml',
        rows: budget,
        after: `<mergeCells count="40000">${merges}</mergeCells>`,
      },
      { name: 'Purchases', part: 'xl/worksheets/sheet2.xml', rows: PURCHASES },
      { name: 'Assignments', part: 'xl/worksheets/sheet3.xml', rows: ASSIGNMENTS },
    ],
  };
  const file = join(dir, 'budget.xlsx');
  writeFileSync(file, await zipOf(packageParts(spec)));
  const { grids, info } = await readWorkbookGrids(file);
  expect(grids.map((g) => g.name)).toEqual(['Budget', 'Purchases', 'Assignments']);
  expect(grids[0].rows.length).toBeLessThanOrEqual(25);
  const budgetPart = info.sheets[0].entry;
  expect(info.zip.verified.has(budgetPart)).toBe(false);
  expect(info.zip.verified.has(info.sheets[2].entry)).toBe(true);
  expect(grids[2].rows.length).toBe(ASSIGNMENTS.length);
});

test('a register sheet of many rows is read in full, in workbook order', async () => {
  const many = [
    ASSIGNMENTS[0],
    ...Array.from({ length: 3000 }, (_, i) => [
      'Exchange Server 2019 Standard User CAL',
      `Person ${i}`,
      `person.${i}@contoso.example`,
      null,
      45383,
      'Active',
    ]),
  ];
  const file = join(dir, 'many.xlsx');
  writeFileSync(
    file,
    await zipOf(
      packageParts({
        shared: true,
        sheets: [
          { name: 'Assignments', part: 'xl/worksheets/sheet1.xml', rows: many },
          { name: 'Purchases', part: 'xl/worksheets/sheet2.xml', rows: PURCHASES },
        ],
      }),
    ),
  );
  const progress: number[] = [];
  const { grids } = await readWorkbookGrids(file, { onProgress: (p) => progress.push(p.rows) });
  expect(grids.map((g) => g.name)).toEqual(['Assignments', 'Purchases']);
  expect(grids[0].rows.length).toBe(3001);
  // Blank cells are holes, as in Office.js's sparse reading of them.
  expect(grids[0].rows[3000]).toEqual(many[3000].map((v) => v ?? undefined));
  expect(progress.at(-1)).toBe(3001);
});

test('the 1904 date system is read from the workbook part', async () => {
  const file = join(dir, 'mac.xlsx');
  writeFileSync(file, await registerPackage({ date1904: true, prefix: 'x' }));
  expect((await readWorkbookGrids(file)).date1904).toBe(true);
});
