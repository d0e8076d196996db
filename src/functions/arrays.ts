/** Element-wise application over ranges, so a function works on a cell, a column or a table. */

type Matrix = readonly (readonly unknown[])[];

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** A scalar or 1x1 range repeats; otherwise every range must have the shape of the first. */
export function shapeOf(argument: string, values: readonly unknown[]): [number, number] | string {
  let shape: [number, number] = [1, 1];
  for (const value of values) {
    if (!isMatrix(value)) continue;
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
  if (!isMatrix(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  return value[r]?.[c];
}

export function map2D<T>(rows: number, cols: number, cell: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(r, c)));
}
