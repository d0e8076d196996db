/**
 * @jest-environment jsdom
 */
/**
 * Importing licence records in the pane: choose or paste an export of Snipe-IT, GLPI, ConfigMgr
 * or the Microsoft 365 admin center, preview it, then add the lines the register does not have
 * with a button that says what it writes; the register is validated again after.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register, SERVER_LICENCES, purchase, userCal } from '../core/helpers';
import { licenceRecordsAdded } from '../../src/taskpane/components/LicenceImport';
import { FakeWorkbook } from './fake-workbook';
import { show } from './pane';

const IMPORTS = join(__dirname, '..', 'fixtures', 'imports');
const WS = 'Windows Server 2022 User CAL';

function grids() {
  return register({
    purchases: [...SERVER_LICENCES, purchase(WS, 10)],
    assignments: [userCal(WS, 'dana@contoso.com')],
    settings: { 'As-of date': '2026-11-27' },
  });
}

async function validated(workbook: FakeWorkbook) {
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByRole('table', { name: 'Licence position' });
}

test('a Microsoft 365 orders export is previewed, then its lines are added and validated again', async () => {
  const workbook = new FakeWorkbook(grids());
  await validated(workbook);
  const file = new File(
    [readFileSync(join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv'))],
    'VLOrders.csv',
    {
      type: 'text/csv',
    },
  );
  await userEvent.upload(screen.getByLabelText('Licence records file'), file);
  const preview = await screen.findByRole('group', { name: 'Licence export preview' });
  expect(within(preview).getByText(/Microsoft 365 admin center/)).toBeTruthy();
  expect(within(preview).getByRole('table', { name: 'First rows to add' })).toBeTruthy();
  expect(
    within(preview).getByText(
      /^\d+ lines? from VLOrders\.csv: \d+ purchase lines?; \d+ lines? the register does not have yet\.$/,
    ),
  ).toBeTruthy();
  const add = within(preview).getByRole('button', {
    name: /^Add \d+ purchase lines? to the Purchases table$/,
  });
  const before = workbook.grids.find((g) => g.name === 'Purchases')?.rows.length ?? 0;
  await userEvent.click(add);
  expect(
    await screen.findByText(
      /^Added \d+ purchase lines? to the Purchases sheet \(rows? \d+(–\d+)?\)\.$/,
    ),
  ).toBeTruthy();
  expect(workbook.imported).toHaveLength(1);
  const plan = workbook.imported[0];
  const after = workbook.grids.find((g) => g.name === 'Purchases')?.rows.length ?? 0;
  expect(after - before).toBe(plan.purchases.length);
  // Read again: the orders' Windows Server CALs now count.
  await waitFor(() =>
    expect(
      within(screen.getByRole('table', { name: 'Licence position' })).getByRole('row', {
        name: new RegExp(`${WS} ${10 + 120}`),
      }),
    ).toBeTruthy(),
  );
});

test('pasted records are read too; once added, the same records add nothing', async () => {
  const workbook = new FakeWorkbook(grids());
  await validated(workbook);
  const text = readFileSync(join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv'), 'utf8');
  const paste = async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Paste licence export' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Licence export text/ }), {
      target: { value: text },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Read pasted records' }));
    return screen.findByRole('group', { name: 'Licence export preview' });
  };
  const first = await paste();
  await userEvent.click(within(first).getByRole('button', { name: /^Add / }));
  expect(await screen.findByText(/^Added /)).toBeTruthy();
  const again = await paste();
  expect(
    within(again).getByText('The register already has every line of this export.'),
  ).toBeTruthy();
  expect(within(again).queryByRole('button', { name: /^Add / })).toBeNull();
  expect(workbook.imported).toHaveLength(1);
});

test('a file that is no licence export says why and adds nothing', async () => {
  const workbook = new FakeWorkbook(grids());
  await validated(workbook);
  const file = new File(['Name,Colour\nApple,Red\n'], 'fruit.csv', { type: 'text/csv' });
  await userEvent.upload(screen.getByLabelText('Licence records file'), file);
  expect(await screen.findByText('"fruit.csv" cannot be imported')).toBeTruthy();
  expect(workbook.imported).toHaveLength(0);
});

test('before a validation the preview asks for one and offers no Add button', async () => {
  const workbook = new FakeWorkbook(grids());
  show({ workbook });
  const file = new File(
    [readFileSync(join(IMPORTS, 'm365-vl-orders', 'VLOrders.csv'))],
    'VLOrders.csv',
    { type: 'text/csv' },
  );
  await userEvent.upload(await screen.findByLabelText('Licence records file'), file);
  const preview = await screen.findByRole('group', { name: 'Licence export preview' });
  expect(within(preview).getByText(/^Validate the register first/)).toBeTruthy();
  expect(within(preview).queryByRole('button', { name: /^Add / })).toBeNull();
  expect(workbook.imported).toHaveLength(0);
});

test('the notice names what was added, to which sheet and rows', () => {
  expect(
    licenceRecordsAdded({
      tables: [
        { role: 'Purchases', sheet: 'Käufe', rows: 12, firstRow: 6, lastRow: 17 },
        { role: 'Assignments', sheet: 'Zuweisungen', rows: 1, firstRow: 4, lastRow: 4 },
      ],
    }),
  ).toBe(
    'Added 12 purchase lines to the Käufe sheet (rows 6–17) and 1 assignment to the Zuweisungen sheet (row 4).',
  );
});
