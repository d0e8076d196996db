/**
 * The functions called as Excel on the web and Excel on Windows call them (the fake's
 * functions mode, excel-calc.ts): blank cells as null or 0, error cells as error objects
 * (the shipped metadata allows them), a table's totals row in Table[#All].
 */
import './custom-functions-global';
import { templateHeaders } from '../../src/core';
import * as CAL from '../../src/functions/functions';
import {
  calculate,
  cells,
  errorCell,
  literal,
  shippedMetadata,
  type FunctionsMode,
  type Metadata,
} from './excel-calc';

const EX = 'Exchange Server 2019 Standard User CAL';
const EXE = 'Exchange Server 2019 Enterprise User CAL';
const NOV = 46327; // 2026-11-01

/** A row in template order; a blank cell is undefined, as an empty cell of a sheet. */
function row(table: 'Assignments' | 'Purchases', values: Record<string, unknown>): unknown[] {
  return templateHeaders(table).map((h) => values[h]);
}

const purchases = [
  templateHeaders('Purchases'),
  row('Purchases', {
    Licence: 'Exchange Server 2019 Standard',
    Quantity: 1,
    'Purchase date': NOV,
    'Invoice number': 'I1',
  }),
  row('Purchases', { Licence: EX, Quantity: 2, 'Purchase date': NOV, 'Invoice number': 'I1' }),
  row('Purchases', { Licence: EXE, Quantity: 1, 'Purchase date': NOV, 'Invoice number': 'I2' }),
];

const user = (account: string, extra: Record<string, unknown> = {}) =>
  row('Assignments', {
    Licence: EX,
    'Assigned to': account.split('@')[0],
    Account: account,
    'Assigned on': NOV - 200,
    'Last activity': NOV,
    ...extra,
  });

const assignments = [
  templateHeaders('Assignments'),
  user('dana@contoso.com'),
  user('eve@contoso.com', { Status: 'Left' }),
  user('fay@contoso.com'),
];

let metadata: Metadata;
beforeAll(async () => {
  metadata = await shippedMetadata();
});

const MODES: FunctionsMode[] = ['web', 'desktop'];

describe.each(MODES)('Excel %s', (mode) => {
  const call = (
    id: string,
    fn: (...args: never[]) => unknown,
    ...args: Parameters<typeof calculate>[4]
  ) => calculate(metadata, mode, id, fn, args);

  test('blank cells (null on the web, 0 on Windows) are blank: FLAGS agrees in both', async () => {
    const asOf = cells([[undefined]]);
    const staleDays = cells([[undefined]]);
    // An empty Usage table: its one data row blank.
    const usage = cells([templateHeaders('Usage'), templateHeaders('Usage').map(() => undefined)]);
    const flags = await call('FLAGS', CAL.flags, cells(assignments), usage, staleDays, asOf);
    expect(flags).toEqual({ value: [['Flags'], [''], ['CAL-STALE'], ['']] });
  });

  test('POSITION takes asOf (TODAY() keeps it current); an empty asOf cell is today', async () => {
    const at = async (asOf: Parameters<typeof calculate>[4][number]) => {
      const result = await call(
        'POSITION',
        CAL.position,
        cells(assignments),
        cells(purchases),
        asOf,
      );
      if (!('value' in result)) throw new Error(JSON.stringify(result));
      const rows = result.value as unknown[][];
      return rows.find((r) => r[0] === EX)?.[5];
    };
    // Reclaimable: eve left; a year after the last activity dana and fay are stale too.
    expect(await at(literal(NOV + 30))).toBe(1);
    expect(await at(literal(NOV + 400))).toBe(3);
    expect(await at(cells([[undefined]]))).toBeDefined();
  });

  test('an empty Device cell is no device: a User CAL on a person is not misrecorded', async () => {
    const result = await call(
      'ISMISRECORDED',
      CAL.isMisrecorded,
      cells([['Licence'], [EX], [EX]]),
      cells([['Assigned to'], ['Dana'], ['Eve']]),
      cells([['Device'], [undefined], ['LT-0193']]),
    );
    expect(result).toEqual({ value: [['Misrecorded'], [false], [true]] });
  });

  test('one #N/A cell in Assignments[#All] is an invalid value of its row, not the whole answer', async () => {
    const broken = [...assignments, user('gus@contoso.com', { 'Assigned on': errorCell('#N/A') })];
    const flags = await call(
      'FLAGS',
      CAL.flags,
      cells(broken),
      undefined,
      literal(90),
      literal('2026-11-27'),
    );
    expect(flags).toEqual({ value: [['Flags'], [''], ['CAL-STALE'], [''], ['REG-INVALID']] });
    const position = await call('POSITION', CAL.position, cells(broken), cells(purchases));
    expect(position).toMatchObject({
      value: expect.arrayContaining([[EX, 2, 4, 2, 0, 1, 'shortfall']]),
    });
    const shortfall = await call('SHORTFALL', CAL.shortfall, cells(broken), cells(purchases));
    expect(shortfall).toEqual({ value: 2 });
  });

  test('an error in a Status cell is an error in its own place of ISSTALE', async () => {
    const result = await call(
      'ISSTALE',
      CAL.isStale,
      cells([['Active'], [errorCell('#REF!')]]),
      cells([[NOV], [NOV]]),
      literal(90),
      literal('2026-11-27'),
    );
    expect(result).toMatchObject({
      value: [[false], [{ code: '#VALUE!', message: 'status: #REF! cannot be read.' }]],
    });
  });

  test("Table[#All] with the table's totals row: the totals row is no assignment", async () => {
    const withTotals = [...assignments, row('Assignments', { Licence: 'Total', Account: 3 })];
    const flags = await call(
      'FLAGS',
      CAL.flags,
      cells(withTotals),
      undefined,
      literal(90),
      literal('2026-11-27'),
    );
    expect(flags).toEqual({ value: [['Flags'], [''], ['CAL-STALE'], [''], ['']] });
    const purchasesTotals = [...purchases, row('Purchases', { Licence: 'Total', Quantity: 4 })];
    expect(await call('OWNED', CAL.owned, cells(purchasesTotals), literal(EX))).toEqual({
      value: 2,
    });
  });
});

test('without allowErrorForDataTypeAny (the generator alone) Excel would not call FLAGS at all', async () => {
  const broken = [...assignments, user('gus@contoso.com', { 'Assigned on': errorCell('#N/A') })];
  const generated = { ...metadata, allowErrorForDataTypeAny: false };
  expect(await calculate(generated, 'web', 'FLAGS', CAL.flags, [cells(broken)])).toEqual({
    error: '#N/A',
  });
});
