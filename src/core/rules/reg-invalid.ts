/**
 * REG-INVALID: a value that cannot be read (a date, a quantity, a licence name, an
 * account, a status, an Excel error value). One finding per unreadable cell, quoting it;
 * purchase lines of other software (no Microsoft product, no CAL) are one finding in all.
 */
import type { FieldIssue, Register } from '../register';
import type { TableName } from '../schema';
import type { Emit, RuleCheck } from './context';
import { ambiguousAccount, foreignLines, invalid } from './messages';
import { draft, headerOf, evidenceLine, usageDraft } from './where';

interface WithIssues {
  readonly row: number;
  readonly issues?: readonly FieldIssue[];
}

function reportAll(
  register: Register,
  emit: Emit,
  table: TableName,
  records: readonly WithIssues[],
  keyOf: (record: never) => string,
): void {
  for (const record of records) {
    if (!record.issues) continue;
    const key = keyOf(record as never);
    for (const issue of record.issues) {
      const said = invalid(headerOf(register, table, issue.field), issue);
      emit(draft(register, table, record.row, issue.field, key, undefined, said));
    }
  }
}

export const regInvalid: RuleCheck = ({ register, evidence }, emit) => {
  reportAll(register, emit, 'Purchases', register.purchases, () => '');
  const foreign = register.purchases.filter((p) => p.foreign);
  if (foreign.length > 0) {
    const examples = [...new Set(foreign.map((p) => p.licenceText))].slice(0, 3);
    const said = foreignLines(
      foreign.length,
      examples,
      foreign.map((p) => p.row),
    );
    emit(draft(register, 'Purchases', foreign[0].row, 'licence', undefined, undefined, said));
  }
  const t = register.assignments;
  for (const [i, issues] of t.issues) {
    for (const issue of issues) {
      const said = invalid(headerOf(register, 'Assignments', issue.field), issue);
      emit(draft(register, 'Assignments', t.row[i], issue.field, t.key(i), undefined, said));
    }
  }
  reportAll(register, emit, 'Servers', register.servers, (s: { name: string }) => s.name);
  reportAll(register, emit, 'Usage', register.usage, (u: { account: string }) => u.account);
  // Evidence that names an account the register holds more than once: reported, not guessed.
  register.usage.forEach((u, i) => {
    const match = evidence.matches[i];
    if (match.kind !== 'ambiguous') return;
    const imported = u.evidence !== undefined;
    const source = imported ? evidenceLine(u) : u.source || 'Usage';
    const said = ambiguousAccount(u.account, source, match.candidates);
    emit(usageDraft(register, u, 'account', undefined, said, imported));
  });
  for (const { row, setting, issue } of register.settings.issues) {
    emit(
      draft(register, 'Settings', row, issue.field, undefined, undefined, invalid(setting, issue)),
    );
  }
};
