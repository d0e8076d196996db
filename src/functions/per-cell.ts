/**
 * A function answered cell by cell over Assignments columns (CAL.ISSTALE, CAL.ISMISRECORDED): a
 * cell, a column or a table in, the same shape out, with the header row answered by a heading.
 */
import { RangeProblem, startsWithHeaders } from '../core';
import { map2D, shapeOf } from './arrays';
import { excelError } from './errors';

/**
 * The answer for each cell position of `columns` (their fields, as the Assignments headers name
 * them, and their values): `heading` for the header row when the ranges start with the
 * headers, else `answer(r, c)`, a RangeProblem becoming its Excel error. Ranges of different
 * sizes are #VALUE!.
 */
export function perCell(
  name: string,
  columns: ReadonlyArray<readonly [fields: readonly string[], values: unknown]>,
  heading: string,
  answer: (r: number, c: number) => unknown,
): unknown[][] {
  const shape = shapeOf(
    name,
    columns.map(([, values]) => values),
  );
  if (typeof shape === 'string') throw excelError(new RangeProblem('value', shape));
  const header = startsWithHeaders('Assignments', columns);
  return map2D(shape[0], shape[1], (r, c) => {
    if (header && r === 0) return heading;
    const value = answer(r, c);
    return value instanceof RangeProblem ? excelError(value) : value;
  });
}
