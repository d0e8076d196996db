/**
 * The audit sheet laid out once, for both of its writers: the .xlsx writer
 * (xlsx/audit-sheet-xml.ts, for the command line's copy) and the Office.js writer
 * (office/audit-write.ts, in Excel) only serialise this model, so the two sheets hold the same
 * rows, columns, styles, links, tables, totals and chart.
 *
 * The decisions made here, for both:
 * - Every text is text, never a formula: the only formulas are the totals, which are the
 *   tables' own totals rows (SUBTOTAL of the table's column, so a filter recounts them).
 * - Findings link to the register cell they are about; the link shows the cell's own text.
 * - The position table has a clustered column chart of Owned and Required per licence,
 *   beside the grid.
 * Where the two formats differ, the writers say so: the .xlsx writer sets the height of rows
 * whose text wraps (a file cannot ask Excel to measure it), the Office.js writer lets Excel
 * fit the rows; the .xlsx writer stores each total's value with its formula, Excel computes
 * its own.
 *
 * Rows and columns are 0-based.
 */
import { POSITION_COLUMNS, type AuditReport, type ReportTable, type ReportValue } from '../../core';
import { BodyRow, type BodyTable } from './audit-body';
import { auditColumnWidths, cellLocation, type CellStyle } from './audit-style';

export { wrappedLines } from './audit-body';

export interface LayoutCell {
  readonly value: ReportValue;
  readonly style: CellStyle;
}

export interface LayoutRow {
  /**
   * Cells from column A; undefined for a blank cell. A table's body row makes them each time
   * they are read (see BodyRow): read them once per use.
   */
  readonly cells: readonly (LayoutCell | undefined)[];
  /** Lines of text the row's tallest wrapped cell takes (1 when nothing wraps). */
  readonly lines: number;
}

/** A cell of a table's totals row: its label, or the SUBTOTAL of its column. */
export type TotalCell =
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'sum'; readonly header: string; readonly value: number }
  | null;

export interface TablePlan {
  readonly id: ReportTable['id'];
  /** The table's name when the workbook has no table of that name (the writer makes it free). */
  readonly baseName: string;
  readonly headers: readonly string[];
  /** Header row. */
  readonly top: number;
  /** Last body row; the totals row, when there is one, is the row under it. */
  readonly bottom: number;
  readonly columns: number;
  readonly totals?: readonly TotalCell[];
}

export interface LinkPlan {
  readonly row: number;
  readonly column: number;
  /** Where it leads: `'Assignments'!E7`. */
  readonly location: string;
  /** What the cell shows. */
  readonly display: string;
}

export interface ChartPlan {
  readonly title: string;
  /** The chart's name in Excel. */
  readonly name: string;
  /** Header row of the position table (the series' names). */
  readonly top: number;
  /** Last body row of the position table. */
  readonly bottom: number;
  /** Column of the category names (the licences). */
  readonly categories: number;
  /** Columns of the two series: Owned and Required. */
  readonly series: readonly [number, number];
  /** Top-left cell of the chart, and the cell just past its bottom-right corner. */
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

export interface AuditLayout {
  readonly rows: readonly LayoutRow[];
  /** Columns used by the widest row. */
  readonly width: number;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly tables: readonly TablePlan[];
  readonly links: readonly LinkPlan[];
  readonly chart?: ChartPlan;
  /** Rows of the findings table's body, [first, last]: the part that may need chunks. */
  readonly findings?: readonly [number, number];
}

export const CHART_TITLE = 'Owned and required CALs per licence';
export const CHART_NAME = 'CALAudit_Chart';

/** A column header inside a structured reference: `[`, `]`, `#` and `'` escaped with `'`. */
export function structuredColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** The formula of a totals cell, without its `=`: the SUBTOTAL (sum) of the table's column. */
export function totalFormula(tableName: string, header: string): string {
  return `SUBTOTAL(109,${tableName}[${structuredColumn(header)}])`;
}

const plain = (font: CellStyle['font'] = 'normal'): CellStyle => ({ font, fill: 'none' });

class LayoutWriter {
  readonly rows: LayoutRow[] = [];
  width = 1;

  get row(): number {
    return this.rows.length;
  }

  /** Adds a row; returns its index. */
  add(cells: readonly (LayoutCell | undefined)[], lines = 1): number {
    return this.addRow({ cells, lines }, cells.length);
  }

  /** Adds a row `width` cells wide; returns its index. */
  addRow(row: LayoutRow, width: number): number {
    this.rows.push(row);
    this.width = Math.max(this.width, width);
    return this.rows.length - 1;
  }

  skip(): void {
    this.add([]);
  }
}

function addTable(
  out: LayoutWriter,
  table: ReportTable,
  widths: readonly number[],
  tables: TablePlan[],
  links: LinkPlan[],
): TablePlan | undefined {
  out.add([{ value: table.title, style: plain('section') }]);
  if (table.note) out.add([{ value: table.note, style: plain('note') }]);
  if (table.rows.length === 0) {
    out.add([{ value: table.empty, style: plain() }]);
    return undefined;
  }
  const top = out.add(table.columns.map((c) => ({ value: c.header, style: plain('bold') })));
  const body: BodyTable = { table, widths };
  for (const row of table.rows) {
    const r = out.addRow(new BodyRow(body, row), table.columns.length);
    if (row.link) {
      const { cell, sheet, column, row: target } = row.link;
      const text = row.cells[cell];
      links.push({
        row: r,
        column: cell,
        location: cellLocation(sheet, column, target),
        display: typeof text === 'string' && text !== '' ? text : `${sheet}!${column}${target}`,
      });
    }
  }
  const headers = table.columns.map((c) => c.header);
  const totals = table.totals?.map((value, i): TotalCell => {
    if (typeof value === 'number') return { kind: 'sum', header: headers[i] ?? '', value };
    return typeof value === 'string' && value !== '' ? { kind: 'label', text: value } : null;
  });
  const plan: TablePlan = {
    id: table.id,
    baseName: table.tableName,
    headers,
    top,
    bottom: out.row - 1,
    columns: table.columns.length,
    ...(totals ? { totals } : {}),
  };
  if (totals) {
    // The table's own totals row: the label, and each sum's value (the writers add formulas).
    out.add(
      totals.map((total) => {
        if (total === null) return undefined;
        return { value: total.kind === 'label' ? total.text : total.value, style: plain() };
      }),
    );
  }
  tables.push(plan);
  return plan;
}

/** Lays the audit report out on the sheet's grid. */
export function layoutAuditSheet(report: AuditReport): AuditLayout {
  const out = new LayoutWriter();
  const tables: TablePlan[] = [];
  const links: LinkPlan[] = [];
  const widths = auditColumnWidths(report);

  out.add([{ value: report.title, style: plain('title') }]);
  out.add([
    { value: report.verdict, style: plain(report.verdictTone === 'good' ? 'good' : 'bad') },
  ]);
  out.skip();
  const label: CellStyle = { font: 'bold', fill: 'label' };
  for (const [name, value] of report.titleBlock) {
    const isDate = typeof value === 'object' && value !== null;
    out.add([
      { value: name, style: label },
      { value, style: isDate ? { ...plain(), date: true } : plain() },
    ]);
  }

  let findings: [number, number] | undefined;
  let position: TablePlan | undefined;
  for (const section of report.sections) {
    out.skip();
    if (section.kind === 'table') {
      const plan = addTable(out, section, widths, tables, links);
      if (plan?.id === 'findings') findings = [plan.top + 1, plan.bottom];
      if (plan?.id === 'position') position = plan;
      continue;
    }
    out.add([{ value: section.title, style: plain('section') }]);
    if (section.note) out.add([{ value: section.note, style: plain('note') }]);
    const line: CellStyle = { ...plain(), underline: true };
    for (const [name, value] of section.fields)
      out.add([
        { value: name, style: label },
        { value, style: line },
      ]);
  }
  const chart = position && chartOf(position, out.width);
  return {
    rows: out.rows,
    width: out.width,
    widths,
    tables,
    links,
    ...(chart ? { chart } : {}),
    ...(findings ? { findings } : {}),
  };
}

/** Owned and Required per licence, beside the grid from its second row. */
function chartOf(plan: TablePlan, width: number): ChartPlan | undefined {
  const owned = plan.headers.indexOf(POSITION_COLUMNS.owned.header);
  const required = plan.headers.indexOf(POSITION_COLUMNS.required.header);
  if (owned < 0 || required < 0) return undefined;
  return {
    title: CHART_TITLE,
    name: CHART_NAME,
    top: plan.top,
    bottom: plan.bottom,
    categories: 0,
    series: [owned, required],
    from: { column: width + 1, row: 1 },
    to: { column: width + 9, row: 20 },
  };
}
