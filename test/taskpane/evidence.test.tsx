/**
 * @jest-environment jsdom
 */
/** Importing evidence of use in the pane: choose or paste an export, preview it, add it. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type Environment } from '../../src/taskpane/App';
import type { Clock } from '../../src/taskpane/controller';
import { cultureOf } from '../../src/taskpane/evidence';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../core/helpers';
import { FakeWorkbook } from './fake-workbook';

const EXPORTS = join(__dirname, '..', 'fixtures', 'exports');
const WS = 'Windows Server 2022 User CAL';
const clock: Clock = { today: () => TODAY, stamp: () => '2026-11-27 10:00' };
/** 2026-11-26 12:00 local time: the date the exported files carry. */
const MODIFIED = new Date(2026, 10, 26, 12).getTime();

function grids() {
  return register({
    purchases: [...SERVER_LICENCES, purchase(WS, 10)],
    assignments: [userCal(WS, 'liam.scott@contoso.com'), userCal(WS, 'dana.scott@contoso.com')],
    settings: { 'As-of date': '2026-11-27' },
  });
}

function show(workbook: FakeWorkbook) {
  const environment: Environment = {
    inExcel: true,
    clock,
    workbookName: 'register.xlsx',
    workbook,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App start={() => Promise.resolve(environment)} />
    </FluentProvider>,
  );
}

function exportFile(name: string): File {
  return new File([readFileSync(join(EXPORTS, name))], name, {
    type: 'text/csv',
    lastModified: MODIFIED,
  });
}

async function choose(file: File) {
  await userEvent.upload(await screen.findByLabelText('Export file'), file);
  return screen.findByRole('group', { name: 'Export preview' });
}

test('a Get-ADUser export: preview, then Add puts it in the Usage table and validates again', async () => {
  const workbook = new FakeWorkbook(grids());
  show(workbook);
  const preview = await choose(exportFile('ad-users.csv'));
  expect(within(preview).getByText('Get-ADUser')).toBeTruthy();
  expect(within(preview).getByText(/^\d+ accounts from ad-users\.csv\.$/)).toBeTruthy();
  expect(within(preview).getByLabelText(/Captured on/)).toHaveProperty('value', '2026-11-26');
  const first = within(preview).getByRole('table', { name: 'First rows of the export' });
  expect(within(first).getAllByRole('row')).toHaveLength(6); // header and 5 rows
  // Not validated yet: the Usage table is not known, so the column is said to be added if need be.
  expect(
    within(preview).getByText(
      'The export lists every account of CONTOSO: the rows say so in the "Lists every account of domain" column, added at the table\'s right if the table has none.',
    ),
  ).toBeTruthy();
  expect(workbook.appended).toEqual([]); // nothing is written before the button

  const add = within(preview).getByRole('button', { name: /^Add \d+ rows to the Usage table$/ });
  await userEvent.click(add);
  await waitFor(() => expect(workbook.appended).toHaveLength(1));
  const rows = workbook.appended[0];
  expect(rows.find((r) => r.account === 'liam.scott@contoso.com')).toMatchObject({
    status: 'Disabled',
    // The Source says where the row came from; that the export lists krbtgt, so every
    // account of the domain, goes in a column of its own.
    source: 'Get-ADUser, ad-users.csv',
    listsEveryAccountOf: ['CONTOSO'],
  });
  expect(
    await screen.findByText(
      new RegExp(
        `^Added ${rows.length} rows from Get-ADUser, ad-users\\.csv to a new Usage table on the Usage sheet, rows 2–${rows.length + 1}\\.$`,
      ),
    ),
  ).toBeTruthy();
  // The validation that followed read the evidence: liam.scott is disabled in AD.
  const findings = screen.getByRole('region', { name: 'Findings' });
  await userEvent.click(within(findings).getByRole('button', { name: /Stale assignment/ }));
  expect(within(findings).getByText(/liam\.scott@contoso\.com's account is disabled/)).toBeTruthy();
  expect(screen.queryByRole('group', { name: 'Export preview' })).toBeNull();
});

test('a validated Usage table without the column: the button and the pane say it is added', async () => {
  const old = ['Account', 'Licence required', 'Last logon', 'Source', 'Captured on', 'Status'];
  const workbook = new FakeWorkbook([
    ...grids(),
    { name: 'Usage', rows: [old, ['dana.scott@contoso.com', '', 46340, 'Get-Mailbox', 46345, '']] },
  ]);
  show(workbook);
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByRole('region', { name: 'Findings' });
  const preview = await choose(exportFile('ad-users.csv'));
  expect(
    within(preview).getByText(
      'The Usage table has no "Lists every account of domain" column: adding the rows adds it at its right. The export lists every account of CONTOSO: the rows say so in the "Lists every account of domain" column.',
    ),
  ).toBeTruthy();
  await userEvent.click(
    within(preview).getByRole('button', { name: /^Add \d+ rows and 1 column to the Usage table$/ }),
  );
  expect(
    await screen.findByText(
      /to the Usage sheet, rows 3–\d+\. The table got the column Lists every account of domain\.$/,
    ),
  ).toBeTruthy();
  const usage = workbook.grids.find((g) => g.name === 'Usage');
  expect(usage?.rows[0]).toEqual([...old, 'Lists every account of domain']);
  expect(usage?.rows[2]?.[6]).toBe('CONTOSO');
});

test('an export that lists nothing in full adds no column and says nothing of it', async () => {
  const workbook = new FakeWorkbook(grids());
  show(workbook);
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByRole('region', { name: 'Findings' });
  const preview = await choose(exportFile('mailboxes.csv'));
  expect(within(preview).queryByText(/column/)).toBeNull();
  expect(
    within(preview).getByRole('button', { name: /^Add \d+ rows to the Usage table$/ }),
  ).toBeTruthy();
});

test('the same export again is noticed and cannot be added twice', async () => {
  const workbook = new FakeWorkbook(grids());
  show(workbook);
  const preview = await choose(exportFile('ad-users.csv'));
  await userEvent.click(within(preview).getByRole('button', { name: /^Add \d+ rows/ }));
  await screen.findByText(/^Added \d+ rows/);
  const again = await choose(exportFile('ad-users.csv'));
  expect(within(again).getByText(/already holds Get-ADUser, ad-users\.csv/)).toBeTruthy();
  expect(
    within(again)
      .getByRole('button', { name: /^Add \d+ rows/ })
      .hasAttribute('disabled'),
  ).toBe(true);
});

test.each([
  ['binary.csv', /cannot be used/],
  ['unrelated.csv', /match no export/],
  ['truncated.csv', /cannot be used/],
])('%s says why it cannot be used and offers nothing to add', async (name, message) => {
  const workbook = new FakeWorkbook(grids());
  show(workbook);
  const preview = await choose(exportFile(name));
  expect(within(preview).getAllByText(message).length).toBeGreaterThan(0);
  expect(within(preview).getByText(/Nothing was added\./)).toBeTruthy();
  expect(within(preview).queryByRole('button', { name: /^Add/ })).toBeNull();
  await userEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group', { name: 'Export preview' })).toBeNull();
  expect(workbook.appended).toEqual([]);
});

test('pasted text is read too; the date culture decides ambiguous dates', async () => {
  const workbook = new FakeWorkbook(grids());
  show(workbook);
  await userEvent.click(await screen.findByRole('button', { name: 'Paste export' }));
  const text = [
    '"SamAccountName","UserPrincipalName","Enabled","LastLogonDate"',
    '"dana.scott","dana.scott@contoso.com","True","03/11/2026 08:00:00"',
  ].join('\r\n');
  fireEvent.change(screen.getByRole('textbox', { name: /Export text/ }), {
    target: { value: text },
  });
  await userEvent.click(screen.getByRole('button', { name: 'Read pasted text' }));
  const preview = await screen.findByRole('group', { name: 'Export preview' });
  expect(within(preview).getByText('1 account from pasted text.')).toBeTruthy();
  expect(within(preview).getByLabelText(/Captured on/)).toHaveProperty('value', '2026-11-27');
  const first = within(preview).getByRole('table', { name: 'First rows of the export' });
  expect(within(first).getByText('2026-03-11')).toBeTruthy(); // en-US: month first
  await userEvent.selectOptions(
    within(preview).getByRole('combobox', { name: /Dates in the export/ }),
    'en-GB',
  );
  expect(within(first).getByText('2026-11-03')).toBeTruthy(); // en-GB: day first
});

test('a failed write says so and keeps the preview to try again', async () => {
  const workbook = new FakeWorkbook(grids());
  workbook.failAppend = Object.assign(new Error('locked'), { code: 'AccessDenied' });
  show(workbook);
  const preview = await choose(exportFile('ad-users.csv'));
  await userEvent.click(within(preview).getByRole('button', { name: /^Add \d+ rows/ }));
  expect(await screen.findByText('Add to Usage table failed')).toBeTruthy();
  expect(screen.getByText(/read-only or protected/)).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Export preview' })).toBeTruthy();
});

test.each([
  ['en-US', 'en-US'],
  ['en', 'en-US'],
  ['en-GB', 'en-GB'],
  ['en-AU', 'en-GB'],
  ['de-AT', 'de-DE'],
  ['fr-CA', 'fr-FR'],
  ['nl-BE', 'nl-NL'],
  ['ja-JP', 'en-US'],
])('the language %s reads dates as %s by default', (language, culture) => {
  expect(cultureOf(language)).toBe(culture);
});
