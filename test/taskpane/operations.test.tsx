/**
 * @jest-environment jsdom
 */
/**
 * One operation at a time: while a read, a write or a Go to runs, every action button is
 * disabled and a second click is refused; Write audit sheet reads the register again first;
 * what a cancelled run still delivers is ignored.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { purchase, register, SERVER_LICENCES, userCal } from '../core/helpers';
import { FakeWorkbook } from './fake-workbook';
import { EX, gate, registerGrids, show } from './pane';

const button = (name: string | RegExp) => screen.getByRole<HTMLButtonElement>('button', { name });

async function validated(workbook: FakeWorkbook) {
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText('Not compliant: 2 CALs short.');
}

test('Write audit sheet reads the register again and writes the audit of it as it is now', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  await validated(workbook);
  // Since the validation, two more CALs were bought (and the Windows Server CALs recorded).
  const WIN = 'Windows Server 2022 User CAL';
  workbook.grids = register({
    purchases: [...SERVER_LICENCES, purchase(EX, 3), purchase(WIN, 2)],
    assignments: ['dana', 'fay'].flatMap((who) => [
      userCal(EX, `${who}@contoso.com`),
      userCal(WIN, `${who}@contoso.com`),
    ]),
  });
  await userEvent.click(button('Write audit sheet'));
  expect(await screen.findByText('Audit written to the sheet “CAL Audit”.')).toBeTruthy();
  expect(workbook.reads).toBe(2);
  expect(workbook.reports).toHaveLength(1);
  expect(workbook.reports[0].verdict).toMatch(/^Compliant/);
  // The pane shows the result the sheet was written from.
  expect(screen.getByText(workbook.reports[0].verdict)).toBeTruthy();
  expect(screen.queryByText('Not compliant: 2 CALs short.')).toBeNull();
});

test('Write audit sheet shows the read in progress, and Cancel writes nothing', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  await validated(workbook);
  const read = gate();
  workbook.gate = read.promise;
  workbook.ignoreAbort = true; // the read runs on to its end, as one between chunks does
  await userEvent.click(button('Write audit sheet'));
  expect(await screen.findByRole('progressbar')).toBeTruthy();
  expect(screen.getByText(/Checking the register again for the audit sheet/)).toBeTruthy();
  await userEvent.click(button('Cancel'));
  expect(await screen.findByText('Audit sheet cancelled. Nothing was written.')).toBeTruthy();
  read.open();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(workbook.reports).toHaveLength(0);
  expect(screen.getByText('Audit sheet cancelled. Nothing was written.')).toBeTruthy();
});

test('a cancelled validation that finishes late is ignored', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  const read = gate();
  workbook.gate = read.promise;
  workbook.ignoreAbort = true;
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('Validation cancelled. Nothing was changed.')).toBeTruthy();
  read.open();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.queryByText('Not compliant: 2 CALs short.')).toBeNull();
  expect(button('Validate').disabled).toBe(false);
});

test('while the audit sheet is written every action is disabled, and a Go to cannot interleave', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  await validated(workbook);
  const write = gate();
  workbook.writeGate = write.promise;
  await userEvent.click(button('Write audit sheet'));
  expect(await screen.findByText('Writing the audit sheet...')).toBeTruthy();
  const findings = screen.getByRole('region', { name: 'Findings' });
  await userEvent.click(within(findings).getByRole('button', { name: /User CAL vs Device CAL/ }));
  const goTo = button('Go to Assignments!D4');
  for (const disabled of [
    button('Write audit sheet'),
    button('Validate again'),
    goTo,
    button('Save to Settings sheet'),
    button('Choose export file'),
  ])
    expect(disabled.disabled).toBe(true);
  await userEvent.click(goTo);
  expect(workbook.goTos).toHaveLength(0);
  write.open();
  expect(await screen.findByText('Audit written to the sheet “CAL Audit”.')).toBeTruthy();
  expect(button('Write audit sheet').disabled).toBe(false);
  expect(button('Go to Assignments!D4').disabled).toBe(false);
});

test('Go to runs alone: Write audit sheet and Validate again wait for it', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  await validated(workbook);
  const findings = screen.getByRole('region', { name: 'Findings' });
  await userEvent.click(within(findings).getByRole('button', { name: /User CAL vs Device CAL/ }));
  const goTo = gate();
  const original = workbook.goTo.bind(workbook);
  workbook.goTo = async (target) => {
    await goTo.promise;
    return original(target);
  };
  await userEvent.click(button('Go to Assignments!D4'));
  expect(button('Write audit sheet').disabled).toBe(true);
  expect(button('Validate again').disabled).toBe(true);
  goTo.open();
  expect(await screen.findByText('Selected Assignments!D4.')).toBeTruthy();
  expect(button('Write audit sheet').disabled).toBe(false);
});

test('Go to names the licence of the record: an account has a row per licence', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  await validated(workbook);
  const findings = screen.getByRole('region', { name: 'Findings' });
  await userEvent.click(within(findings).getByRole('button', { name: /User CAL vs Device CAL/ }));
  await userEvent.click(button('Go to Assignments!D4'));
  await waitFor(() => expect(workbook.goTos).toHaveLength(1));
  expect(workbook.goTos[0]).toMatchObject({
    key: 'fay@contoso.com',
    licence: { name: EX, column: 'A', read: { assumeCal: true } },
  });
});

test('a double click on Create register creates it once', async () => {
  const workbook = new FakeWorkbook([]);
  const write = gate();
  workbook.writeGate = write.promise;
  show({ workbook, hasRegister: () => Promise.resolve(false) });
  await userEvent.dblClick(await screen.findByRole('button', { name: 'Create register' }));
  expect(button('Create register').disabled).toBe(true);
  expect(button('Validate anyway').disabled).toBe(true);
  write.open();
  expect(await screen.findByText(/Register created/)).toBeTruthy();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(workbook.templates).toBe(1);
  expect(screen.queryByText('Create register failed')).toBeNull();
});
