/**
 * The audit sheet's layout (shared/audit-layout.ts) as Office.js writes it: cell values and
 * number formats (text as '@', so nothing becomes a formula), the styles as blocks of cells
 * sharing one style, and the layout's tables, links and chart. A totals row is left blank:
 * Excel fills it when the table shows its totals (the writer sets their formulas). Excel fits
 * the rows to wrapped text itself (autofitRows), so the layout's line estimates are not used.
 * Rows and columns are 0-based.
 */
import { dayToSerial, type AuditReport } from '../../core';
import {
  DATE_FORMAT,
  FILLS as SHARED_FILLS,
  FONTS as SHARED_FONTS,
  layoutAuditSheet,
  type AuditLayout,
  type CellStyle,
  type FillKey,
  type FontKey,
  type FontSpec,
  type LayoutCell,
} from '../shared';

/** The fonts and fills of audit-style.ts, as Office.js takes them ('#RRGGBB'). */
export const FONTS: Readonly<Record<FontKey, FontSpec>> = Object.fromEntries(
  Object.entries(SHARED_FONTS).map(([key, f]) => [
    key,
    f.color ? { ...f, color: `#${f.color}` } : f,
  ]),
) as Record<FontKey, FontSpec>;

export const FILLS: Readonly<Record<Exclude<FillKey, 'none'>, string>> = Object.fromEntries(
  Object.entries(SHARED_FILLS).map(([key, color]) => [key, `#${color}`]),
) as Record<Exclude<FillKey, 'none'>, string>;

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** A block of cells sharing one style. */
export interface StyleArea {
  readonly top: number;
  readonly left: number;
  bottom: number;
  readonly right: number;
  readonly style: CellStyle;
}

/** The layout with its cells as the values and formats one range write takes. */
export interface OfficeGrid extends Omit<AuditLayout, 'rows'> {
  /** Rows of `width` cells: text, numbers (dates as serials), '' for blank. */
  readonly values: (string | number)[][];
  /** A number format per cell. */
  readonly formats: string[][];
  readonly styles: readonly StyleArea[];
}

function styleKey(style: CellStyle): string {
  return `${style.font}|${style.fill}|${style.wrap ? 1 : 0}|${style.underline ? 1 : 0}`;
}

export class GridWriter {
  readonly values: (string | number)[][] = [];
  readonly formats: string[][] = [];
  readonly styles: StyleArea[] = [];
  private open = new Map<string, StyleArea>();
  width = 2;

  constructor(private readonly date1904: boolean) {}

  get row(): number {
    return this.values.length;
  }

  /** Adds a row; returns its index. */
  add(cells: readonly (LayoutCell | undefined)[]): number {
    const r = this.values.length;
    const values: (string | number)[] = [];
    const formats: string[] = [];
    const runs = new Map<string, StyleArea>();
    let run: StyleArea | undefined;
    cells.forEach((cell, c) => {
      const v = cell?.value ?? null;
      if (v === null || v === '') {
        values.push('');
        formats.push(GENERAL_FORMAT);
      } else if (typeof v === 'number') {
        values.push(v);
        formats.push(GENERAL_FORMAT);
      } else if (typeof v === 'object') {
        values.push(dayToSerial(v.date) - (this.date1904 ? 1462 : 0));
        formats.push(DATE_FORMAT);
      } else {
        values.push(v);
        formats.push(TEXT_FORMAT);
      }
      if (cell?.style.date && formats[c] === GENERAL_FORMAT) formats[c] = DATE_FORMAT;
      const style = cell?.style;
      const plain = !style || (style.font === 'normal' && style.fill === 'none' && !style.wrap);
      if (plain && !style?.underline) {
        run = undefined;
        return;
      }
      if (run && styleKey(run.style) === styleKey(style) && run.right === c - 1) {
        run = { ...run, right: c };
      } else {
        run = { top: r, left: c, bottom: r, right: c, style };
      }
      runs.set(`${run.left}`, run);
    });
    this.values.push(values);
    this.formats.push(formats);
    this.width = Math.max(this.width, cells.length);
    this.merge(r, runs);
    return r;
  }

  /** Extends the areas of the row above that the row continues; closes the others. */
  private merge(r: number, runs: Map<string, StyleArea>): void {
    const next = new Map<string, StyleArea>();
    for (const run of runs.values()) {
      const key = `${run.left}:${run.right}:${styleKey(run.style)}`;
      const above = this.open.get(key);
      if (above && above.bottom === r - 1) {
        above.bottom = r;
        next.set(key, above);
      } else {
        const area = { ...run };
        this.styles.push(area);
        next.set(key, area);
      }
    }
    this.open = next;
  }

  /** Rows padded to the full width. */
  finish(): void {
    for (let r = 0; r < this.values.length; r += 1) {
      while (this.values[r].length < this.width) {
        this.values[r].push('');
        this.formats[r].push(GENERAL_FORMAT);
      }
    }
  }
}

/** The report laid out (shared/audit-layout.ts) and put on the grid; dates in the workbook's system. */
export function officeLayout(report: AuditReport, date1904 = false): OfficeGrid {
  const layout = layoutAuditSheet(report);
  const grid = new GridWriter(date1904);
  const totalsRows = new Set(layout.tables.flatMap((t) => (t.totals ? [t.bottom + 1] : [])));
  layout.rows.forEach((row, r) => grid.add(totalsRows.has(r) ? [] : row.cells));
  grid.finish();
  return {
    width: grid.width,
    widths: layout.widths,
    tables: layout.tables,
    links: layout.links,
    ...(layout.chart ? { chart: layout.chart } : {}),
    ...(layout.findings ? { findings: layout.findings } : {}),
    values: grid.values,
    formats: grid.formats,
    styles: grid.styles,
  };
}
