/**
 * An independent check that the audit copy is a sound workbook: LibreOffice opens it
 * headless and prints it to PDF, audit sheet included, and saves it again as .xlsx with the
 * audit sheet's chart and its totals formulas read (not dropped). CI installs LibreOffice; a
 * developer machine without it skips this file (and says so).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Zip } from '../../src/excel/xlsx/zip';
import { cli, EXAMPLE, tempDir } from './run-cli';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
if (!soffice && process.env.CI === 'true') {
  throw new Error('CI must install LibreOffice (libreoffice-calc): .ci/run does');
}
const maybe = soffice ? test : test.skip;
if (!soffice)
  console.warn('LibreOffice is not installed: skipping the PDF check of the audit copy.');

/** Converts a file with LibreOffice headless; returns its exit status. */
function convert(dir: string, file: string, to: string, outdir: string): number | null {
  return spawnSync(
    soffice as string,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  ).status;
}

maybe(
  'the audit copy of the example opens in LibreOffice and prints the audit sheet',
  () => {
    const dir = tempDir();
    const copy = join(dir, 'contoso-audit.xlsx');
    expect(cli('audit', EXAMPLE, '--out', copy).status).toBe(1);
    expect(convert(dir, copy, 'pdf', dir)).toBe(0);
    const pdf = join(dir, 'contoso-audit.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      expect(text.stdout).toContain('CAL compliance audit');
      expect(text.stdout).toContain('Proof of entitlement checklist');
      expect(text.stdout).toMatch(/Not compliant: \d+ CALs? short\./);
    }
  },
  180_000,
);

maybe(
  "saved again by LibreOffice, the audit sheet keeps its chart and its totals' formulas",
  async () => {
    const dir = tempDir();
    const copy = join(dir, 'contoso-audit.xlsx');
    expect(cli('audit', EXAMPLE, '--out', copy).status).toBe(1);
    const json = JSON.parse(cli('audit', EXAMPLE, '--json').stdout) as {
      position: { owned: number; required: number }[];
    };
    const out = join(dir, 'resaved');
    expect(convert(dir, copy, 'xlsx:Calc MS Excel 2007 XML', out)).toBe(0);
    const resaved = join(out, 'contoso-audit.xlsx');

    // The chart: Owned and Required of the position table, by licence.
    const zip = new Zip(readFileSync(resaved));
    const charts = zip.entries.filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name));
    expect(charts).toHaveLength(1);
    const chart = zip.read(charts[0]).toString('utf8');
    const ranges = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
    expect(ranges).toEqual([
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$C\$\d+$/),
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$A\$\d+:\$A\$\d+$/),
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$C\$\d+:\$C\$\d+$/),
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$D\$\d+$/),
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$A\$\d+:\$A\$\d+$/),
      expect.stringMatching(/^&apos;CAL Audit&apos;!\$D\$\d+:\$D\$\d+$/),
    ]);

    // The totals: SUBTOTAL of the position table's columns, adding up to the JSON's.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(resaved);
    const totals = new Map<string, unknown>();
    workbook.getWorksheet('CAL Audit')?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string; result?: unknown } | null;
        if (value && typeof value === 'object' && value.formula)
          totals.set(value.formula, value.result);
      }),
    );
    const sum = (pick: (p: { owned: number; required: number }) => number) =>
      json.position.reduce((total, p) => total + pick(p), 0);
    expect(totals.get('SUBTOTAL(109,CALAudit_Position[Owned])')).toBe(sum((p) => p.owned));
    expect(totals.get('SUBTOTAL(109,CALAudit_Position[Required])')).toBe(sum((p) => p.required));
  },
  180_000,
);
