/**
 * The audit report model laid out on a grid, as xlsx/audit-sheet-xml.ts lays it out for the
 * .xlsx copy: same rows, same columns, same styles. Pure: the writer turns it into Office.js
 * calls. Rows and columns here are 0-based.
 */
import type { AuditReport, ReportTable, ReportValue } from '../../core';
import { auditColumnWidths, cellLocation } from '../shared';
import { GridWriter, type CellStyle, type FillKey, type StyleArea } from './audit-grid';

export interface TablePlan {
  readonly id: ReportTable['id'];
  readonly baseName: string;
  readonly headers: readonly string[];
  /** Header row. */
  readonly top: number;
  /** Last body row. */
  readonly bottom: number;
  readonly columns: number;
  /** The totals row's cells, on the row under `bottom`. */
  readonly totals?: readonly ReportValue[];
}

export interface LinkPlan {
  readonly row: number;
  readonly column: number;
  /** `'Assignments'!E7` */
  readonly documentReference: string;
  readonly textToDisplay: string;
}

export interface ChartPlan {
  /** Header row of the position table. */
  readonly top: number;
  /** Last body row of the position table. */
  readonly bottom: number;
  readonly categories: number;
  /** Owned and Required. */
  readonly series: readonly [number, number];
}

export interface AuditLayout {
  /** Rows of `width` cells: text, numbers (dates as serials), '' for blank. */
  readonly values: (string | number)[][];
  /** A number format per cell: '@' for text, so nothing becomes a formula. */
  readonly formats: string[][];
  readonly width: number;
  readonly styles: readonly StyleArea[];
  readonly tables: readonly TablePlan[];
  readonly links: readonly LinkPlan[];
  readonly chart?: ChartPlan;
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** Rows of the findings table's body, [first, last]: the part that may need chunks. */
  readonly findings?: readonly [number, number];
}

const TONE_FILL = { bad: 'bad', warn: 'warn', good: 'good', info: 'info' } as const;

function addTable(
  grid: GridWriter,
  table: ReportTable,
  tables: TablePlan[],
  links: LinkPlan[],
): TablePlan | undefined {
  grid.add([{ value: table.title, style: { font: 'section', fill: 'none' } }]);
  if (table.note) grid.add([{ value: table.note, style: { font: 'note', fill: 'none' } }]);
  if (table.rows.length === 0) {
    grid.add([{ value: table.empty }]);
    return undefined;
  }
  const bold: CellStyle = { font: 'bold', fill: 'none' };
  const top = grid.add(table.columns.map((c) => ({ value: c.header, style: bold })));
  for (const row of table.rows) {
    const fill: FillKey = row.tone ? TONE_FILL[row.tone] : 'none';
    const r = grid.add(
      table.columns.map((column, i) => ({
        value: row.cells[i] ?? null,
        date: column.type === 'date',
        style: {
          font: row.link?.cell === i ? 'link' : 'normal',
          fill: table.id === 'position' || i === 0 ? fill : 'none',
          ...(column.wrap ? { wrap: true } : {}),
        },
      })),
    );
    if (row.link) {
      const { cell, sheet, column, row: target } = row.link;
      const text = row.cells[cell];
      links.push({
        row: r,
        column: cell,
        documentReference: cellLocation(sheet, column, target),
        // The cell's own text: the link keeps what the cell says, as in the .xlsx.
        textToDisplay:
          typeof text === 'string' && text !== '' ? text : `${sheet}!${column}${target}`,
      });
    }
  }
  const plan: TablePlan = {
    id: table.id,
    baseName: table.tableName,
    headers: table.columns.map((c) => c.header),
    top,
    bottom: grid.row - 1,
    columns: table.columns.length,
    ...(table.totals ? { totals: table.totals } : {}),
  };
  // The totals row is the table's own (showTotals): left blank here, filled by the writer.
  if (table.totals) grid.add(table.totals.map(() => ({ value: null })));
  tables.push(plan);
  return plan;
}

/** Lays the report out as audit-sheet-xml.ts does; dates as 1900 (or 1904) serials. */
export function layoutAuditSheet(report: AuditReport, date1904 = false): AuditLayout {
  const grid = new GridWriter(date1904);
  const tables: TablePlan[] = [];
  const links: LinkPlan[] = [];
  const widths = auditColumnWidths(report);

  grid.add([{ value: report.title, style: { font: 'title', fill: 'none' } }]);
  grid.add([
    {
      value: report.verdict,
      style: { font: report.verdictTone === 'good' ? 'good' : 'bad', fill: 'none' },
    },
  ]);
  grid.skip();
  const label: CellStyle = { font: 'bold', fill: 'label' };
  for (const [name, value] of report.titleBlock)
    grid.add([{ value: name, style: label }, { value }]);

  let findings: [number, number] | undefined;
  let chart: ChartPlan | undefined;
  for (const section of report.sections) {
    grid.skip();
    if (section.kind === 'table') {
      const plan = addTable(grid, section, tables, links);
      if (plan?.id === 'findings') findings = [plan.top + 1, plan.bottom];
      if (plan?.id === 'position') {
        const owned = plan.headers.indexOf('Owned');
        const required = plan.headers.indexOf('Required');
        if (owned >= 0 && required >= 0)
          chart = { top: plan.top, bottom: plan.bottom, categories: 0, series: [owned, required] };
      }
      continue;
    }
    grid.add([{ value: section.title, style: { font: 'section', fill: 'none' } }]);
    if (section.note) grid.add([{ value: section.note, style: { font: 'note', fill: 'none' } }]);
    const line: CellStyle = { font: 'normal', fill: 'none', underline: true };
    for (const [name, value] of section.fields) {
      grid.add([
        { value: name, style: label },
        { value, style: line },
      ]);
    }
  }
  grid.finish();
  return {
    values: grid.values,
    formats: grid.formats,
    width: grid.width,
    styles: grid.styles,
    tables,
    links,
    ...(chart ? { chart } : {}),
    widths: widths.map((w) => w ?? 8),
    ...(findings ? { findings } : {}),
  };
}

/** A column header inside a structured reference: `[`, `]`, `#` and `'` escaped with `'`. */
export function structuredColumn(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** The totals row's formulas: a label stays text, a number becomes a SUBTOTAL of its column. */
export function totalsFormulas(plan: TablePlan, tableName: string): string[] {
  return (plan.totals ?? []).map((value, i) => {
    if (typeof value === 'number')
      return `=SUBTOTAL(109,${tableName}[${structuredColumn(plan.headers[i] ?? '')}])`;
    return typeof value === 'string' ? value : '';
  });
}
