/** Findings: what the engine says about a register, as values (never thrown). */
import type { RuleId } from '.';

export type Severity = 'error' | 'warning' | 'info';

export type { RuleId } from '.';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The sheet the finding is about, when it is about a sheet or a row. */
  readonly sheet?: string;
  /** Worksheet row number as Excel shows it (1-based). */
  readonly row?: number;
  /** Column letter of the offending cell. */
  readonly column?: string;
  /** The record's account or device, to find the row again after the sheet was edited. */
  readonly key?: string;
  /** The licence, for findings about the position as a whole. */
  readonly licence?: string;
  readonly message: string;
  /** What to do about it. */
  readonly fix?: string;
}

/** A finding as a rule states it; the registry adds the rule id and severity. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity'>;

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
