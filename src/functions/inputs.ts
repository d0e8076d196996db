/**
 * Arguments as Excel hands them to a custom function, made plain for the engine:
 *
 * - An error cell (`#N/A` in Assignments[#All]) arrives as an error object, because the
 *   metadata allows errors for `any` parameters (allowErrorForDataTypeAny). The engine reads
 *   it as its code, '#N/A': an invalid value (REG-INVALID), as the command line reads an error
 *   cell of an .xlsx. A table goes to the engine as it is; other arguments have their error
 *   cells made code text here. Without that the whole formula became #N/A.
 * - A blank cell arrives as null (Excel on the web) or 0 (Excel on Windows, for scalars and
 *   optional ranges: office-js #4702, #5262, #1951). A 0 scalar where a date or a licence is
 *   asked is blank, and so is a 0 in the optional ranges, whose columns are all text or
 *   dates (the Usage table, the Device column).
 * - Table[#All] includes the table's totals row when it shows one: a last row whose first
 *   cell is the totals label ("Total") and whose other cells are numbers or blank is left out.
 */

import { isRange } from './arrays';

type Matrix = unknown[][];

const isMatrix = isRange as (value: unknown) => value is Matrix;

/** The error code of an error Excel passed in (`{ code: '#N/A', message? }`), if it is one. */
export function errorCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (value instanceof Date) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#') ? code : undefined;
}

/** A cell as the engine reads it: an error as its code text, anything else as it is. */
export function plainCell(value: unknown): unknown {
  return errorCode(value) ?? value;
}

/** A range (or a scalar) with its error cells as their code text. */
export function plainRange(value: unknown): unknown {
  if (!isMatrix(value)) return plainCell(value);
  // Most ranges hold no error: they are passed on as they are, and only a row with an error
  // is copied (a 100,000-row table is a million cells).
  let copy: Matrix | undefined;
  for (let r = 0; r < value.length; r += 1) {
    const row = value[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell: unknown = row[c];
      if (typeof cell !== 'object' || cell === null || errorCode(cell) === undefined) continue;
      copy ??= value.slice();
      copy[r] = row.map(plainCell);
      break;
    }
  }
  return copy ?? value;
}

/** An optional range: errors as code text, and 0 (a blank cell on Windows) as blank. */
export function optionalRange(value: unknown): unknown {
  if (!isMatrix(value)) return value === 0 ? null : plainCell(value);
  return value.map((row) => row.map((cell) => (cell === 0 ? '' : plainCell(cell))));
}

/**
 * An optional scalar that names a date or a licence: omitted (null), an empty cell (0 on
 * Windows, null on the web) and '' are all "not given".
 */
export function optionalScalar(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || value === 0) return undefined;
  return plainCell(value);
}

/** Excel's label for a totals row, in the languages Excel names it in. */
const TOTALS_LABELS = new Set(
  [
    'Total',
    'Totals',
    'Grand total',
    'Summe',
    'Ergebnis',
    'Totaal',
    'Totale',
    'Totalt',
    'Summa',
    'Suma',
    'Razem',
    'Celkem',
    'Összesen',
    'Итог',
    'Toplam',
    '合計',
    '汇总',
    '합계',
  ].map((label) => label.toLowerCase()),
);

/** Whether the last row of a range with a header row is a table's totals row. */
function endsWithTotals(rows: Matrix): boolean {
  if (rows.length < 3) return false;
  const last: unknown = rows[rows.length - 1];
  if (!Array.isArray(last)) return false;
  const label: unknown = last[0];
  if (typeof label !== 'string' || !TOTALS_LABELS.has(label.trim().toLowerCase())) return false;
  return last
    .slice(1)
    .every(
      (cell) =>
        cell === null || cell === '' || typeof cell === 'number' || errorCode(cell) !== undefined,
    );
}

export interface TableArgument {
  /** The rows to read, without a totals row. */
  readonly rows: unknown;
  /** A totals row was left out (the last row of the input). */
  readonly totals: boolean;
}

/**
 * A table argument (Assignments[#All]): a totals row left out. Its error cells are passed on
 * as Excel gives them: the engine reads an error object as it reads the error's code (not
 * copied to text first: a 100,000-row table is a million cells); an optional table's are made
 * code text with its blanks.
 */
export function tableArgument(value: unknown, optional = false): TableArgument {
  const plain = optional ? optionalRange(value) : value;
  // Only the last row is looked at here: the engine checks every row's shape (rangeSheet).
  if (!Array.isArray(plain) || !endsWithTotals(plain as Matrix))
    return { rows: plain, totals: false };
  return { rows: plain.slice(0, -1), totals: true };
}
