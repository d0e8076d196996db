/**
 * Text dates in the CAL.* functions. The functions read no Settings table, so a register's
 * "Date order" never reaches them: a date cell (a serial) is always a date, ISO text and
 * month names are read, day and month as numbers between dots are day first, and between
 * slashes or dashes they are refused as ambiguous (an invalid value of the row), as the
 * engine reads them with no order given.
 */
import { CustomFunctionError } from './custom-functions-global';
import { templateHeaders } from '../../src/core';
import * as CAL from '../../src/functions/functions';

const EX = 'Exchange Server 2019 Standard User CAL';
const AS_OF = '2026-11-27';

function assignment(account: string, assignedOn: unknown, lastActivity: unknown): unknown[] {
  const values: Record<string, unknown> = {
    Licence: EX,
    'Assigned to': account.split('@')[0],
    Account: account,
    'Assigned on': assignedOn,
    'Last activity': lastActivity,
  };
  return templateHeaders('Assignments').map((h) => values[h] ?? '');
}

test('CAL.FLAGS: slash dates are refused as ambiguous, dotted and named dates read', async () => {
  const flags = await CAL.flags(
    [
      templateHeaders('Assignments'),
      assignment('dana@contoso.com', '01/03/2025', '20/11/2026'),
      assignment('eve@contoso.com', '01.03.2025', '20.11.2026'),
      assignment('fay@contoso.com', '1 March 2025', '20 novembre 2026'),
      assignment('gus@contoso.com', '2025-03-01', '2026-11-20'),
    ],
    undefined,
    90,
    AS_OF,
  );
  expect(flags.map((r) => r[0])).toEqual(['Flags', 'REG-INVALID', '', '', '']);
});

test('CAL.ISSTALE: a slash date is #VALUE!; a dotted one is day first', async () => {
  const result = await CAL.isStale(
    [['Active'], ['Active'], ['Active']],
    [['01/09/2026'], ['01.09.2026'], ['09/01/2026']],
    90,
    AS_OF,
  );
  expect(result[0][0]).toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('01/09/2026'),
  });
  // It is a date, in an order the function cannot tell: the hover says so, and what to enter.
  const { message } = result[0][0] as CustomFunctionError;
  expect(message).not.toMatch(/is not a date/);
  expect(message).toMatch(/day and the month as numbers.*Excel date or ISO text/);
  // 1 September 2026 is 87 days before the as-of date: not stale.
  expect(result[1]).toEqual([false]);
  expect(result[2][0]).toBeInstanceOf(CustomFunctionError);
});

test('asOf as text: ISO is read, a slash date is #VALUE!', async () => {
  const table = [templateHeaders('Assignments'), assignment('dana@contoso.com', '2025-03-01', '')];
  await expect(CAL.flags(table, undefined, 90, '2026-11-27')).resolves.toEqual([['Flags'], ['']]);
  await expect(CAL.flags(table, undefined, 90, '27/11/2026')).rejects.toMatchObject({
    code: '#VALUE!',
    message: expect.stringContaining('asOf'),
  });
});
