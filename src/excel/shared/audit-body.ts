/**
 * The rows of the audit sheet's tables (shared/audit-layout.ts), made from the report's rows
 * when a writer reads them rather than kept: a findings table can have a hundred thousand
 * rows, and each writer reads a row once. Their styles are made once each and shared.
 */
import type { ReportRow, ReportTable, Tone } from '../../core';
import type { LayoutCell, LayoutRow } from './audit-layout';
import type { CellStyle, FillKey } from './audit-style';

const TONE_FILL: Readonly<Record<Tone, FillKey>> = {
  bad: 'bad',
  warn: 'warn',
  good: 'good',
  info: 'info',
};

/** Lines a wrapped text takes in a column of `width` characters (an estimate, as Excel's own). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(4, width - 2);
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / usable)), 0);
}

/** The table a body row is in, and the grid's column widths (for the lines text wraps to). */
export interface BodyTable {
  readonly table: ReportTable;
  readonly widths: readonly number[];
}

const FILL_KEYS: readonly FillKey[] = ['none', 'good', 'bad', 'warn', 'info', 'label'];
/** The styles of body cells, made once each: [link][fill][date][wrap] as bits. */
const BODY_STYLES: CellStyle[] = [];

function bodyStyle(link: boolean, fill: FillKey, date: boolean, wrap: boolean): CellStyle {
  const key = (link ? 1 : 0) | (FILL_KEYS.indexOf(fill) << 1) | (date ? 16 : 0) | (wrap ? 32 : 0);
  return (BODY_STYLES[key] ??= Object.freeze({
    font: link ? 'link' : 'normal',
    fill,
    ...(date ? { date: true } : {}),
    ...(wrap ? { wrap: true } : {}),
  }));
}

/**
 * A row of a table's body, its cells made from the report's row when they are read, not
 * kept: a findings table can have a hundred thousand rows, and each writer reads a row once.
 */
export class BodyRow implements LayoutRow {
  constructor(
    private readonly body: BodyTable,
    private readonly row: ReportRow,
  ) {}

  get cells(): LayoutCell[] {
    const { table } = this.body;
    const row = this.row;
    const fill: FillKey = row.tone ? TONE_FILL[row.tone] : 'none';
    return table.columns.map((column, i): LayoutCell => {
      const value = row.cells[i] ?? null;
      const date = column.type === 'date' || (typeof value === 'object' && value !== null);
      const cellFill = table.id === 'position' || i === 0 ? fill : 'none';
      return { value, style: bodyStyle(row.link?.cell === i, cellFill, date, !!column.wrap) };
    });
  }

  get lines(): number {
    const { table, widths } = this.body;
    let lines = 1;
    table.columns.forEach((column, i) => {
      const value = this.row.cells[i];
      if (column.wrap && typeof value === 'string')
        lines = Math.max(lines, wrappedLines(value, widths[i] ?? column.width));
    });
    return lines;
  }
}
