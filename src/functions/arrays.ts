/** Element-wise application over ranges, so a function works on a cell, a column or a table. */

type Matrix = readonly (readonly unknown[])[];

export function isRange(value: unknown): value is Matrix {
  if (!Array.isArray(value)) return false;
  for (let r = 0; r < value.length; r += 1) if (!Array.isArray(value[r])) return false;
  return true;
}

/** A scalar or 1x1 range repeats; otherwise every range must have the shape of the first. */
export function shapeOf(argument: string, values: readonly unknown[]): [number, number] | string {
  let shape: [number, number] = [1, 1];
  for (const value of values) {
    if (!isRange(value)) continue;
    const rows = value.length;
    const cols = rows > 0 ? value[0].length : 0;
    if (rows === 1 && cols === 1) continue;
    if (shape[0] === 1 && shape[1] === 1) shape = [rows, cols];
    else if (shape[0] !== rows || shape[1] !== cols) {
      return `${argument}: the ranges must have the same size (${shape[0]}x${shape[1]} and ${rows}x${cols}).`;
    }
  }
  return shape;
}

/** The element of a (possibly repeating) argument at row r, column c. */
export function at(value: unknown, r: number, c: number): unknown {
  if (!isRange(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  return value[r]?.[c];
}

export function map2D<T>(rows: number, cols: number, cell: (r: number, c: number) => T): T[][] {
  // Plain loops: Array.from with a length object takes a slow generic path, and ISSTALE in a
  // calculated column is called once per row.
  const out = new Array<T[]>(rows);
  for (let r = 0; r < rows; r += 1) {
    const row = new Array<T>(cols);
    for (let c = 0; c < cols; c += 1) row[c] = cell(r, c);
    out[r] = row;
  }
  return out;
}
