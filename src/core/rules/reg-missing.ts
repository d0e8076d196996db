/**
 * REG-MISSING: a required field is empty (user name, account, date of assignment, licence,
 * quantity), or a required column or table is missing altogether; the latter is one finding,
 * not one per row.
 */
import type { Assignment, Purchase, Register } from '../register';
import { templateHeaders, type TableName } from '../schema';
import type { Emit, RuleCheck } from './context';
import { missing } from './messages';
import { hasIssue, headerOf, place } from './where';

const WHY = {
  Assignments: 'each assignment must be documented',
  Purchases: 'each purchase line must say what was bought and how many',
  Servers: 'each server must say what it runs',
  Usage: 'evidence must name the account',
} as const;

function missingColumns(register: Register, emit: Emit): Set<string> {
  const absent = new Set<string>();
  const info = register.tables.Assignments;
  if (!info) return absent;
  const userCals = register.assignments.some((a) => a.licence?.kind !== 'Device');
  const required: [string, string, string][] = [
    ['assignedOn', 'Assigned on', 'no assignment shows when it was made'],
  ];
  if (userCals) {
    required.push(['assignedTo', 'Assigned to', 'no User CAL names the person who holds it']);
    required.push(['account', 'Account', 'User CALs cannot be matched to accounts']);
  }
  for (const [field, header, consequence] of required) {
    if (info.letters[field] !== undefined) continue;
    absent.add(field);
    emit({
      sheet: info.sheet,
      row: info.headerRow,
      ...missing.column('Assignments', header, consequence),
    });
  }
  return absent;
}

function assignmentGaps(a: Assignment, absent: Set<string>): string[] {
  const gaps: string[] = [];
  if (a.licenceText === '') gaps.push('licence');
  if (a.licence?.kind === 'Device') {
    if (a.device === '' && a.assignedTo === '') gaps.push('device');
  } else {
    if (a.assignedTo === '' && !absent.has('assignedTo') && !hasIssue(a.issues, 'assignedTo'))
      gaps.push('assignedTo');
    if (a.account === '' && !absent.has('account') && !hasIssue(a.issues, 'account'))
      gaps.push('account');
  }
  if (
    a.assignedOn === undefined &&
    !absent.has('assignedOn') &&
    !hasIssue(a.issues, 'assignedOn')
  ) {
    gaps.push('assignedOn');
  }
  return gaps;
}

/** A Purchases table without a Quantity column: one finding, not one per line. */
function quantityColumnMissing(register: Register, emit: Emit): boolean {
  const info = register.tables.Purchases;
  if (!info || info.letters.quantity !== undefined) return false;
  emit({
    sheet: info.sheet,
    row: info.headerRow,
    ...missing.column('Purchases', 'Quantity', 'no purchase line says how many CALs it grants'),
  });
  return true;
}

function purchaseGaps(p: Purchase, noQuantityColumn: boolean): string[] {
  const gaps: string[] = [];
  if (p.licenceText === '') gaps.push('licence');
  if (p.quantity === undefined && !noQuantityColumn && !hasIssue(p.issues, 'quantity'))
    gaps.push('quantity');
  return gaps;
}

function report(
  register: Register,
  emit: Emit,
  table: keyof typeof WHY,
  row: number,
  key: string,
  gaps: string[],
): void {
  if (gaps.length === 0) return;
  const headers = gaps.map((field) => headerOf(register, table, field));
  emit({
    ...place(register, table, row, gaps[0]),
    ...(key !== '' ? { key } : {}),
    ...missing.fields(headers, WHY[table]),
  });
}

export const regMissing: RuleCheck = ({ register }, emit) => {
  for (const table of ['Purchases', 'Assignments'] as TableName[]) {
    if (!register.tables[table]) emit(missing.table(table, templateHeaders(table)));
  }
  const absent = missingColumns(register, emit);
  const noQuantityColumn = quantityColumnMissing(register, emit);
  for (const p of register.purchases) {
    report(register, emit, 'Purchases', p.row, '', purchaseGaps(p, noQuantityColumn));
  }
  for (const a of register.assignments) {
    report(register, emit, 'Assignments', a.row, a.key, assignmentGaps(a, absent));
  }
  for (const s of register.servers) {
    const gaps = [
      ...(s.name === '' ? ['server'] : []),
      ...(s.productText === '' ? ['product'] : []),
    ];
    report(register, emit, 'Servers', s.row, s.name, gaps);
  }
  for (const u of register.usage) {
    if (u.account === '' && !hasIssue(u.issues, 'account'))
      report(register, emit, 'Usage', u.row, '', ['account']);
  }
};
