/**
 * A1 addresses as Office.js gives and takes them: `Sheet1!A1:D10`, `'CAL Audit'!E7`.
 * Rows and columns here are 1-based, as Excel shows them.
 */

export interface Area {
  /** The sheet the address names, when it names one. */
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column number (1 for A) of a column's letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A1:C3` for 1-based corners; one cell gives `A1`. */
export function areaAddress(top: number, left: number, bottom = top, right = left): string {
  const first = `${columnLetters(left)}${top}`;
  return bottom === top && right === left ? first : `${first}:${columnLetters(right)}${bottom}`;
}

/** A sheet name as a formula or hyperlink names it: quoted, quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Rows and columns of a worksheet (Excel 2007 and later). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** `A:D` or `1:5` as an area: whole columns reach row 1,048,576, whole rows column XFD. */
function wholeLines(cells: string): Omit<Area, 'sheet'> | undefined {
  const columns = COLUMNS.exec(cells);
  if (columns) {
    const [a, b] = [columnNumber(columns[1]), columnNumber(columns[2])];
    return { top: 1, bottom: SHEET_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = ROWS.exec(cells);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: SHEET_COLUMNS };
  }
  return undefined;
}

/**
 * Parses `Sheet!A1:D10` (the sheet part optional, quoted or not), and whole columns (`A:D`)
 * and rows (`1:5`): Excel gives those for a used range that reaches row 1,048,576 or
 * column XFD (a stray value in the last row or column).
 */
export function parseAddress(address: string): Area {
  let sheet: string | undefined;
  let cells = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    cells = address.slice(bang + 1);
  }
  const whole = wholeLines(cells);
  if (whole) return sheet === undefined ? whole : { sheet, ...whole };
  const [from, to = from] = cells.split(':');
  const a = CELL.exec(from ?? '');
  const b = CELL.exec(to);
  if (!a || !b) throw new Error(`Not a cell address: ${address}`);
  const area = {
    top: Math.min(Number(a[2]), Number(b[2])),
    left: Math.min(columnNumber(a[1]), columnNumber(b[1])),
    bottom: Math.max(Number(a[2]), Number(b[2])),
    right: Math.max(columnNumber(a[1]), columnNumber(b[1])),
  };
  return sheet === undefined ? area : { sheet, ...area };
}

/** Points of a column `chars` characters of the default font wide (Office.js sets points). */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
