/**
 * What every rule sees (AuditContext, built once per audit by buildContext): the settings in
 * force, why each assignment is stale, and the position, computed on first use only.
 */
import { buildContext, parseRegister } from '../../../src/core';
import type { EvidenceImport } from '../../../src/core/evidence';
import { purchase, register, run, SERVER_LICENCES, TODAY, userCal } from '../helpers';

const EXS = 'Exchange Server 2019 Standard User CAL';

/** Get-ADUser of the whole CONTOSO domain (it lists krbtgt), naming only dana and eve. */
const ad: EvidenceImport = {
  format: 'ad-users',
  label: 'Get-ADUser',
  source: 'ad.csv',
  capturedOn: TODAY - 1,
  wholeDomains: ['CONTOSO'],
  notes: [],
  rows: [
    { line: 2, identity: { sam: 'krbtgt', domain: 'CONTOSO' }, enabled: false },
    {
      line: 3,
      identity: { upn: 'dana@contoso.com' },
      enabled: true,
      licence: 'Windows Server User CAL',
    },
    { line: 4, identity: { upn: 'eve@contoso.com' }, enabled: false },
  ],
};

const grids = register({
  purchases: [...SERVER_LICENCES, purchase(EXS, 10)],
  assignments: [
    userCal(EXS, 'dana@contoso.com'), // row 2: active, in AD
    userCal(EXS, 'eve@contoso.com'), // row 3: disabled in AD
    userCal(EXS, 'fay@contoso.com'), // row 4: not in AD: deleted
    userCal(EXS, 'gus@contoso.com', { Status: 'Left' }), // row 5: the register says so
    userCal(EXS, 'hal@contoso.com', { Status: 'Absent' }), // row 6: away for now
    userCal(EXS, 'ida@fabrikam.com'), // row 7: another domain
  ],
  settings: { 'Stale after days': 60 },
});

test('why each assignment is stale, the register first, then the evidence', () => {
  // As the audit builds it: the imports' accounts added to the register's usage first.
  const { context } = run(grids, { evidence: [ad] });
  const rows = context.register.assignments.row;
  const reasons = Object.fromEntries(
    [...context.stale].map(([i, reason]) => [rows[i], { ...reason }]),
  );
  expect(reasons).toEqual({
    3: { why: 'disabled', source: 'Get-ADUser, ad.csv' },
    4: { why: 'missing', source: 'Get-ADUser, ad.csv', capturedOn: TODAY - 1 },
    5: { why: 'left' },
  });
});

test('the settings in force: the options over the Settings sheet, else the sheet', () => {
  const parsed = parseRegister(grids);
  expect(buildContext(parsed, { today: TODAY })).toMatchObject({ asOf: TODAY, staleDays: 60 });
  expect(buildContext(parsed, { today: TODAY, staleDays: 30, asOf: '2026-01-31' })).toMatchObject({
    staleDays: 30,
    asOf: TODAY - 300,
  });
});

test('the position is computed on first use, once, and counts stale holders as reclaimable', () => {
  const { context } = run(grids, { evidence: [ad] });
  const first = context.position;
  expect(context.position).toBe(first);
  const exchange = first.find((row) => row.licence === EXS);
  expect(exchange).toMatchObject({ owned: 10, required: 6, reclaimable: 3 });
});
