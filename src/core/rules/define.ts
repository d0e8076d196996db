/**
 * What a rule is: one self-describing module (as ESLint's rules are) that says everything
 * about itself: its stable id, severity, title, what it flags and why, which table's rows
 * it points at, its scope, its messages and its check. The registry (./index.ts) lists the
 * modules; the rule id type, CAL.FLAGS's row rules, Go to's tables, the README's rule table
 * and the audit sheet's checks are all derived from that list.
 */
import type { Severity } from './finding';
import type { TableName } from '../register';
import type { AuditContext } from './context';

/** What a finding says: the message and, usually, what to do. */
export interface Said {
  readonly message: string;
  readonly fix?: string;
}

/**
 * What a finding says, now or on demand. A rule that may flag many rows hands over `say`,
 * called only when the text is wanted: CAL.FLAGS wants only each finding's rule and row, and
 * on a large register building thousands of sentences would be most of its cost.
 */
export type Saying = Said | { readonly say: () => Said };

/** The text of a finding, made now if it was left for later. */
export function saidOf(saying: Saying): Said {
  return 'say' in saying ? saying.say() : saying;
}

/**
 * Where a finding points, by name: the register table and row, the field (the registry turns
 * table and field into the sheet and column letter the workbook uses), the record's key
 * (account or device) and the licence it is about. A finding about the position as a whole
 * names only its licence; one about the workbook names nothing.
 */
export interface Place {
  readonly table?: TableName;
  /** Worksheet row number as Excel shows it (1-based). */
  readonly row?: number;
  readonly field?: string;
  /** The record's account or device; '' counts as none. */
  readonly key?: string;
  readonly licence?: string;
}

/**
 * A finding as a rule reports it: where, and what it says. `severity` is the rule's own unless
 * the rule reports a milder case of what it checks (an info where there is nothing to count
 * against); its module says when. `unchecked` marks a finding that says part of the register
 * could not be checked: the verdict is then incomplete, never compliant, with that reason.
 */
export type Report = (
  finding: Place & Saying & { readonly severity?: Severity; readonly unchecked?: string },
) => void;

/**
 * - `row`: judges rows of its table from that table (and the Usage table) alone, so
 *   CAL.FLAGS can report it on a range of assignments;
 * - `register`: judges rows against other tables too (servers, purchases, evidence);
 * - `position`: judges the licence position as a whole (findings name a licence, no row).
 */
export type RuleScope = 'row' | 'register' | 'position';

export interface Rule<Id extends string = string, Messages = unknown> {
  /** Stable: the CLI, the JSON, the functions and the audit sheet use it. */
  readonly id: Id;
  readonly severity: Severity;
  /** A few words: headings in the pane, the report and the audit sheet. */
  readonly title: string;
  /** One line: what it flags (the README's rule table). */
  readonly flags: string;
  /** Why the rule exists, for the audit sheet and the task pane. */
  readonly why: string;
  /**
   * The table whose rows its findings point at (Go to looks the record up there); absent for
   * rules about any table (REG-*) or about the position as a whole.
   */
  readonly table?: TableName;
  readonly scope: RuleScope;
  /** Every sentence the rule says, in one place. */
  readonly messages: Messages;
  /** A pure function of the audit context that reports findings; never throws on bad cells. */
  readonly check: (context: AuditContext, report: Report) => void;
  /**
   * Why the rule does not run on this register, when a setting turns it off ("Windows Server
   * CALs are kept elsewhere"); the reports say it was not checked, and why.
   */
  readonly off?: (context: AuditContext) => string | undefined;
}

/** Declares a rule; the literal id becomes part of the RuleId type. */
export function defineRule<const Id extends string, Messages>(
  rule: Rule<Id, Messages>,
): Rule<Id, Messages> {
  return rule;
}
