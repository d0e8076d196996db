/**
 * The audit copy's styles: the audit sheet is written a row at a time, numbering its cells'
 * formats after the workbook's own as it first uses them, and styles.xml then gets exactly
 * those formats. Every cell of the audit sheet points at a format appended for it, with the
 * look the layout gives it; the workbook's own formats stay where they were. With the
 * workbook's styles part, and without one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { audit, buildReport } from '../../src/core';
import { XlsxFileWorkbook } from '../../src/excel/xlsx';
import { TODAY } from '../core/helpers';
import { EXAMPLE, tempDir } from '../cli/run-cli';
import { registerPackage } from './make-package';

const dir = tempDir();

/** The children of a styles.xml section, as their XML. */
function children(xml: string, section: string, child: string): string[] {
  const inner = new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '';
  const element = `<${child}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${child}>)`;
  return inner.match(new RegExp(element, 'g')) ?? [];
}

const attribute = (xml: string, name: string) =>
  Number(new RegExp(`\\s${name}="(\\d+)"`).exec(xml)?.[1]);

async function copyOf(input: string) {
  const out = input.replace(/\.xlsx$/, '-audit.xlsx');
  const workbook = new XlsxFileWorkbook(input, { out, force: true });
  const { grids, date1904 } = await workbook.read();
  const result = audit(grids, { today: TODAY, date1904 });
  const meta = { source: 'register.xlsx', generatedAt: '2026-11-27 10:00', generator: 'test' };
  expect(await workbook.writeAuditSheet(buildReport(result, meta))).toBe('CAL Audit');
  const [original, copy] = await Promise.all(
    [input, out].map((f) => JSZip.loadAsync(readFileSync(f))),
  );
  const text = async (zip: JSZip, name: string) => (await zip.file(name)?.async('string')) ?? '';
  const sheets = await Promise.all(
    copy.file(/worksheets\/sheet\d+\.xml$/).map((f) => f.async('string')),
  );
  return {
    before: await text(original, 'xl/styles.xml'),
    after: await text(copy, 'xl/styles.xml'),
    sheet: sheets.find((xml) => xml.includes('CAL compliance audit')) ?? '',
  };
}

test.each([
  ['the bundled example, which has its own cell formats', EXAMPLE],
  ['a package with no styles part', ''],
])('the audit sheet of %s points at the cell formats appended for it', async (_, example) => {
  const input = join(dir, example ? 'example.xlsx' : 'no-styles.xlsx');
  writeFileSync(input, example ? readFileSync(example) : await registerPackage());
  const { before, after, sheet } = await copyOf(input);
  // A package without styles gets the one default cell format first.
  const own = before ? children(before, 'cellXfs', 'xf') : ['default'];
  const formats = children(after, 'cellXfs', 'xf');
  expect(own.length).toBeGreaterThan(0);
  if (before) expect(formats.slice(0, own.length)).toEqual(own);
  const used = new Set([...sheet.matchAll(/<c r="[A-Z]+\d+" s="(\d+)"/g)].map((m) => Number(m[1])));
  // Every appended format is used, and nothing else.
  expect([...used].sort((a, b) => a - b)).toEqual(
    Array.from({ length: formats.length - own.length }, (_, i) => own.length + i),
  );
  // The title cell has the title's font: bold, 18 points, dark blue.
  const title = Number(/<c r="A1" s="(\d+)"/.exec(sheet)?.[1]);
  const font = children(after, 'fonts', 'font')[attribute(formats[title], 'fontId')];
  expect(font).toMatch(/<b\/>/);
  expect(font).toMatch(/<sz val="18"\/>/);
  expect(font).toMatch(/<color rgb="FF1F3864"\/>/);
  // A date cell (the title block's as-of date) has the date format appended with it.
  const date = Number(/<c r="B\d+" s="(\d+)"><v>\d+<\/v><\/c>/.exec(sheet)?.[1]);
  const dateFormat = attribute(formats[date], 'numFmtId');
  expect(after).toContain(`<numFmt numFmtId="${dateFormat}" formatCode="yyyy\\-mm\\-dd"/>`);
});
