/**
 * CAL.ISSTALE's answer once its options are read: one cell each (a calculated column, row by
 * row) directly, ranges element by element with their header row.
 */
import { DEFAULT_STALE_DAYS, RangeProblem, isStaleValue, type AuditOptions } from '../core';
import { at } from './arrays';
import { perCell } from './per-cell';
import { excelError } from './errors';
import { plainCell, plainRange } from './inputs';

/** The one cell of an argument that is a cell (a scalar or a 1x1 range), else NOT_ONE. */
const NOT_ONE = Symbol('not one cell');
function oneCell(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const row: unknown = value.length === 1 ? value[0] : undefined;
  return Array.isArray(row) && row.length === 1 ? row[0] : NOT_ONE;
}

/** ISSTALE's answer per cell, once its options are read. */
export function staleness(
  options: AuditOptions,
  status: unknown,
  lastActivity: unknown,
): unknown[][] {
  const day = typeof options.asOf === 'number' ? options.asOf : options.today;
  const days = options.staleDays ?? DEFAULT_STALE_DAYS;
  // One cell each, as a calculated column asks row by row: no shapes or headers to work out.
  const oneStatus = oneCell(status);
  const oneActivity = oneCell(lastActivity);
  if (oneStatus !== NOT_ONE && oneActivity !== NOT_ONE) {
    const answer = isStaleValue(
      plainCell(oneStatus),
      plainCell(oneActivity),
      day,
      days,
      options.date1904,
    );
    return [[answer instanceof RangeProblem ? excelError(answer) : answer]];
  }
  const statuses = plainRange(status);
  const activity = plainRange(lastActivity);
  return perCell(
    'ISSTALE',
    [
      [['status'], statuses],
      [['lastActivity'], activity],
    ],
    'Stale',
    (r, c) => isStaleValue(at(statuses, r, c), at(activity, r, c), day, days, options.date1904),
  );
}
