/**
 * =CAL.SHORTFALL() with no arguments reads the workbook's tables through the shared runtime:
 * read-only, loading before reading, two syncs whatever the size of the tables.
 */
import './custom-functions-global';
import { templateHeaders } from '../../src/core';
import { shortfall } from '../../src/functions/functions';
import { fakeExcel } from '../office/fake-context';

const EX = 'Exchange Server 2019 Standard User CAL';
const blank = (n: number) => Array.from({ length: n }, () => '');

const purchases = [
  templateHeaders('Purchases'),
  ['Exchange Server 2019 Standard', 1, ...blank(8)],
  [EX, 1, ...blank(8)],
];
const assignments = [
  templateHeaders('Assignments'),
  ...['dana', 'eve', 'fay'].map((name) => [
    EX,
    name,
    `${name}@contoso.com`,
    '',
    45717,
    ...blank(5),
  ]),
];

/** What Excel passes for each omitted optional argument. */
const OMITTED = null as unknown as undefined;

test('no arguments: the Assignments and Purchases tables of the workbook, in two syncs', async () => {
  const session = fakeExcel({ Assignments: assignments, Purchases: purchases });
  await expect(shortfall(OMITTED, OMITTED, OMITTED)).resolves.toBe(2);
  expect(session.syncs).toBe(2);
});

test('called from code with no arguments (undefined), the same', async () => {
  fakeExcel({ Assignments: assignments, Purchases: purchases });
  await expect(shortfall()).resolves.toBe(2);
});

test('no tables: #N/A that says how to pass the ranges', async () => {
  fakeExcel({ Assignments: assignments, Purchases: undefined });
  await expect(shortfall(OMITTED, OMITTED, OMITTED)).rejects.toMatchObject({
    code: '#N/A',
    message: expect.stringContaining('=CAL.SHORTFALL(Assignments[#All],Purchases[#All])'),
  });
});

test('a failure inside Excel becomes #N/A with a message, never an unhandled rejection', async () => {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: () => Promise.reject(new Error('ResponsePayloadSizeLimitExceeded')),
  };
  await expect(shortfall()).rejects.toMatchObject({
    code: '#N/A',
    message: expect.stringContaining('ResponsePayloadSizeLimitExceeded'),
  });
});
