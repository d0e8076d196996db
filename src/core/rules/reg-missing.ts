/**
 * REG-MISSING: a required field is empty (user name, account, date of assignment, licence,
 * quantity), or a required table or column is missing altogether; a missing column is one
 * finding on the header row, not one per row.
 */
import type { Register } from '../register';
import { templateHeaders, type TableName } from '../schema';
import type { Emit, RuleCheck } from './context';
import { missing } from './messages';
import { draft, hasIssue, headerOf } from './where';

const WHY = {
  Assignments: 'each assignment must be documented',
  Purchases: 'each purchase line must say what was bought and how many',
  Servers: 'each server must say what it runs',
  Usage: 'evidence must name the account',
} as const;

type Column = readonly [field: string, header: string, consequence: string];

/** Reports required columns a table lacks; returns the fields of those columns. */
function missingColumns(
  register: Register,
  table: 'Assignments' | 'Purchases',
  emit: Emit,
): Set<string> {
  const absent = new Set<string>();
  const info = register.tables[table];
  if (!info) return absent;
  const required: Column[] = [];
  if (info.letters.licence === undefined && info.letters.product === undefined) {
    required.push([
      'licence',
      'Licence',
      `no ${table === 'Purchases' ? 'purchase line' : 'assignment'} says which licence it is`,
    ]);
  }
  if (table === 'Purchases') {
    required.push(['quantity', 'Quantity', 'no purchase line says how many CALs it grants']);
  } else {
    required.push(['assignedOn', 'Assigned on', 'no assignment shows when it was made']);
    const t = register.assignments;
    let userCals = false;
    for (let i = 0; i < t.length && !userCals; i += 1) userCals = t.licence(i)?.kind !== 'Device';
    if (userCals) {
      required.push(['assignedTo', 'Assigned to', 'no User CAL names the person who holds it']);
      required.push(['account', 'Account', 'User CALs cannot be matched to accounts']);
    }
  }
  for (const [field, header, consequence] of required) {
    if (
      info.letters[field] !== undefined ||
      (field === 'licence' && info.letters.product !== undefined)
    )
      continue;
    absent.add(field);
    emit({ sheet: info.sheet, row: info.headerRow, ...missing.column(table, header, consequence) });
  }
  return absent;
}

function report(
  register: Register,
  emit: Emit,
  table: keyof typeof WHY,
  row: number,
  key: string,
  gaps: string[],
): void {
  const headers = gaps.map((field) => headerOf(register, table, field));
  emit(draft(register, table, row, gaps[0], key, undefined, missing.fields(headers, WHY[table])));
}

function checkAssignments(register: Register, emit: Emit): void {
  const absent = missingColumns(register, 'Assignments', emit);
  const t = register.assignments;
  const need = (i: number, field: string) =>
    !absent.has(field) && !hasIssue(t.issues.get(i), field);
  for (let i = 0; i < t.length; i += 1) {
    let gaps: string[] | undefined;
    const add = (field: string) => (gaps ??= []).push(field);
    if (t.licenceText(i) === '' && !absent.has('licence')) add('licence');
    if (t.licence(i)?.kind === 'Device') {
      if (t.device(i) === '' && t.assignedTo(i) === '' && t.account(i) === '') add('device');
    } else {
      if (t.assignedTo(i) === '' && need(i, 'assignedTo')) add('assignedTo');
      if (t.account(i) === '' && need(i, 'account')) add('account');
    }
    if (t.assignedOn(i) === undefined && need(i, 'assignedOn')) add('assignedOn');
    if (gaps) report(register, emit, 'Assignments', t.row[i], t.key(i), gaps);
  }
}

export const regMissing: RuleCheck = ({ register }, emit) => {
  for (const table of ['Purchases', 'Assignments'] as TableName[]) {
    if (!register.tables[table]) emit(missing.table(table, templateHeaders(table)));
  }
  const absent = missingColumns(register, 'Purchases', emit);
  for (const p of register.purchases) {
    const gaps: string[] = [];
    if (p.licenceText === '' && !absent.has('licence')) gaps.push('licence');
    if (p.quantity === undefined && !absent.has('quantity') && !hasIssue(p.issues, 'quantity'))
      gaps.push('quantity');
    if (gaps.length > 0) report(register, emit, 'Purchases', p.row, '', gaps);
  }
  checkAssignments(register, emit);
  for (const s of register.servers) {
    const gaps = [
      ...(s.name === '' ? ['server'] : []),
      ...(s.productText === '' ? ['product'] : []),
    ];
    if (gaps.length > 0) report(register, emit, 'Servers', s.row, s.name, gaps);
  }
  for (const u of register.usage) {
    if (u.account === '' && !hasIssue(u.issues, 'account'))
      report(register, emit, 'Usage', u.row, '', ['account']);
  }
};
