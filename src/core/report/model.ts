/**
 * The audit report model's shape: what the audit sheet says, as plain data (buildReport in
 * ./report.ts fills it). The task pane and the command line both render it.
 */

/** A cell: text, a number, a date (day number), or empty. Text is always written as text. */
export type ReportValue = string | number | { readonly date: number } | null;

export interface ReportColumn {
  readonly header: string;
  readonly type: 'text' | 'number' | 'date';
  /** Width in characters. */
  readonly width: number;
  /** Long text that should wrap. */
  readonly wrap?: boolean;
}

export type Tone = 'bad' | 'warn' | 'good' | 'info';

export interface ReportLink {
  /** Index of the cell that carries the link. */
  readonly cell: number;
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
}

export interface ReportRow {
  readonly cells: readonly ReportValue[];
  readonly tone?: Tone;
  readonly link?: ReportLink;
}

export interface ReportTable {
  readonly kind: 'table';
  readonly id: 'position' | 'findings' | 'proof' | 'evidence' | 'cloud' | 'checks';
  readonly title: string;
  /** A name for the Excel table (letters, digits, underscores). */
  readonly tableName: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** A totals row under the table; null cells stay empty. */
  readonly totals?: readonly ReportValue[];
  /** Said instead of the table when it has no rows. */
  readonly empty: string;
  readonly note?: string;
}

export interface ReportFields {
  readonly kind: 'fields';
  readonly id: 'sign-off';
  readonly title: string;
  readonly fields: ReadonlyArray<readonly [label: string, value: ReportValue]>;
  readonly note?: string;
}

export type ReportSection = ReportTable | ReportFields;

export interface AuditReport {
  readonly title: string;
  /** One sentence: compliant, or how many CALs are short. */
  readonly verdict: string;
  readonly verdictTone: Tone;
  /** Title block: organisation, as-of date, generated at, source file, settings. */
  readonly titleBlock: ReadonlyArray<readonly [label: string, value: ReportValue]>;
  readonly sections: readonly ReportSection[];
}

export interface ReportMeta {
  /** The workbook audited, as the user knows it (a file name). */
  readonly source: string;
  /** When the report was made, already formatted by the caller (the engine has no clock). */
  readonly generatedAt: string;
  /** The tool and its version, e.g. "cal-register 0.1.0". */
  readonly generator: string;
}
