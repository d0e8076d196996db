/**
 * @jest-environment jsdom
 */
/** The task pane as a user meets it, queried by role and name (Testing Library). */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook } from './fake-workbook';
import { registerGrids, show } from './pane';

test('outside Excel it says where it runs', async () => {
  show({ inExcel: false });
  expect(await screen.findByText('CAL Register runs inside Excel')).toBeTruthy();
});

test('no register: Create register writes the template, then it is ready to validate', async () => {
  const workbook = new FakeWorkbook([]);
  show({ workbook, hasRegister: () => Promise.resolve(false) });
  await userEvent.click(await screen.findByRole('button', { name: 'Create register' }));
  expect(workbook.templates).toBe(1);
  expect(await screen.findByText(/Register created/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Validate' })).toBeTruthy();
});

test("Create register offers Office's display language first, and writes the one chosen", async () => {
  const workbook = new FakeWorkbook([]);
  show({ workbook, hasRegister: () => Promise.resolve(false), displayLanguage: 'de-AT' });
  const language = await screen.findByRole('combobox', { name: /Language of the register/ });
  expect((language as HTMLSelectElement).value).toBe('de');
  await userEvent.click(screen.getByRole('button', { name: 'Create register' }));
  expect(workbook.templateLanguages).toEqual(['de']);
});

test('a display language the register format does not have offers English', async () => {
  const workbook = new FakeWorkbook([]);
  show({ workbook, hasRegister: () => Promise.resolve(false), displayLanguage: 'sv-SE' });
  const language = await screen.findByRole('combobox', { name: /Language of the register/ });
  expect((language as HTMLSelectElement).value).toBe('en');
  await userEvent.selectOptions(language, 'pl');
  await userEvent.click(screen.getByRole('button', { name: 'Create register' }));
  expect(workbook.templateLanguages).toEqual(['pl']);
});

test('validate: the summary, the position and the findings, filterable by severity', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  expect(await screen.findByText('Not compliant: 2 CALs short.')).toBeTruthy();
  const position = screen.getByRole('table', { name: 'Licence position' });
  expect(
    within(position).getByRole('row', { name: /Exchange Server 2019 Standard User CAL 1 3 2/ }),
  ).toBeTruthy();
  const findings = screen.getByRole('region', { name: 'Findings' });
  expect(within(findings).getByRole('button', { name: /Stale assignment/ })).toBeTruthy();
  await userEvent.click(within(findings).getByRole('button', { name: /^Errors/ }));
  expect(
    within(findings)
      .getByRole('button', { name: /^Errors/ })
      .getAttribute('aria-pressed'),
  ).toBe('true');
  expect(within(findings).queryByRole('button', { name: /Stale assignment/ })).toBeNull();
  expect(
    within(findings).getByRole('button', { name: /Fewer CALs owned than required/ }),
  ).toBeTruthy();
});

test('Go to selects the cell of a finding, with the key to find it again', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await userEvent.click(await screen.findByRole('button', { name: /User CAL vs Device CAL/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Go to Assignments!D4' }));
  await waitFor(() => expect(workbook.goTos).toHaveLength(1));
  expect(workbook.goTos[0]).toMatchObject({
    sheet: 'Assignments',
    row: 4,
    column: 'D',
    key: 'fay@contoso.com',
    keyColumns: ['C', 'D', 'B'],
  });
  expect(await screen.findByText('Selected Assignments!D4.')).toBeTruthy();
});

test('Write audit sheet builds the report and says where it went', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Write audit sheet' }));
  expect(await screen.findByText('Audit written to the sheet “CAL Audit”.')).toBeTruthy();
  expect(workbook.reports[0].verdict).toBe('Not compliant: 2 CALs short.');
});

test('a failed audit keeps the results and says what happened and what to do', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  workbook.failAudit = Object.assign(new Error('locked'), { code: 'AccessDenied' });
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Write audit sheet' }));
  expect(await screen.findByText(/read-only or protected/)).toBeTruthy();
  expect(screen.getByText('Not compliant: 2 CALs short.')).toBeTruthy();
});

test('validating shows progress, and Cancel returns to ready without changing anything', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  workbook.gate = new Promise(() => undefined);
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  expect(await screen.findByRole('progressbar')).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText('Validation cancelled. Nothing was changed.')).toBeTruthy();
});

test('a read that fails shows an error with what to do, and Try again', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  workbook.failRead = Object.assign(new Error('busy'), { code: 'GeneralException' });
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  expect(await screen.findByText('The register could not be read')).toBeTruthy();
  expect(
    screen.getByText(
      /Excel reported an internal error while reading the register. Save the workbook/,
    ),
  ).toBeTruthy();
  workbook.failRead = undefined;
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('Not compliant: 2 CALs short.')).toBeTruthy();
});

test('settings: the stale threshold is used and saved to the Settings sheet on request', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  const days = await screen.findByRole('spinbutton', { name: /Stale after/ });
  await userEvent.type(days, '30');
  await userEvent.click(screen.getByRole('button', { name: 'Save to Settings sheet' }));
  await waitFor(() => expect(workbook.saved).toEqual([{ staleDays: 30 }]));
});

test('works from the keyboard: Tab to Validate, Enter', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  const validate = await screen.findByRole('button', { name: 'Validate' });
  const user = userEvent.setup();
  while (document.activeElement !== validate) await user.tab();
  await user.keyboard('{Enter}');
  expect(await screen.findByText('Not compliant: 2 CALs short.')).toBeTruthy();
});

test('every button and field has an accessible name', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText('Not compliant: 2 CALs short.');
  const buttons = screen.getAllByRole('button');
  expect(buttons.length).toBeGreaterThanOrEqual(10);
  for (const button of buttons) {
    expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
  }
  const inputs = [...document.querySelectorAll('input')];
  expect(inputs).toHaveLength(4); // as of, stale after, and the two export file pickers
  for (const input of inputs)
    expect(input.labels?.length === 1 || input.getAttribute('aria-label') !== null).toBe(true);
});
