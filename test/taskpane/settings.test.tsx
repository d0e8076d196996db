/**
 * @jest-environment jsdom
 */
/**
 * The settings form holds what the user typed, apart from what the workbook says: a
 * validation never copies its as-of date or threshold into the form, so the next one reads
 * the Settings sheet (and today's date) again, and Save writes only what was typed.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { day, TODAY } from '../core/helpers';
import { FakeWorkbook } from './fake-workbook';
import { clock, registerGrids, show } from './pane';

const staleField = () => screen.getByRole<HTMLInputElement>('spinbutton', { name: /Stale after/ });
const asOfField = () => screen.getByLabelText<HTMLInputElement>(/^As of/);

test('after a validation the As of field stays empty; the summary says the date used', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  expect(await screen.findByText(/As of 2026-11-27; stale after 90 days/)).toBeTruthy();
  expect(asOfField().value).toBe('');
  expect(staleField().value).toBe('');
});

test('Validate again reads the Settings sheet again: an edit made there since is used', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText(/As of 2026-11-27; stale after 90 days/);
  workbook.grids = registerGrids({ 'As-of date': '2026-06-30', 'Stale after days': 30 });
  await userEvent.click(screen.getByRole('button', { name: 'Validate again' }));
  expect(await screen.findByText(/As of 2026-06-30; stale after 30 days/)).toBeTruthy();
});

test('a pane left open overnight judges as of the new day', async () => {
  let today = TODAY;
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook, clock: { ...clock, today: () => today } });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText(/As of 2026-11-27;/);
  today = day('2026-11-28');
  await userEvent.click(screen.getByRole('button', { name: 'Validate again' }));
  expect(await screen.findByText(/As of 2026-11-28;/)).toBeTruthy();
});

test('a date typed in the form overrides the Settings sheet', async () => {
  const workbook = new FakeWorkbook(registerGrids({ 'As-of date': '2026-06-30' }));
  show({ workbook });
  await screen.findByRole('button', { name: 'Validate' });
  fireEvent.change(asOfField(), { target: { value: '2026-01-31' } });
  await userEvent.click(screen.getByRole('button', { name: 'Validate' }));
  expect(await screen.findByText(/As of 2026-01-31;/)).toBeTruthy();
});

test('Save after a validation writes only what was typed, never the as-of date used', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText(/As of 2026-11-27;/);
  await userEvent.type(screen.getByRole('spinbutton', { name: /Stale after/ }), '30');
  await userEvent.click(screen.getByRole('button', { name: 'Save to Settings sheet' }));
  await waitFor(() => expect(workbook.saved).toHaveLength(1));
  expect(workbook.saved[0]).toStrictEqual({ staleDays: 30 });
  // The sheet holds it now: the form empties, and says the shown result used another.
  expect(
    await screen.findByText('Settings saved to the Settings sheet. Validate again to apply them.'),
  ).toBeTruthy();
  expect(staleField().value).toBe('');
});

test('with nothing typed there is nothing to save', async () => {
  const workbook = new FakeWorkbook(registerGrids());
  show({ workbook });
  await userEvent.click(await screen.findByRole('button', { name: 'Validate' }));
  await screen.findByText(/As of 2026-11-27;/);
  expect(
    screen.getByRole<HTMLButtonElement>('button', { name: 'Save to Settings sheet' }).disabled,
  ).toBe(true);
});
