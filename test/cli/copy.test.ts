/**
 * The audit copy (`--out`) of packages written by other producers: the audit sheet is added
 * in the package's own namespaces (Strict too), and a damaged part is never carried into a copy.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import {
  ASSIGNMENTS,
  locate,
  packageParts,
  PURCHASES,
  registerPackage,
  STRICT,
  zipOf,
} from '../excel/make-package';
import { cli, tempDir } from './run-cli';

const dir = tempDir();

test.each([
  ['a Strict OOXML package', { strict: true, shared: true }],
  [
    'a package with prefixed parts and oddly named sheets',
    { prefix: 'x', relPrefix: 'rel', parts: ['xl/sheet.xml', 'Sheet1.xml'] as [string, string] },
  ],
])(
  'the copy of %s is a sound package that reads back with its audit sheet',
  async (label, options) => {
    const input = join(dir, `${label.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(input, await registerPackage(options));
    const out = join(dir, `${label.replace(/\W+/g, '-')}-audit.xlsx`);
    const result = cli('audit', input, '--out', out, '--as-of', '2026-11-27');
    expect(result.status).toBe(1);
    // An independent zip reader checks every entry's CRC.
    const zip = await JSZip.loadAsync(readFileSync(out), { checkCRC32: true });
    const workbook = (await zip.file(/workbook\.xml$/)[0]?.async('string')) ?? '';
    expect(workbook).toMatch(/name="CAL Audit"/);
    const { grids } = await readWorkbookGrids(out);
    expect(grids.map((g) => g.name)).toEqual(['Purchases', 'Assignments', 'CAL Audit']);
    if ('strict' in options) {
      const sheets = zip.file(/worksheets\/sheet\d+\.xml$/);
      const audit = await Promise.all(sheets.map((f) => f.async('string')));
      const auditXml = audit.find((xml) => xml.includes('CAL compliance audit')) ?? '';
      expect(auditXml).toContain(`xmlns="${STRICT.main}"`);
      expect(auditXml).not.toContain('schemas.openxmlformats.org/spreadsheetml');
      const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
      expect(rels).toMatch(
        /Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="worksheets\/sheet3\.xml"/,
      );
    }
  },
);

test('a damaged part the audit did not need is not carried into a copy: the copy is refused, nothing is left behind', async () => {
  const big = Array.from({ length: 20_000 }, (_, i) => [
    `note ${i}`,
    i * 7919,
    `x${(i * 31) % 977}`,
  ]);
  const parts = packageParts({
    sheets: [
      { name: 'Notes', part: 'xl/worksheets/sheet1.xml', rows: big },
      { name: 'Purchases', part: 'xl/worksheets/sheet2.xml', rows: PURCHASES },
      { name: 'Assignments', part: 'xl/worksheets/sheet3.xml', rows: ASSIGNMENTS },
    ],
  });
  const sound = await zipOf(parts);
  // Flip bytes far into the Notes sheet, past the first rows the audit reads.
  const damaged = Buffer.from(sound);
  const { data, compressedSize } = locate(damaged, 'xl/worksheets/sheet1.xml');
  for (let i = 0; i < 8; i += 1) damaged[data + compressedSize - 200 + i] ^= 0xff;
  const input = join(dir, 'damaged-notes.xlsx');
  writeFileSync(input, damaged);
  expect(cli('audit', input, '--json', '--as-of', '2026-11-27').status).toBe(1);
  const outDir = tempDir();
  const result = cli('audit', input, '--out', join(outDir, 'audit.xlsx'));
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/is damaged: the sheet "Notes" \(xl\/worksheets\/sheet1\.xml\)/);
  expect(readdirSync(outDir)).toEqual([]);
  expect(existsSync(join(outDir, 'audit.xlsx'))).toBe(false);
});
