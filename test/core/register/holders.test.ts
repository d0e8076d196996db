import fc from 'fast-check';
import { parseRegister } from '../../../src/core';
import { looksLikeDevice } from '../../../src/core/register';
import { deviceCal, register, userCal } from '../helpers';

const USER = 'Exchange Server 2019 Standard User CAL';
const DEVICE = 'Exchange Server 2019 Standard Device CAL';

/** The holder id of each assignment row, in order. */
function holders(rows: Parameters<typeof register>[0]['assignments']): number[] {
  const { assignments } = parseRegister(register({ assignments: rows }), {});
  return Array.from({ length: assignments.length }, (_, i) => assignments.holder[i]);
}

// Names of plain ASCII are hashed in one pass as they are checked (scanName); the others the
// long way. Either way, the same name in any case is one holder, and holderNamed finds it.
describe('who holds each row', () => {
  it('one holder for an account in any case, plain ASCII or not', () => {
    expect(
      holders([
        userCal(USER, 'Alice@Contoso.com'),
        userCal(USER, 'alice@contoso.com'),
        userCal(USER, ' ALICE@CONTOSO.COM '),
        userCal(USER, 'José@contoso.com'),
        userCal(USER, 'JOSÉ@CONTOSO.COM'),
        userCal(USER, 'bob'),
        userCal(USER, 'CONTOSO\\Bob'),
        userCal(USER, 'contoso\\bob'),
      ]),
    ).toEqual([0, 0, 0, 1, 1, 2, 3, 3]);
  });

  it('a device and an account of the same name are two holders', () => {
    expect(
      holders([
        deviceCal(DEVICE, 'PC-0042'),
        deviceCal(DEVICE, 'pc-0042'),
        userCal(USER, 'pc-0042'),
        deviceCal(DEVICE, 'Kiosk Ü1'),
        deviceCal(DEVICE, 'kiosk ü1'),
      ]),
    ).toEqual([0, 0, 1, 2, 2]);
  });

  it('holderNamed finds a holder by its lower-case name, whichever way it was hashed', () => {
    const { assignments } = parseRegister(
      register({
        assignments: [
          userCal(USER, 'Alice@Contoso.com'),
          userCal(USER, 'JOSÉ@contoso.com'),
          deviceCal(DEVICE, 'PC-0042'),
          { Licence: USER, 'Assigned to': 'Carol Smith' },
        ],
      }),
      {},
    );
    expect(assignments.holderNamed('alice@contoso.com', false)).toBe(0);
    expect(assignments.holderNamed('josé@contoso.com', false)).toBe(1);
    expect(assignments.holderNamed('pc-0042', true)).toBe(2);
    expect(assignments.holderNamed('pc-0042', false)).toBe(-1);
    expect(assignments.holderNamed('carol smith', false)).toBe(3);
  });
});

// The parser keeps bits of what it learnt of each row's names, so that rules asked of every row
// need not read them again (assignment-table.ts): they must answer what reading the names does.
describe("what the table knows of a row's names without reading them", () => {
  const name = fc.constantFrom(
    '',
    ' ',
    'Alice Smith',
    ' Alice  Smith ',
    'alice@contoso.com',
    'CONTOSO\\alice',
    'José@contoso.com',
    'PC-0042',
    'pc-0042$',
    'CONTOSO\\LT-0193',
    'desktop-7h2k9qd',
    'DESKTOP 7',
    'a@PC-0042',
    '#N/A',
    'kiosk01',
  );
  const licence = fc.constantFrom(
    USER,
    DEVICE,
    'Windows Server 2022 User CAL',
    '',
    'not a licence',
  );
  const row = fc.record({
    Licence: licence,
    'Assigned to': name,
    Account: name,
    Device: name,
  });

  it('empty or not, and which names are no device, for any names, read in full or for the position', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, brief) => {
        const { assignments: t } = parseRegister(register({ assignments: rows }), {
          positionOnly: brief,
        });
        for (let i = 0; i < t.length; i += 1) {
          expect(t.hasAssignedTo(i)).toBe(t.assignedTo(i) !== '');
          expect(t.hasAccount(i)).toBe(t.account(i) !== '');
          expect(t.hasDevice(i)).toBe(t.device(i) !== '');
          if (t.accountNamesNoDevice(i)) expect(looksLikeDevice(t.account(i))).toBe(false);
          if (t.assignedToNamesNoDevice(i)) expect(looksLikeDevice(t.assignedTo(i))).toBe(false);
          // Read in full, the bits tell every row (no name is read again for them).
          if (!brief) {
            expect(t.accountNamesNoDevice(i)).toBe(
              t.account(i) === '' || t.account(i).includes('@'),
            );
            expect(t.assignedToNamesNoDevice(i)).toBe(!looksLikeDevice(t.assignedTo(i)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
