/**
 * The built task pane end to end in headless Chromium, on a fake Excel host seeded from a
 * register workbook: create a register, validate, filter, Go to, write the audit sheet —
 * asserting what the user sees and what the workbook holds afterwards. Every test runs
 * against the fake as Excel on the web and as Excel on Windows and Mac (they differ in undo
 * groups, payload limits and when a new sheet becomes active). Saves a screenshot of each
 * state on the web run (to docs/screenshots with `npm run screenshots`).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { SheetGrid } from '../../src/core';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { cli, EXAMPLE } from '../cli/run-cli';
import { launch, openPane, requireBuild, ROOT, screenshot as save, serve } from './harness';

const FAKE_OFFICE = join(ROOT, '.build', 'e2e', 'fake-office.js');

let server: Server;
let url: string;
let browser: Browser;
let fakeOffice: string;

beforeAll(async () => {
  requireBuild();
  if (!existsSync(FAKE_OFFICE))
    throw new Error('.build/e2e/fake-office.js is missing: npm test builds it (npm run build:e2e)');
  fakeOffice = readFileSync(FAKE_OFFICE, 'utf8');
  ({ server, url } = await serve());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

type Platform = 'web' | 'desktop';
let platform: Platform = 'web';

/** The screenshots come from the web run. */
function screenshot(page: Page, name: string): Promise<void> {
  return platform === 'web' ? save(page, name) : Promise.resolve();
}

/** Opens the pane on a fake workbook holding `grids`. */
async function paneOn(
  name: string,
  grids: SheetGrid[],
): Promise<{ page: Page; offline: string[]; errors: string[] }> {
  const seed = `window.__CAL_SEED__ = ${JSON.stringify({ name, grids })}; window.__CAL_PLATFORM__ = ${JSON.stringify(platform)};`;
  const { page, offline } = await openPane(browser, url, fakeOffice, seed);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, offline, errors };
}

function book<T>(page: Page, read: string): Promise<T> {
  return page.evaluate<T>(`(() => { const book = window.__CAL_BOOK__; return ${read}; })()`);
}

describe.each(['web', 'desktop'] as const)('Excel %s', (mode) => {
  beforeAll(() => {
    platform = mode;
  });

  test('an empty workbook: no register, Create register writes the template', async () => {
    const { page, offline, errors } = await paneOn('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]);
    await page.getByText('No register in this workbook yet').waitFor();
    await screenshot(page, 'no-register');
    await page.getByRole('button', { name: 'Create register' }).click();
    await page
      .getByText('Register created: fill in Purchases and Assignments, then Validate.')
      .waitFor();
    const tables = await book<string[]>(page, 'book.dump().tables.map((t) => t.name)');
    expect(tables).toEqual(
      expect.arrayContaining(['Purchases', 'Assignments', 'Servers', 'Usage', 'Settings']),
    );
    const headers = await book<unknown[]>(
      page,
      "['A1','B1','C1','E1'].map((a) => book.dumpSheet('Assignments').cells[a]?.value)",
    );
    expect(headers).toEqual(['Licence', 'Assigned to', 'Account', 'Assigned on']);
    // A new register has nothing to check yet: the pane says so, and never "compliant".
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText('Nothing to audit: no purchase lines and no assignments.').waitFor();
    expect(offline).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the example register: validate, filter, Go to, write the audit sheet', async () => {
    const { grids } = await readWorkbookGrids(EXAMPLE);
    const expected = JSON.parse(cli('audit', EXAMPLE, '--json').stdout) as {
      summary: { shortfall: number; errors: number };
    };
    const { page, offline, errors } = await paneOn('contoso-register.xlsx', grids);

    await page.getByRole('button', { name: 'Validate' }).waitFor();
    await screenshot(page, 'ready');

    // Validating: a progress bar and Cancel, while the (slowed) read runs.
    await page.evaluate('window.__CAL_DELAY__ = 1500');
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByRole('progressbar').waitFor();
    await expect(page.getByRole('button', { name: 'Cancel' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'validating');
    await page.evaluate('window.__CAL_DELAY__ = 0');

    // Results: the same answer as the command line on the same file.
    const verdict = `Not compliant: ${expected.summary.shortfall} CALs short.`;
    await page.getByText(verdict, { exact: true }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: 'Licence position' }).isVisible()).resolves.toBe(
      true,
    );
    // It fits the 320 px pane: nothing scrolls sideways.
    await expect(
      page.evaluate('document.documentElement.scrollWidth'),
    ).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'results');

    // The keyboard reaches a rule's findings: Tab to its header, Enter opens it.
    let focused = '';
    for (let i = 0; i < 60 && !focused.startsWith('Fewer CALs owned than required'); i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');
    }
    expect(focused).toMatch(/^Fewer CALs owned than required/);
    await page.keyboard.press('Enter');
    await page
      .getByText(/required, \d+ owned: \d+ short\./)
      .first()
      .waitFor();

    // Filter: errors only.
    await page.getByRole('button', { name: /^Errors/ }).click();
    await expect(page.getByRole('button', { name: /^Stale assignment/ }).count()).resolves.toBe(0);
    const deviceGroup = page.getByRole('button', { name: /^User CAL vs Device CAL/ });
    await deviceGroup.click();
    await screenshot(page, 'findings-errors');

    // Go to: the sheet is activated and the cell selected.
    await page.getByRole('button', { name: 'Go to Assignments!D74' }).click();
    await page.getByText('Selected Assignments!D74.').waitFor();
    await expect(book(page, 'book.selection')).resolves.toEqual({
      sheet: 'Assignments',
      address: 'D74',
    });

    // The audit sheet, in the add-in's own sheet; the register rows are unchanged.
    const before = await book<string>(page, "JSON.stringify(book.dumpSheet('Assignments'))");
    await page.getByRole('button', { name: 'Write audit sheet' }).click();
    await page.getByText('Audit written to the sheet “CAL Audit”.').waitFor();
    await screenshot(page, 'audit-written');
    const audit = await book<{ cells: Record<string, { value: unknown }>; charts: unknown[] }>(
      page,
      "book.dumpSheet('CAL Audit')",
    );
    const texts = Object.values(audit.cells).map((c) => c.value);
    expect(texts).toContain('CAL compliance audit');
    expect(texts).toContain(verdict);
    expect(audit.charts.length).toBe(1);
    const tables = await book<string[]>(
      page,
      "book.dump().tables.filter((t) => t.sheet === 'CAL Audit').map((t) => t.name)",
    );
    expect(tables.length).toBeGreaterThanOrEqual(3);
    await expect(book(page, "JSON.stringify(book.dumpSheet('Assignments'))")).resolves.toBe(before);
    expect(offline).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('evidence of use: choose an export, preview it, add it to the Usage table', async () => {
    const { grids } = await readWorkbookGrids(EXAMPLE);
    const { page, offline, errors } = await paneOn('contoso-register.xlsx', grids);
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText(/^Not compliant: \d+ CALs short\.$/).waitFor({ timeout: 30_000 });
    const usageBefore = await book<string>(page, "book.findTable('Usage').box.bottom");

    // A file that is not an export: one message, nothing to add.
    await page
      .getByLabel('Export file')
      .setInputFiles(join(ROOT, 'test/fixtures/exports/unrelated.csv'));
    await page.getByText(/match no export this add-in reads/).waitFor();
    await expect(page.getByRole('button', { name: /^Add \d+ rows/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page
      .getByLabel('Export file')
      .setInputFiles(join(ROOT, 'test/fixtures/exports/ad-users.csv'));
    const preview = page.getByRole('group', { name: 'Export preview' });
    await preview.getByText('Get-ADUser', { exact: true }).waitFor();
    await preview.scrollIntoViewIfNeeded();
    await expect(
      page.evaluate('document.documentElement.scrollWidth'),
    ).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'evidence-preview');
    await expect(book(page, "book.findTable('Usage').box.bottom")).resolves.toBe(usageBefore);

    // The example's Usage table has the column that keeps "every account of the domain": the
    // rows go in under it, and no column is added.
    await preview.getByRole('button', { name: /^Add \d+ rows to the Usage table$/ }).click();
    await page
      .getByText(/^Added \d+ rows from Get-ADUser, ad-users\.csv to the Usage sheet/)
      .waitFor({
        timeout: 30_000,
      });
    await expect(page.getByText(/The table got the column/).count()).resolves.toBe(0);
    const added = await book<unknown[][]>(
      page,
      "book.values('Usage', 'A' + (book.findTable('Usage').box.bottom + 1) + ':H' + (book.findTable('Usage').box.bottom + 1))",
    );
    expect([added[0][3], added[0][6], added[0][7]]).toEqual([
      'Get-ADUser, ad-users.csv',
      'No',
      'CONTOSO',
    ]);
    // Validated again with the evidence: liam.scott is disabled in Active Directory.
    await page.getByRole('button', { name: /^Stale assignment/ }).click();
    await page
      .getByText(/liam\.scott@contoso\.com's account is disabled \(according to Get-ADUser/)
      .first()
      .waitFor();
    await screenshot(page, 'evidence-added');
    expect(offline).toEqual([]);
    expect(errors).toEqual([]);
  });

  // Issue 14: the pane's read path meets the packages the command line meets, with the same
  // guarantees: no hang, and one message an admin understands.
  test('a register sheet Excel cannot hand over in reasonable time: one clear message, at once', async () => {
    const { grids } = await readWorkbookGrids(EXAMPLE);
    const { page, errors } = await paneOn('contoso-register.xlsx', grids);
    await page.getByRole('button', { name: 'Validate' }).waitFor();
    // A stray value in the sheet's last cell: the used range is 17 billion cells.
    await book(page, "book.sheet('Assignments').put(1048575, 16383, 'x')");
    const started = Date.now();
    await page.getByRole('button', { name: 'Validate' }).click();
    await page
      .getByText(
        /The sheet "Assignments" reaches XFD1048576: .* cells, too many for Excel to hand over/,
      )
      .waitFor({ timeout: 30_000 });
    await page.getByText(/Ctrl\+End shows the last cell/).waitFor();
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(errors).toEqual([]);
  });

  test("an unexpected failure inside the read: our sentence, never the runtime's text", async () => {
    const { grids } = await readWorkbookGrids(EXAMPLE);
    const { page, errors } = await paneOn('contoso-register.xlsx', grids);
    await page.getByRole('button', { name: 'Validate' }).waitFor();
    await book(
      page,
      '(book.valueAt = () => { throw new TypeError("Cannot read properties of undefined (reading \'rows\')"); }, true)',
    );
    await page.getByRole('button', { name: 'Validate' }).click();
    await page
      .getByText('The add-in could not finish reading the register.')
      .waitFor({ timeout: 30_000 });
    await expect(page.getByText(/Cannot read properties/).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
