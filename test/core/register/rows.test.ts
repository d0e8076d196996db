import { parseRegister, templateHeaders } from '../../../src/core';
import { register, userCal } from '../helpers';

const USER = 'Exchange Server 2019 Standard User CAL';

/** The Assignments rows as a grid, with the header row written again after the first. */
function withHeaderAgain(again: unknown[]): number[] {
  const grids = register({
    assignments: [userCal(USER, 'alice@contoso.com'), userCal(USER, 'bob@contoso.com')],
  });
  const grid = grids[0];
  const rows = grid.rows as unknown[][];
  rows.splice(2, 0, again);
  const { assignments } = parseRegister(grids, {});
  return Array.from({ length: assignments.length }, (_, i) => assignments.row[i]);
}

describe('rows of the Assignments table', () => {
  const headers = templateHeaders('Assignments');

  it('the header row written again is no record, in any case and with spaces around', () => {
    expect(withHeaderAgain([...headers])).toEqual([2, 4]);
    expect(withHeaderAgain(headers.map((h) => ` ${h.toUpperCase()} `))).toEqual([2, 4]);
  });

  it('a row that only starts like the header is a record', () => {
    const again = [...headers];
    again[1] = `${headers[1]}s`;
    expect(withHeaderAgain(again)).toEqual([2, 3, 4]);
    const short = [...headers];
    short[0] = headers[0].slice(0, -1);
    expect(withHeaderAgain(short)).toEqual([2, 3, 4]);
  });
});
