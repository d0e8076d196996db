/** Reading .xlsx files: plain values, tables (with totals rows), the 1904 date system. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { tempDir } from '../cli/run-cli';

const dir = tempDir();

test('tables are read with their sheet, range and header; a totals row is left out', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('CALs');
  sheet.getCell('A1').value = 'Contoso register';
  sheet.addTable({
    name: 'Assignments',
    ref: 'B3',
    headerRow: true,
    totalsRow: true,
    columns: [
      { name: 'Licence', totalsRowLabel: 'Total' },
      { name: 'Account', totalsRowFunction: 'count' },
    ],
    rows: [
      ['Exchange Server 2019 Standard User CAL', 'dana@contoso.com'],
      ['Exchange Server 2019 Standard User CAL', 'eve@contoso.com'],
    ],
  });
  const file = join(dir, 'tables.xlsx');
  await workbook.xlsx.writeFile(file);
  const { grids, date1904 } = await readWorkbookGrids(file);
  expect(date1904).toBe(false);
  expect(grids[0].name).toBe('CALs');
  expect(grids[0].tables).toEqual([{ name: 'Assignments', top: 3, left: 2, right: 3, bottom: 5 }]);
  // Row 4, columns B and C, wherever the grid's first column is.
  const at = (column: number) => grids[0].rows[3]?.[column - (grids[0].left ?? 1)];
  expect([at(2), at(3)]).toEqual(['Exchange Server 2019 Standard User CAL', 'dana@contoso.com']);
});

test('the 1904 date system is detected from the workbook part', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Assignments').addRow(['Licence']);
  const file = join(dir, 'mac.xlsx');
  await workbook.xlsx.writeFile(file);
  const zip = await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(file)));
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file(
    'xl/workbook.xml',
    xml.replace(/<workbookPr([^>]*?)\/>/, '<workbookPr$1 date1904="1"/>'),
  );
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  expect((await readWorkbookGrids(file)).date1904).toBe(true);
});

test('sheets come back in workbook order, with their names', async () => {
  const workbook = new ExcelJS.Workbook();
  for (const name of ['Zeta', 'Alpha', 'Mid sheet']) workbook.addWorksheet(name).addRow([name]);
  const file = join(dir, 'order.xlsx');
  await workbook.xlsx.writeFile(file);
  const { grids } = await readWorkbookGrids(file);
  expect(grids.map((g) => g.name)).toEqual(['Zeta', 'Alpha', 'Mid sheet']);
});
