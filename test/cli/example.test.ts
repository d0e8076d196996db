/** The README's second set-up command, `npm run example`, as a user runs it. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE, ROOT } from './run-cli';

const OUT = join(ROOT, 'out', 'contoso-register-audit.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('npm run example audits the bundled register, writes the audit copy and exits 0', async () => {
  const before = sha(EXAMPLE);
  rmSync(OUT, { force: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'example.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  expect(result.status).toBe(0);
  // stdout is the report; stderr says where the copy went, and nothing else.
  expect(result.stderr.trim()).toBe(`Wrote ${OUT} with the "CAL Audit" sheet added.`);
  // The report a user reads, and the note that status 1 is expected for this register.
  expect(result.stdout).toMatch(/Licence position/);
  expect(result.stdout).toMatch(/CAL-SHORTFALL/);
  expect(result.stdout).toMatch(/Exit status 1: the example register has errors on purpose/);
  expect(existsSync(OUT)).toBe(true);
  expect(statSync(OUT).size).toBeGreaterThan(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(OUT);
  expect(book.worksheets.map((sheet) => sheet.name)).toContain('CAL Audit');
  // The bundled register itself is never written.
  expect(sha(EXAMPLE)).toBe(before);
}, 60_000);
