/**
 * Rows written into a worksheet's XML, for adding imported rows under a register's table
 * (register-append.ts): each new cell in its row, by number, the rows kept in order; a row
 * that already has something in a cell to be written is refused. Text is written as inline
 * text, dates as serials with a date style (date-styles.ts). Also the ranges that grow with
 * the rows: the sheet's dimension and the table's range.
 */
import { dayToSerial, type RegisterCell, type TableName } from '../../core';
import { columnLetters, columnNumber, WorkbookError } from '../shared';
import type { DateStyles } from './date-styles';
import { attributes, escapeXml } from './xml';

/** The rows to write and where: under which columns, from which worksheet row. */
export interface RowsTarget {
  readonly role: TableName;
  /** Worksheet row of the first new row. */
  readonly start: number;
  /** Field -> worksheet column number. */
  readonly columns: ReadonlyMap<string, number>;
  readonly cells: readonly (readonly RegisterCell[])[];
}

/** The column and row of an A1 reference; 0 and 0 when it is none. */
function splitRef(ref: string): { col: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!match) return { col: 0, row: 0 };
  return { col: columnNumber(match[1]), row: Number(match[2]) };
}

/** A cell range of a worksheet, 1-based. */
export interface Range {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** `A1:D10` (or one cell) as a range. */
export function parseRange(ref: string): Range {
  const [a, b = a] = ref.split(':');
  const from = splitRef(a);
  const to = splitRef(b);
  return { left: from.col, top: from.row, right: to.col, bottom: to.row };
}

/** A range as `A1:D10`. */
const rangeText = (r: Range) =>
  `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const CELL_WITHOUT_REF = /<c\b(?![^>]*\sr=)[^>]*>/;

interface CellXml {
  readonly col: number;
  readonly xml: string;
  readonly style?: number;
  readonly filled: boolean;
}

function cellsOf(rowXml: string): CellXml[] {
  const found: CellXml[] = [];
  for (const match of rowXml.matchAll(CELL)) {
    const attrs = attributes(/^<c\b([^>]*?)\/?>/.exec(match[0])?.[1] ?? '');
    found.push({
      col: splitRef(attrs.r ?? '').col,
      xml: match[0],
      ...(attrs.s !== undefined ? { style: Number(attrs.s) } : {}),
      filled: /<(?:[\w]+:)?(?:v|f|is)\b/.test(match[0]),
    });
  }
  return found;
}

function newCell(
  ref: string,
  cell: RegisterCell,
  existing: CellXml | undefined,
  styles: DateStyles,
  date1904: boolean,
): string {
  const value = cell.value;
  if (value === undefined) return existing?.xml ?? '';
  if (cell.date && typeof value === 'number') {
    const style = styles.isDate(existing?.style) ? existing?.style : styles.dateStyle();
    const s = style === undefined ? '' : ` s="${style}"`;
    return `<c r="${ref}"${s}><v>${dayToSerial(value) - (date1904 ? 1462 : 0)}</v></c>`;
  }
  const s = existing?.style !== undefined ? ` s="${existing.style}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The worksheet with the target's rows written into it (existing rows untouched). */
export function writeRows(
  sheetXml: string,
  target: RowsTarget,
  styles: DateStyles,
  date1904: boolean,
): { xml: string; lastRow: number; lastCol: number } {
  const open = /<sheetData\b[^>]*\/>|<sheetData\b[^>]*>/.exec(sheetXml);
  if (!open)
    throw new WorkbookError(
      'a worksheet of the register has no cell data the import can add to',
      'Open the register in Excel, save it, and try again.',
    );
  const selfClosing = open[0].endsWith('/>');
  const bodyStart = open.index + open[0].length;
  const bodyEnd = selfClosing ? bodyStart : sheetXml.indexOf('</sheetData>', bodyStart);
  if (bodyEnd < 0)
    throw new WorkbookError(
      'a worksheet of the register is damaged',
      'Open the register in Excel, save it, and try again.',
    );
  const body = sheetXml.slice(bodyStart, bodyEnd);
  const rows = new Map<number, string>();
  for (const match of body.matchAll(ROW)) {
    const r = Number(attributes(/^<row\b([^>]*?)\/?>/.exec(match[0])?.[1] ?? '').r);
    // Rows and cells may leave their numbers out (the file format allows it): this writer
    // places rows by number, so such a sheet is refused rather than guessed at.
    if (!Number.isInteger(r) || r < 1 || CELL_WITHOUT_REF.test(match[0]))
      throw new WorkbookError(
        `the ${target.role} sheet numbers its rows or cells implicitly`,
        'Open the register in Excel and save it (Excel numbers them), then import again. Nothing was written.',
      );
    rows.set(r, match[0]);
  }
  let lastCol = 0;
  target.cells.forEach((cells, k) => {
    const r = target.start + k;
    const existingXml = rows.get(r);
    const existing = new Map(cellsOf(existingXml ?? '').map((c) => [c.col, c]));
    for (const cell of cells) {
      const col = target.columns.get(cell.field);
      if (col === undefined || cell.value === undefined) continue;
      if (existing.get(col)?.filled)
        throw new WorkbookError(
          `cell ${columnLetters(col)}${r} under the ${target.role} table is not empty`,
          'Move what is below the table, or import into a new register with --out. Nothing was written.',
        );
      existing.set(col, {
        col,
        xml: newCell(`${columnLetters(col)}${r}`, cell, existing.get(col), styles, date1904),
        filled: true,
      });
      lastCol = Math.max(lastCol, col);
    }
    const rowAttrs = existingXml
      ? (/^<row\b([^>]*?)\/?>/.exec(existingXml)?.[1] ?? '').replace(/\s+spans="[^"]*"/, '')
      : ` r="${r}"`;
    const ordered = [...existing.values()]
      .sort((a, b) => a.col - b.col)
      .map((c) => c.xml)
      .join('');
    rows.set(r, `<row${rowAttrs}>${ordered}</row>`);
  });
  const sorted = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, xml]) => xml)
    .join('');
  const lastRow = target.start + target.cells.length - 1;
  const data = `<sheetData>${sorted}</sheetData>`;
  const xml = selfClosing
    ? sheetXml.slice(0, open.index) + data + sheetXml.slice(bodyStart)
    : sheetXml.slice(0, open.index) + data + sheetXml.slice(bodyEnd + '</sheetData>'.length);
  return { xml, lastRow, lastCol };
}

/** The worksheet's dimension grown to take the new rows and columns. */
export function growDimension(sheetXml: string, lastRow: number, lastCol: number): string {
  return sheetXml.replace(/<dimension\b([^>]*?)ref="([^"]*)"/, (_, before: string, ref: string) => {
    const range = parseRange(ref);
    const grown = {
      ...range,
      right: Math.max(range.right, lastCol),
      bottom: Math.max(range.bottom, lastRow),
      left: range.left || 1,
      top: range.top || 1,
    };
    return `<dimension${before}ref="${rangeText(grown)}"`;
  });
}

/** The table's range (and its filter's) grown down to `bottom`. */
export function growTable(tableXml: string, bottom: number): string {
  return tableXml.replace(
    /(<(?:\w+:)?(?:table|autoFilter)\b[^>]*?\bref=")([^"]*)"/g,
    (_, head: string, ref: string) => {
      const range = parseRange(ref);
      return `${head}${rangeText({ ...range, bottom: Math.max(range.bottom, bottom) })}"`;
    },
  );
}
