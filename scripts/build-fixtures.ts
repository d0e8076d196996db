/**
 * Builds the scenario registers of test/fixtures/registers/<case>/register.xlsx, one small
 * workbook per situation (see scripts/fixtures/cases-*.ts). Each folder's expected.json is
 * written by hand from the licensing rules; test/fixtures.test.ts audits every folder with
 * the command line and compares. Deterministic: the same rows, and the same bytes, every run
 * (except the LibreOffice case, whose file LibreOffice writes).
 *
 *   npm run fixtures:build
 *
 * The libreoffice-saved case needs `soffice` (LibreOffice); without it the case is skipped
 * and its committed register is kept, so the tests never need LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildRegisterWorkbook } from '../src/excel/xlsx';
import { LANGUAGE_CASES } from './fixtures/cases-languages';
import { LAYOUT_CASES } from './fixtures/cases-layout';
import { POSITION_CASES } from './fixtures/cases-position';
import { ROW_CASES } from './fixtures/cases-rows';
import { LICENSING_2026_CASES } from './fixtures/cases-2026';
import type { FixtureCase, PlainSheet } from './fixtures/kit';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'registers');
/** Every date in the package (document properties, zip entries): a fixed one. */
const STAMP = new Date(Date.UTC(2026, 0, 1));

export const CASES: readonly FixtureCase[] = [
  ...POSITION_CASES,
  ...ROW_CASES,
  ...LAYOUT_CASES,
  ...LICENSING_2026_CASES,
  ...LANGUAGE_CASES,
];

/** The workbook as .xlsx bytes that do not depend on when they were written. */
async function stableBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.created = STAMP;
  workbook.modified = STAMP;
  const written = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(written);
  const zip = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    zip.file(entry.name, await entry.async('nodebuffer'), { date: STAMP, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** Writes cell by cell: `above` rows first, then the header, then the rows (or a table). */
function addSheet(workbook: ExcelJS.Workbook, spec: PlainSheet): void {
  const sheet = workbook.addWorksheet(spec.name);
  const above = spec.above ?? [];
  if (spec.table !== undefined) {
    if (above.length > 0) throw new Error(`${spec.name}: a table starts on row 1 here`);
    sheet.addTable({
      name: spec.table,
      ref: 'A1',
      headerRow: true,
      columns: spec.headers.map((name) => ({ name, filterButton: true })),
      rows: spec.rows.map((row) => spec.headers.map((_, i) => row[i] ?? null)),
    });
  } else {
    [...above, spec.headers, ...spec.rows].forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) {
          sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
        }
      });
    });
  }
  spec.headers.forEach((header, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, header.length + 4);
  });
}

function sheetsWorkbook(sheets: readonly PlainSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CAL Register fixtures';
  for (const spec of sheets) addSheet(workbook, spec);
  return workbook;
}

/**
 * Saves `source` again with LibreOffice Calc into `target`. Returns false (and says why)
 * when LibreOffice is not installed or the conversion fails.
 */
function convertWithLibreOffice(source: string, target: string): boolean {
  const work = mkdtempSync(join(tmpdir(), 'cal-fixture-'));
  try {
    const profile = pathToFileURL(join(tmpdir(), 'lo-fixture-profile')).href;
    const result = spawnSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${profile}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        work,
        source,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const converted = join(work, 'register.xlsx');
    if (result.error) {
      process.stdout.write(
        `  skipped: LibreOffice (soffice) not available: ${result.error.message}\n`,
      );
      return false;
    }
    if (result.status !== 0 || !existsSync(converted)) {
      process.stdout.write(
        `  skipped: soffice failed (status ${String(result.status)}): ${result.stderr.trim()}\n`,
      );
      return false;
    }
    copyFileSync(converted, target);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function build(fixture: FixtureCase): Promise<void> {
  const dir = join(OUT, fixture.name);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, 'register.xlsx');
  if (fixture.kind === 'libreoffice') {
    const staging = mkdtempSync(join(tmpdir(), 'cal-fixture-source-'));
    try {
      const source = join(staging, 'register.xlsx');
      writeFileSync(source, await stableBytes(await buildRegisterWorkbook(fixture.rows)));
      if (!convertWithLibreOffice(source, target)) {
        const kept = existsSync(target) ? 'the committed register is kept' : 'no register yet';
        process.stdout.write(`  ${fixture.name}: ${kept}\n`);
        return;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } else {
    const workbook =
      fixture.kind === 'template'
        ? await buildRegisterWorkbook(fixture.rows, fixture.language)
        : sheetsWorkbook(fixture.sheets);
    writeFileSync(target, await stableBytes(workbook));
  }
  process.stdout.write(`Wrote ${target}\n`);
}

/** Builds every case, or only those named on the command line (npm run fixtures:build -- NAME). */
async function run(): Promise<void> {
  const wanted = new Set(process.argv.slice(2));
  const names = new Set<string>();
  for (const fixture of CASES) {
    if (names.has(fixture.name)) throw new Error(`two cases are named ${fixture.name}`);
    names.add(fixture.name);
    if (wanted.size === 0 || wanted.has(fixture.name)) await build(fixture);
  }
  for (const name of wanted) if (!names.has(name)) throw new Error(`no case is named ${name}`);
  process.stdout.write(`${CASES.length} cases in ${OUT}\n`);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(
      `build-fixtures: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
