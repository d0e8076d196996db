/**
 * An independent check that the audit copy is a sound workbook: LibreOffice opens it
 * headless and prints it to PDF, audit sheet included. CI installs LibreOffice; a developer
 * machine without it skips this file (and says so).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli, EXAMPLE, tempDir } from './run-cli';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
if (!soffice && process.env.CI === 'true') {
  throw new Error('CI must install LibreOffice (libreoffice-calc): .ci/run does');
}
const maybe = soffice ? test : test.skip;
if (!soffice)
  console.warn('LibreOffice is not installed: skipping the PDF check of the audit copy.');

maybe(
  'the audit copy of the example opens in LibreOffice and prints the audit sheet',
  () => {
    const dir = tempDir();
    const copy = join(dir, 'contoso-audit.xlsx');
    expect(cli('audit', EXAMPLE, '--out', copy).status).toBe(1);
    const converted = spawnSync(
      soffice as string,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        copy,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
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
