/**
 * REG-INVALID: a value that cannot be read (a date, a quantity, a licence name, an
 * account, a status, an Excel error value). One finding per unreadable cell, quoting it;
 * purchase lines of other software (no Microsoft product, no CAL) are one finding in all.
 */
import type { CellProblem, FieldIssue, Register, TableName } from '../register';
import { PRODUCTS, productNames, versionNames, type LicenceProblem } from '../licensing';
import { defineRule, type Report, type Said } from './define';
import { list } from './text';
import { aboutUsage, evidenceLine, headerOf } from './where';

/** Every product the catalogue knows, as a message lists them. */
const KNOWN_PRODUCTS = productNames().join(', ');

const CELL_PROBLEMS: Record<CellProblem['code'], (header: string, value: string) => string> = {
  'error-value': (h, v) => `${h} holds the error ${v}.`,
  'not-a-date': (h, v) => `${h} ${v} is not a date.`,
  'ambiguous-date': (h, v) =>
    `${h} ${v} gives the day and the month as numbers, and the register does not say which comes first.`,
  'phantom-date': (h) =>
    `${h} is serial 60, the 29 February 1900 that Excel invents; it is not a real date.`,
  'date-out-of-range': (h, v) => `${h} ${v} is outside the dates Excel can hold.`,
  'not-a-number': (h, v) => `${h} ${v} is not a number.`,
  'not-whole': (h, v) => `${h} ${v} is not a whole number.`,
  negative: (h, v) => `${h} ${v} is negative.`,
  'too-large': (h, v) => `${h} ${v} is too large to be a count.`,
  'not-positive': (h, v) => `${h} ${v} must be 1 or more.`,
  unreadable: (h, v) => `${h} holds ${v}, which cannot be read.`,
};

const CELL_FIXES: Partial<Record<CellProblem['code'], string>> = {
  'error-value': 'Correct the formula or type the value.',
  'not-a-date': 'Enter an Excel date or ISO text such as 2025-03-01 (01/03/2025 is ambiguous).',
  'ambiguous-date':
    'Add "Date order" to the Settings sheet (Day first for 27/11/2026, Month first for 11/27/2026), or enter an Excel date or ISO text such as 2025-03-01.',
  'phantom-date': 'Enter the real date.',
  'date-out-of-range': 'Enter a date between 1900 and 9999.',
  'not-a-number': 'Enter a whole number.',
  'not-whole': 'Enter a whole number.',
  negative: 'Enter a number of 0 or more; record a refund as a note.',
  'not-positive': 'Enter a whole number of 1 or more.',
};

function licenceProblem(problem: LicenceProblem): Said {
  const text = `"${problem.text}"`;
  switch (problem.problem) {
    case 'unknown-product':
      return {
        message: `Licence ${text} does not name a product CAL Register knows (${KNOWN_PRODUCTS}).`,
        fix: 'Write the licence as it appears on the invoice, e.g. "Exchange Server 2019 Standard User CAL".',
      };
    case 'unknown-version': {
      const product = problem.product ? PRODUCTS[problem.product] : undefined;
      return {
        message: `Licence ${text} names a version ${product ? `${product.name} does not have (known: ${versionNames(product.id).join(', ')})` : 'that does not exist'}.`,
        fix: 'Correct the version.',
      };
    }
    case 'no-version':
      return {
        message: `Licence ${text} does not say which version it is.`,
        fix: 'Add the version, e.g. 2019.',
      };
    case 'no-kind':
      return {
        message: `Licence ${text} does not say whether it is a User CAL or a Device CAL.`,
        fix: 'Add "User CAL" or "Device CAL" as on the invoice.',
      };
    case 'both-kinds':
      return {
        message: `Licence ${text} says both User and Device.`,
        fix: 'Keep the one on the invoice.',
      };
    case 'bad-pack':
      return { message: `Licence ${text} has a pack of 0 CALs.`, fix: 'Correct the pack size.' };
    case 'server-licence':
      return {
        message: `Licence ${text} is a server licence, not a CAL: an assignment is of a User CAL or a Device CAL.`,
        fix: 'Write the CAL assigned, e.g. "Exchange Server 2019 Standard User CAL"; record server licences under Purchases or Servers.',
      };
  }
}

const messages = {
  /** The message for a field that could not be read; `header` is the column as written. */
  invalid: (header: string, issue: FieldIssue): Said => {
    const problem = issue.problem;
    if ('code' in problem) {
      const fix = CELL_FIXES[problem.code];
      return {
        message: CELL_PROBLEMS[problem.code](header, problem.value),
        ...(fix ? { fix } : {}),
      };
    }
    if (problem.problem === 'bad-account') {
      return {
        message: `${header} "${problem.text}" is not a UPN, an e-mail address or DOMAIN\\name.`,
        fix: 'Enter the sign-in name, e.g. dana.scott@contoso.com.',
      };
    }
    if (problem.problem === 'contradicts') {
      return {
        message: `${header} says ${problem.says} but the licence "${problem.text}" says ${problem.nameSays}: it is read as ${problem.nameSays}, as the licence says.`,
        fix: `Correct the ${header} column or the licence, so the two agree.`,
      };
    }
    if (problem.problem === 'not-yes-no') {
      return {
        message: `${header} "${problem.text}" is neither Yes nor No.`,
        fix: 'Write Yes or No.',
      };
    }
    if (problem.problem === 'bad-licence-type') {
      return {
        message: `${header} "${problem.text}" does not say whether the line is the licence only, with Software Assurance, or a subscription.`,
        fix: 'Write Licence only, Licence + SA, or Subscription.',
      };
    }
    if (problem.problem === 'licence-type-conflict') {
      return {
        message: `${header} "${problem.text}" says the licence only, but the line has an SA end date: it is read as having no Software Assurance.`,
        fix: 'Write Licence + SA (or Subscription) if the line has Software Assurance, or clear the SA end date.',
      };
    }
    if (problem.problem === 'bad-date-order') {
      return {
        message: `${header} "${problem.text}" does not say whether dates give the day or the month first.`,
        fix: 'Write Day first (27/11/2026), Month first (11/27/2026), or a pattern such as DD.MM.YYYY or MM/DD/YYYY.',
      };
    }
    if (problem.problem === 'bad-status') {
      return {
        message: `${header} "${problem.text}" is not one of Active, Left, Disabled or Absent.`,
        fix: 'Use Active (or leave it empty), Left, Disabled, or Absent for a temporary absence.',
      };
    }
    return licenceProblem(problem);
  },
  foreignLines: (count: number, examples: readonly string[], rows: readonly number[]): Said => ({
    message: `${count} purchase line${count === 1 ? ' names' : 's name'} no Microsoft server product or CAL (${examples.map((e) => `"${e}"`).join(', ')}${count > examples.length ? ', ...' : ''}): left out of the licence position (row${rows.length === 1 ? '' : 's'} ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', ...' : ''}).`,
    fix: 'Keep other software in another list; if one of them is a CAL, write its name as on the invoice.',
  }),
  ambiguousAccount: (account: string, source: string, candidates: readonly string[]): Said => ({
    message: `${account} (${source}) fits ${candidates.length} records of the register (${list(candidates.slice(0, 4))}${candidates.length > 4 ? ', ...' : ''}): it is not counted for any of them.`,
    fix: "Write each person's UPN in the Account column, so the evidence names one record.",
  }),
};

interface WithIssues {
  readonly row: number;
  readonly issues?: readonly FieldIssue[];
}

function reportAll<R extends WithIssues>(
  register: Register,
  report: Report,
  table: TableName,
  records: readonly R[],
  keyOf: (record: R) => string,
): void {
  for (const record of records) {
    if (!record.issues) continue;
    const key = keyOf(record);
    for (const issue of record.issues) {
      report({
        table,
        row: record.row,
        field: issue.field,
        key,
        say: () => messages.invalid(headerOf(register, table, issue.field), issue),
      });
    }
  }
}

export const regInvalid = defineRule({
  id: 'REG-INVALID',
  severity: 'warning',
  title: 'Value cannot be read',
  flags:
    'a value that cannot be read: a date, a quantity, a licence name, an account, a status, an Excel error; purchase lines of other software (no Microsoft product, no CAL), once for all',
  why: 'A value that cannot be read cannot be counted.',
  scope: 'row',
  messages,
  check({ register, evidence }, report) {
    reportAll(register, report, 'Purchases', register.purchases, () => '');
    const foreign = register.purchases.filter((p) => p.foreign);
    if (foreign.length > 0) {
      const examples = [...new Set(foreign.map((p) => p.licenceText))].slice(0, 3);
      report({
        table: 'Purchases',
        row: foreign[0].row,
        field: 'licence',
        ...messages.foreignLines(
          foreign.length,
          examples,
          foreign.map((p) => p.row),
        ),
      });
    }
    const t = register.assignments;
    for (const [i, issues] of t.issues) {
      for (const issue of issues) {
        report({
          table: 'Assignments',
          row: t.row[i],
          field: issue.field,
          key: t.key(i),
          say: () => messages.invalid(headerOf(register, 'Assignments', issue.field), issue),
        });
      }
    }
    reportAll(register, report, 'Servers', register.servers, (s) => s.name);
    reportAll(register, report, 'Usage', register.usage, (u) => u.account);
    reportAll(register, report, 'CloudRights', register.cloudRights, () => '');
    // Evidence that names an account the register holds more than once: reported, not guessed.
    register.usage.forEach((u, i) => {
      const match = evidence.matches[i];
      if (match.kind !== 'ambiguous') return;
      const lineNamed = u.evidence !== undefined;
      const source = lineNamed ? evidenceLine(u) : u.source || 'Usage';
      const said = messages.ambiguousAccount(u.account, source, match.candidates);
      report(aboutUsage(u, { field: 'account', lineNamed, ...said }));
    });
    for (const { row, setting, issue } of register.settings.issues) {
      report({ table: 'Settings', row, field: issue.field, ...messages.invalid(setting, issue) });
    }
  },
});
