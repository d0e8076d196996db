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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Parses `Sheet!A1:D10` (the sheet part optional, quoted or not). Whole columns (`A:C`) and
 * rows (`1:3`) are not addresses Office.js returns for used ranges or tables, so they are
 * not accepted here.
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
