/**
 * What the functions judge with: today (in the user's time zone) and the options of a function
 * that judges staleness, read in the workbook's date system.
 */
import { formulaOptions, type AuditOptions } from '../core';
import { valueOf } from './errors';
import { optionalScalar, plainCell } from './inputs';
import { knownDate1904, workbookDate1904 } from './workbook';

/** Today as last worked out, and the clock time until which it holds (the next midnight). */
let todayWas = { day: 0, until: -Infinity };

/**
 * Today in the user's time zone, as a day number (days since 1970-01-01). Worked out again only
 * after midnight: ISSTALE in a calculated column asks once per row.
 */
export function today(): number {
  const clock = Date.now();
  if (clock < todayWas.until) return todayWas.day;
  const now = new Date(clock);
  const day = Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  todayWas = { day, until: midnight };
  return day;
}

/**
 * The options of a function that judges staleness: its asOf and staleDays arguments, read in
 * the workbook's date system (asked of Excel once per session).
 */
export async function judging(staleDays: unknown, asOf: unknown): Promise<AuditOptions> {
  return judgingIn(knownDate1904() ?? (await workbookDate1904()), staleDays, asOf);
}

/** The options last read, and what they were read from (a calculated column repeats them). */
let lastJudged:
  | { date1904: boolean; staleDays: unknown; asOf: unknown; today: number; options: AuditOptions }
  | undefined;

/** The same, in a date system already known. */
export function judgingIn(date1904: boolean, staleDays: unknown, asOf: unknown): AuditOptions {
  const day = today();
  const last = lastJudged;
  if (
    last !== undefined &&
    last.today === day &&
    last.date1904 === date1904 &&
    last.staleDays === staleDays &&
    last.asOf === asOf
  )
    return last.options;
  const options = valueOf(
    formulaOptions({
      today: day,
      asOf: optionalScalar(asOf),
      staleDays: plainCell(staleDays),
      date1904,
    }),
  );
  lastJudged = { date1904, staleDays, asOf, today: day, options };
  return options;
}
