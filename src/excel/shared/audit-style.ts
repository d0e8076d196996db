/**
 * The look of the audit sheet, shared by its two writers (xlsx/audit-sheet-xml.ts for the
 * .xlsx copy, office/audit-write.ts in Excel): fonts and fills by name, colours as RRGGBB, the
 * column widths of the one grid all sections share, and how a link names a register cell.
 */
import type { AuditReport } from '../../core';
import { quoteSheet } from './a1';

export type FontKey =
  'normal' | 'bold' | 'title' | 'section' | 'note' | 'link' | 'good' | 'bad' | 'warn' | 'info';
export type FillKey = 'none' | 'good' | 'bad' | 'warn' | 'info' | 'label';

/** The style of one cell of the audit sheet. */
export interface CellStyle {
  readonly font: FontKey;
  readonly fill: FillKey;
  /** A date: shown in the date format. */
  readonly date?: boolean;
  readonly wrap?: boolean;
  /** A line to sign on. */
  readonly underline?: boolean;
}

export interface FontSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RRGGBB */
  readonly color?: string;
  readonly underline?: boolean;
}

export const FONTS: Readonly<Record<FontKey, FontSpec>> = {
  normal: {},
  bold: { bold: true },
  title: { bold: true, size: 18, color: '1F3864' },
  section: { bold: true, size: 13, color: '1F3864' },
  note: { italic: true, color: '595959' },
  link: { color: '0563C1', underline: true },
  good: { bold: true, size: 13, color: '006100' },
  bad: { bold: true, size: 13, color: '9C0006' },
  warn: { color: '9C5700' },
  info: { color: '1F3864' },
};

/** Fill colours, RRGGBB. */
export const FILLS: Readonly<Record<Exclude<FillKey, 'none'>, string>> = {
  good: 'C6EFCE',
  bad: 'FFC7CE',
  warn: 'FFEB9C',
  info: 'DDEBF7',
  label: 'F2F2F2',
};

/**
 * Widths (characters) of the grid's columns: each the widest of the sections' columns in that
 * place, at most 70; the second column leaves room for the title block's values.
 */
export function auditColumnWidths(report: AuditReport): number[] {
  const widths: number[] = [];
  for (const section of report.sections) {
    if (section.kind !== 'table') continue;
    section.columns.forEach(
      (c, i) => (widths[i] = Math.min(70, Math.max(widths[i] ?? 8, c.width))),
    );
  }
  widths[0] ??= 8;
  widths[1] = Math.max(widths[1] ?? 10, 26);
  return widths;
}

/** `'Sheet name'!E7`: a cell reference Excel accepts for any sheet name. */
export function cellLocation(sheet: string, column: string, row: number): string {
  return `${quoteSheet(sheet)}!${column}${row}`;
}
