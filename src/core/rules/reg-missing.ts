/**
 * REG-MISSING: a required field is empty (user name, account, date of assignment, licence,
 * quantity), or a required table or column is missing altogether; a missing column is one
 * finding on the header row, not one per row.
 */
import { type Register, SHEET_NAMES, templateHeaders, type TableName } from '../register';
import { defineRule, type Report, type Said } from './define';
import { article, list } from './text';
import { hasIssue, headerOf } from './where';

const messages = {
  table: (table: string, headers: readonly string[]): Said => ({
    message: `No ${table} table found: expected an Excel table or a sheet named "${table}" with a header row (${headers.join(', ')}).`,
    fix: `Add a ${table} sheet, or run "cal-register template" to see the layout.`,
  }),
  unreadSheet: (
    sheet: string,
    table: string,
    written: readonly string[],
    expected: readonly string[],
  ): Said => ({
    message: `The sheet "${sheet}" was not read as the ${table} table: its header row${written.length > 0 ? ` (${written.join(', ')})` : ''} is not one CAL Register recognises.`,
    fix: `Correct the headers: ${expected.join(', ')} (or run "cal-register template" to see the layout).`,
  }),
  column: (table: string, header: string, consequence: string): Said => ({
    message: `The ${table} table has no "${header}" column, so ${consequence}.`,
    fix: `Add ${article(header)} "${header}" column to the ${table} table.`,
  }),
  fields: (headers: readonly string[], why: string): Said => ({
    message: `${list(headers)} ${headers.length === 1 ? 'is' : 'are'} empty.`,
    fix: `Fill in ${list(headers)}: ${why}.`,
  }),
};

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
  report: Report,
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
    report({ table, row: info.headerRow, ...messages.column(table, header, consequence) });
  }
  return absent;
}

function gaps(
  register: Register,
  report: Report,
  table: keyof typeof WHY,
  row: number,
  key: string,
  fields: string[],
): void {
  report({
    table,
    row,
    field: fields[0],
    key,
    say: () =>
      messages.fields(
        fields.map((field) => headerOf(register, table, field)),
        WHY[table],
      ),
  });
}

function checkAssignments(register: Register, report: Report): void {
  const absent = missingColumns(register, 'Assignments', report);
  const t = register.assignments;
  // Asked of every row: the columns the table has, looked up once.
  const hasLicence = !absent.has('licence');
  const hasAssignedToColumn = !absent.has('assignedTo');
  const hasAccountColumn = !absent.has('account');
  const hasAssignedOn = !absent.has('assignedOn');
  // A field that could not be read is REG-INVALID's, not empty.
  const readable = (i: number, field: string) => !hasIssue(t.issues.get(i), field);
  for (let i = 0; i < t.length; i += 1) {
    let empty: string[] | undefined;
    const licence = t.licence(i);
    if (licence === undefined && hasLicence && t.licenceText(i) === '') empty = ['licence'];
    if (licence?.kind === 'Device') {
      if (!t.hasDevice(i) && !t.hasAssignedTo(i) && !t.hasAccount(i)) (empty ??= []).push('device');
    } else {
      // Whether a name is empty is mostly told without reading it (the parser's bits).
      if (hasAssignedToColumn && !t.hasAssignedTo(i) && readable(i, 'assignedTo'))
        (empty ??= []).push('assignedTo');
      if (hasAccountColumn && !t.hasAccount(i) && readable(i, 'account'))
        (empty ??= []).push('account');
    }
    if (hasAssignedOn && t.assignedOn(i) === undefined && readable(i, 'assignedOn'))
      (empty ??= []).push('assignedOn');
    if (empty) gaps(register, report, 'Assignments', t.row[i], t.key(i), empty);
  }
}

export const regMissing = defineRule({
  id: 'REG-MISSING',
  severity: 'warning',
  title: 'Required field empty',
  flags:
    "a required field (licence, user, account, date of assignment, quantity, a server's version), column or table is empty or missing; a sheet named like a table whose headers are not recognised",
  why: 'Each assignment must be documented.',
  scope: 'row',
  messages,
  check({ register }, report) {
    const unread = register.unreadSheets ?? [];
    for (const table of ['Purchases', 'Assignments'] as TableName[]) {
      if (!register.tables[table] && !unread.some((u) => u.role === table))
        report(messages.table(table, templateHeaders(table)));
    }
    for (const u of unread) {
      const name = SHEET_NAMES[u.role] ?? u.role;
      report(messages.unreadSheet(u.sheet, name, u.headers, templateHeaders(u.role)));
    }
    const absent = missingColumns(register, 'Purchases', report);
    for (const p of register.purchases) {
      const empty: string[] = [];
      if (p.licenceText === '' && !absent.has('licence')) empty.push('licence');
      if (p.quantity === undefined && !absent.has('quantity') && !hasIssue(p.issues, 'quantity'))
        empty.push('quantity');
      if (empty.length > 0) gaps(register, report, 'Purchases', p.row, '', empty);
    }
    checkAssignments(register, report);
    // The product alone does not say which CALs a server needs, nor whether it is a
    // Subscription Edition: the version is needed, in its own column or in the product's.
    const versionless = register.servers.filter((s) => s.licence?.version === '');
    const servers = register.tables.Servers;
    const noVersionColumn = servers !== undefined && servers.letters.version === undefined;
    if (noVersionColumn && versionless.length > 0)
      report({
        table: 'Servers',
        row: servers.headerRow,
        ...messages.column('Servers', 'Version', 'no server says which version it runs'),
      });
    for (const s of register.servers) {
      const empty = [
        ...(s.name === '' ? ['server'] : []),
        ...(s.productText === '' ? ['product'] : []),
        ...(s.licence?.version === '' && !noVersionColumn ? ['version'] : []),
      ];
      if (empty.length > 0) gaps(register, report, 'Servers', s.row, s.name, empty);
    }
    for (const u of register.usage) {
      if (u.account === '' && !hasIssue(u.issues, 'account'))
        gaps(register, report, 'Usage', u.row, '', ['account']);
    }
  },
});
