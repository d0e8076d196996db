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

describe('licences of rows far apart', () => {
  // The reader remembers every licence cell it has read: a cell seen rows before is answered
  // from memory, and must give what reading it again would.
  it('each row keeps its own licence, and an unreadable one is flagged on every row', () => {
    const WINDOWS = 'Windows Server 2022 User CAL';
    const BAD = 'Exchange Server Gold Edition';
    const licences = [USER, WINDOWS, BAD, USER, WINDOWS, BAD, ` ${USER}`];
    const { assignments } = parseRegister(
      register({
        assignments: licences.map((licence, i) => userCal(licence, `user${i}@contoso.com`)),
      }),
      {},
    );
    const names = Array.from({ length: assignments.length }, (_, i) => assignments.licenceText(i));
    expect(names).toEqual([USER, WINDOWS, BAD, USER, WINDOWS, BAD, USER]);
    expect(assignments.licence(2)).toBeUndefined();
    expect(assignments.licence(5)).toBeUndefined();
    expect([...assignments.issues.keys()]).toEqual([2, 5]);
  });
});

describe('rows of the Assignments table', () => {
  const headers = templateHeaders('Assignments');

  it('the header row written again is no record, in any case and with spaces around', () => {
    expect(withHeaderAgain([...headers])).toEqual([2, 4]);
    expect(withHeaderAgain(headers.map((h) => ` ${h.toUpperCase()} `))).toEqual([2, 4]);
    // Any space trim removes, at either end (no-break, tab, ideographic, byte order mark).
    for (const space of ['\u00a0', '\t', '\u3000', '\ufeff']) {
      expect(withHeaderAgain(headers.map((h) => `${space}${h}`))).toEqual([2, 4]);
      expect(withHeaderAgain(headers.map((h) => `${h}${space}`))).toEqual([2, 4]);
    }
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
