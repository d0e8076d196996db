/**
 * Where a Go to leads: the key and licence columns of the table the finding is about, also
 * when one sheet holds more than one table of the register.
 */
import type { AuditResult, Finding } from '../../src/core';
import type { TableInfo } from '../../src/core/register/records';
import { goToTarget, tableOf } from '../../src/taskpane/go-to';

function info(
  role: TableInfo['role'],
  sheet: string,
  headerRow: number,
  letters: Record<string, string>,
): TableInfo {
  return { role, sheet, headerRow, letters, headers: {} };
}

/** A result whose register has these tables (all a Go to reads of it). */
function resultWith(...tables: TableInfo[]): AuditResult {
  return {
    register: { tables: Object.fromEntries(tables.map((t) => [t.role, t])) },
  } as unknown as AuditResult;
}

function finding(extra: Partial<Finding>): Finding {
  return { rule: 'REG-INVALID', severity: 'warning', message: 'm', ...extra };
}

const ASSIGNMENTS = info('Assignments', 'Assignments', 1, {
  licence: 'A',
  assignedTo: 'B',
  account: 'C',
  device: 'D',
  assignedOn: 'E',
});

test('an Assignments finding: the key columns, and the licence read as the engine reads it', () => {
  const target = goToTarget(
    resultWith(ASSIGNMENTS),
    finding({
      rule: 'CAL-STALE',
      sheet: 'Assignments',
      row: 7,
      column: 'E',
      key: 'dana@contoso.com',
      licence: 'Exchange Server 2019 Standard User CAL',
    }),
  );
  expect(target).toEqual({
    sheet: 'Assignments',
    row: 7,
    column: 'E',
    key: 'dana@contoso.com',
    keyColumns: ['C', 'D', 'B'],
    licence: {
      name: 'Exchange Server 2019 Standard User CAL',
      column: 'A',
      read: { assumeCal: true },
    },
  });
});

test('a licence written over Product, Version, Edition and CAL type columns names them all', () => {
  const parts = info('Assignments', 'CALs', 1, {
    account: 'A',
    product: 'B',
    version: 'C',
    edition: 'D',
    calType: 'E',
  });
  const target = goToTarget(
    resultWith(parts),
    finding({ rule: 'CAL-VERSION', sheet: 'CALs', row: 3, key: 'x@contoso.com', licence: 'L' }),
  );
  expect(target?.licence).toEqual({
    name: 'L',
    parts: ['B', 'C', 'D', 'E'],
    read: { assumeCal: true },
  });
});

test('no licence for a finding that names none, or names no record', () => {
  const result = resultWith(ASSIGNMENTS);
  expect(
    goToTarget(result, finding({ sheet: 'Assignments', row: 3, key: 'x@contoso.com' }))?.licence,
  ).toBeUndefined();
  expect(
    goToTarget(result, finding({ rule: 'CAL-STALE', sheet: 'Assignments', row: 3, licence: 'L' }))
      ?.licence,
  ).toBeUndefined();
  expect(goToTarget(result, finding({ rule: 'CAL-SHORTFALL', licence: 'L' }))).toBeUndefined();
});

test('two tables side by side on one sheet: the rule’s own table, not the first on the sheet', () => {
  const assignments = info('Assignments', 'Register', 1, {
    licence: 'A',
    assignedTo: 'B',
    account: 'C',
  });
  const usage = info('Usage', 'Register', 1, {
    account: 'H',
    licenceRequired: 'I',
    lastLogon: 'J',
  });
  const result = resultWith(assignments, usage);
  const target = goToTarget(
    result,
    finding({
      rule: 'CAL-UNASSIGNED-USE',
      sheet: 'Register',
      row: 4,
      column: 'H',
      key: 'gus@contoso.com',
      licence: 'Exchange Server Standard User CAL',
    }),
  );
  expect(target?.keyColumns).toEqual(['H']);
  expect(target?.licence).toMatchObject({ column: 'I', read: { versionOptional: true } });
  // REG-* judge any table: the one that has the finding's column.
  expect(tableOf(result, finding({ sheet: 'Register', row: 5, column: 'J' }))).toBe(usage);
  expect(tableOf(result, finding({ sheet: 'Register', row: 5, column: 'B' }))).toBe(assignments);
});

test('two tables stacked on one sheet: the one whose header is nearest above the row', () => {
  const usage = info('Usage', 'Data', 1, { account: 'A', licenceRequired: 'B' });
  const settings = info('Settings', 'Data', 20, { setting: 'A', value: 'B' });
  const result = resultWith(usage, settings);
  expect(tableOf(result, finding({ sheet: 'Data', row: 22, column: 'B' }))).toBe(settings);
  expect(tableOf(result, finding({ sheet: 'Data', row: 5, column: 'B' }))).toBe(usage);
  expect(
    goToTarget(result, finding({ sheet: 'Data', row: 22, column: 'B', key: 'k' }))?.keyColumns,
  ).toEqual([]);
});
