/**
 * The grid the audit layout is written on: cell values and number formats (text as '@'),
 * and the styles of styles.ts as blocks of cells sharing one style. Rows and columns are
 * 0-based.
 */
import { dayToSerial, type ReportValue } from '../../core';
import {
  FILLS as SHARED_FILLS,
  FONTS as SHARED_FONTS,
  type FillKey,
  type FontKey,
  type FontSpec,
  DATE_FORMAT,
} from '../shared';

export type { FillKey, FontKey } from '../shared';

export interface CellStyle {
  readonly font: FontKey;
  readonly fill: FillKey;
  readonly wrap?: boolean;
  /** A line to sign on. */
  readonly underline?: boolean;
}

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

export type Cell = {
  readonly value: ReportValue;
  readonly style?: CellStyle;
  readonly date?: boolean;
};

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

  skip(): void {
    this.add([]);
  }

  /** Adds a row; returns its index. */
  add(cells: readonly (Cell | undefined)[]): number {
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
      if (cell?.date && formats[c] === GENERAL_FORMAT) formats[c] = DATE_FORMAT;
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
