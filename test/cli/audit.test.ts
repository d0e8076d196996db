/** `cal-register audit` and `template` as a user runs them. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { RULES } from '../../src/core';
import { writeTemplate } from '../../src/excel/xlsx';
import { locate, partNames } from '../excel/make-package';
import { cli, EXAMPLE, tempDir } from './run-cli';

const dir = tempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('audit --json', () => {
  const result = cli('audit', EXAMPLE, '--json');
  const json = JSON.parse(result.stdout) as Record<string, unknown> & {
    asOf: string;
    position: Record<string, unknown>[];
    findings: { rule: string; severity: string; sheet?: string; row?: number; message: string }[];
    summary: {
      compliant: boolean;
      verdict: string;
      shortfall: number;
      errors: number;
      warnings: number;
      infos: number;
    };
  };

  test('prints exactly the documented object (README, JSON output), and exits 1 on error findings', () => {
    expect(result.status).toBe(1);
    // The four documented keys in their order; `evidence` follows only when the audit used any.
    expect(Object.keys(json).slice(0, 4)).toEqual(['asOf', 'position', 'findings', 'summary']);
    // `evidence`, `cloudRights` and `notChecked` follow only when there is something to say.
    for (const key of Object.keys(json).slice(4))
      expect(['evidence', 'cloudRights', 'notChecked']).toContain(key);
    expect(json.asOf).toBe('2026-11-27'); // the example's Settings sheet
    expect(Object.keys(json.summary)).toEqual([
      'compliant',
      'verdict',
      'shortfall',
      'errors',
      'warnings',
      'infos',
    ]);
    for (const row of json.position) {
      expect(row).toEqual(
        expect.objectContaining({
          licence: expect.any(String),
          product: expect.any(String),
          version: expect.any(String),
          edition: expect.any(String),
          kind: expect.stringMatching(/^(User|Device)$/),
          owned: expect.any(Number),
          required: expect.any(Number),
          shortfall: expect.any(Number),
          surplus: expect.any(Number),
          reclaimable: expect.any(Number),
          covered: expect.any(Number),
          shortfallAfterReclaim: expect.any(Number),
          unproven: expect.any(Number),
          withSa: expect.any(Number),
          status: expect.stringMatching(/^(shortfall|surplus|ok)$/),
        }),
      );
    }
  });

  test('the summary agrees with the findings and the position', () => {
    const count = (severity: string) => json.findings.filter((f) => f.severity === severity).length;
    expect(json.summary.errors).toBe(count('error'));
    expect(json.summary.warnings).toBe(count('warning'));
    expect(json.summary.infos).toBe(count('info'));
    expect(json.summary.compliant).toBe(json.summary.verdict === 'compliant');
    expect(json.summary.verdict).toBe(json.summary.errors > 0 ? 'not-compliant' : 'compliant');
    const short = json.position.reduce((sum, p) => sum + (p.shortfall as number), 0);
    expect(json.summary.shortfall).toBe(short);
  });

  test('every rule of the registry shows up on the example register', () => {
    const rules = new Set(json.findings.map((f) => f.rule));
    // The example's evidence of use is fresh on purpose: EVIDENCE-OLD shows on old evidence
    // (test/cli/evidence.test.ts).
    expect([...rules].sort()).toEqual(
      RULES.map((r) => r.id)
        .filter((id) => id !== 'EVIDENCE-OLD')
        .sort(),
    );
  });

  test('--as-of and --stale-days override the Settings sheet', () => {
    const later = JSON.parse(
      cli('audit', EXAMPLE, '--json', '--as-of', '2027-06-01', '--stale-days', '365').stdout,
    ) as typeof json;
    expect(later.asOf).toBe('2027-06-01');
    const stale = (j: typeof json) => j.findings.filter((f) => f.rule === 'CAL-STALE').length;
    expect(stale(later)).not.toBe(stale(json));
  });
});

test('the human report lists the position and findings with Sheet!Row references', () => {
  const result = cli('audit', EXAMPLE);
  expect(result.status).toBe(1);
  expect(result.stdout).toMatch(/Licence position/);
  expect(result.stdout).toMatch(/Exchange Server 2019 Standard User CAL\s+\d+\s+\d+/);
  expect(result.stdout).toMatch(/CAL-STALE \(warning\) Stale assignment: \d+/);
  expect(result.stdout).toMatch(/Assignments![A-Z]+\d+ /);
  expect(result.stdout).toMatch(/^Not compliant: \d+ CALs? short\.$/m);
});

test('a compliant register exits 0', async () => {
  // Compliant as licensing stands in 2026: Exchange Server SE with Software Assurance on the
  // server and every CAL, and a Windows Server CAL for each Exchange user.
  const file = join(dir, 'clean.xlsx');
  const bought = new Date(Date.UTC(2025, 0, 10));
  const sa = new Date(Date.UTC(2027, 5, 30));
  // Purchases in template order: Licence, Quantity, Purchase date, Invoice number, Order
  // number, Reseller, Agreement number, SA end date, Licence type, Proof location, Notes.
  const line = (licence: string, quantity: number, end: Date | null, type: string) => [
    licence,
    quantity,
    bought,
    'INV-1',
    'PO-1',
    null,
    null,
    end,
    type,
    'share',
    null,
  ];
  // Assignments: Licence, Assigned to, Account, Device, Assigned on, Reassigned from, Reason,
  // Status, Last activity, Notes.
  const held = (licence: string, name: string, account: string) => [
    licence,
    name,
    account,
    null,
    new Date(Date.UTC(2025, 1, 1)),
    null,
    null,
    null,
    new Date(Date.UTC(2026, 10, 20)),
    null,
  ];
  await writeTemplate(file, {
    Purchases: [
      line('Exchange Server SE Standard', 1, sa, 'Licence + SA'),
      line('Exchange Server SE Standard User CAL', 2, sa, 'Licence + SA'),
      line('Windows Server 2022 Standard', 1, null, 'Licence only'),
      line('Windows Server 2022 User CAL', 2, null, 'Licence only'),
    ],
    Assignments: [
      held('Exchange Server SE Standard User CAL', 'Dana Scott', 'dana@contoso.com'),
      held('Windows Server 2022 User CAL', 'Dana Scott', 'dana@contoso.com'),
      held('Exchange Server SE Standard User CAL', 'Eve Berg', 'eve@contoso.com'),
      held('Windows Server 2022 User CAL', 'Eve Berg', 'eve@contoso.com'),
    ],
  });
  const result = cli('audit', file, '--json', '--as-of', '2026-11-27');
  expect(JSON.parse(result.stdout)).toMatchObject({
    findings: [],
    summary: { compliant: true, verdict: 'compliant', shortfall: 0 },
  });
  expect(result.status).toBe(0);
});

describe('--out', () => {
  test('writes a copy with the audit sheet and never changes the input', async () => {
    const input = join(dir, 'register.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha(input);
    const out = join(dir, 'audited.xlsx');
    const result = cli('audit', input, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Wrote .*audited\.xlsx with the "CAL Audit" sheet added/);
    expect(sha(input)).toBe(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toContain('CAL Audit');
  });

  test('keeps every part of the original byte for byte, but the few it must extend: carried across compressed, never inflated', () => {
    const out = join(dir, 'parts.xlsx');
    expect(cli('audit', EXAMPLE, '--out', out).status).toBe(1);
    const [original, copy] = [EXAMPLE, out].map((f) => readFileSync(f));
    const extended = new Set([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]);
    const compressed = (zip: Buffer, name: string) => {
      const { data, compressedSize } = locate(zip, name);
      return zip.subarray(data, data + compressedSize);
    };
    const kept = partNames(original).filter((name) => !extended.has(name));
    expect(kept.length).toBeGreaterThan(8);
    for (const name of kept) {
      const same = compressed(original, name).equals(compressed(copy, name));
      expect({ name, same }).toEqual({ name, same: true });
    }
    expect(partNames(copy)).toEqual(expect.arrayContaining(partNames(original)));
  });

  test('refuses an existing file without --force, and the input file itself', () => {
    const out = join(dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    const refused = cli('audit', EXAMPLE, '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(cli('audit', EXAMPLE, '--out', out, '--force').status).toBe(1);
    const same = cli('audit', EXAMPLE, '--out', EXAMPLE, '--force');
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/is the input file/);
  });
});

test('register text that looks like a formula stays text in the audit copy', async () => {
  const payloads = [
    '=HYPERLINK("http://evil.example","click")',
    '+cmd|/C calc!A0',
    '-2+3',
    '@SUM(1,2)',
    '\t=1+1',
  ];
  const file = join(dir, 'payload.xlsx');
  await writeTemplate(file, {
    Purchases: payloads.map((p) => [p, 1, null, null, null, null, null, null, null, null]),
    Assignments: payloads.map((p, i) => [
      'Exchange Server 2019 Standard User CAL',
      p,
      `user${i}@contoso.com`,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  });
  const out = join(dir, 'payload-audit.xlsx');
  expect(cli('audit', file, '--out', out).status).toBe(1);
  const zip = await JSZip.loadAsync(readFileSync(out));
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  expect(workbookXml).toMatch(/name="CAL Audit"/);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const auditXml =
    (
      await Promise.all(sheets.map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')))
    ).find((x) => x?.includes('CAL compliance audit')) ?? '';
  // The only formulas are the position table's totals (SUBTOTAL over its own column); no payload
  // became one.
  const formulas = [...auditXml.matchAll(/<f[\s>][^<]*<\/f>/g)].map((m) => m[0]);
  expect(formulas.length).toBeGreaterThan(0);
  for (const f of formulas) expect(f).toMatch(/^<f[^>]*>SUBTOTAL\(109,/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const texts: string[] = [];
  workbook.getWorksheet('CAL Audit')?.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'object' && c.value !== null && 'formula' in c.value)
        expect(c.value.formula).toMatch(/^SUBTOTAL\(109,/);
      if (typeof c.value === 'string') texts.push(c.value);
    }),
  );
  // The licence texts reach the proof checklist as they were written.
  for (const payload of payloads.slice(0, 4)) expect(texts).toContain(payload);
});

describe('template', () => {
  test('writes an empty register that audits without a finding but is not yet compliant, and never overwrites', async () => {
    const file = join(dir, 'new-register.xlsx');
    const result = cli('template', file);
    expect(result.status).toBe(0);
    expect(existsSync(file)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const name of ['Purchases', 'Assignments', 'Servers', 'Usage', 'Settings']) {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.getTable(name)).toBeDefined();
    }
    const empty = cli('audit', file, '--json');
    // Nothing to check yet: no finding, and the verdict does not call it compliant (exit 1).
    expect(empty.status).toBe(1);
    const summary = (JSON.parse(empty.stdout) as { summary: Record<string, unknown> }).summary;
    expect(summary).toMatchObject({ errors: 0, warnings: 0, verdict: 'incomplete' });
    const again = cli('template', file);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
