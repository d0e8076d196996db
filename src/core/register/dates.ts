/**
 * Calendar dates as whole days since 1970-01-01 ("day numbers"), and the one place where
 * Excel serials, date cells and text dates become day numbers.
 *
 * Excel's 1900 date system counts 1900-01-01 as serial 1 and, for compatibility with Lotus
 * 1-2-3, has a 29 February 1900 (serial 60) that never existed. The 1904 system (old Mac
 * workbooks) counts 1904-01-01 as serial 0.
 */

import type { DateOrder } from './date-order';
import { foldText } from './languages';
import { monthOfName } from './month-names';

const MS_PER_DAY = 86_400_000;
/** Serial 61 (1900-03-01) minus its day number. */
const OFFSET_1900 = 25_569;
/** Serial 0 in the 1904 system is 1904-01-01, day -24107. */
const OFFSET_1904 = 24_107;
/** Excel's last date, 9999-12-31, in the 1900 system. */
export const MAX_SERIAL = 2_958_465;
export const PHANTOM_SERIAL = 60;

export type DateProblem = 'phantom' | 'out-of-range' | 'not-a-date' | 'ambiguous';

/**
 * serialToDay for a 1900-system serial from 61 (1900-03-01) to MAX_SERIAL, without its checks:
 * nearly every date of a register, read on every row (RowReader.day).
 */
export function regularSerialToDay(serial: number): number {
  return Math.floor(serial) - OFFSET_1900;
}

/** The first serial regularSerialToDay reads: the day after the phantom 1900-02-29. */
export const FIRST_REGULAR_SERIAL = 61;

/**
 * Day number of an Excel serial; time of day is dropped.
 * @example serialToDay(45717) === 20148 // 2025-03-01
 */
export function serialToDay(serial: number, date1904 = false): number | DateProblem {
  if (!Number.isFinite(serial)) return 'not-a-date';
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL - 1462) return 'out-of-range';
    return whole - OFFSET_1904;
  }
  if (whole < 1 || whole > MAX_SERIAL) return 'out-of-range';
  if (whole === PHANTOM_SERIAL) return 'phantom';
  return whole < PHANTOM_SERIAL ? whole - OFFSET_1900 + 1 : whole - OFFSET_1900;
}

/** The 1900-system serial of a day number (what Excel shows for that date). */
export function dayToSerial(day: number): number {
  const serial = day + OFFSET_1900;
  return serial <= PHANTOM_SERIAL ? serial - 1 : serial;
}

/** Day number of a Date as ExcelJS gives date cells: the wall-clock date stored as UTC. */
export function jsDateToDay(date: Date): number | DateProblem {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return 'not-a-date';
  return Math.floor(ms / MS_PER_DAY);
}

/**
 * `2025-03-01` for a day number: the civil-from-days algorithm (proleptic Gregorian), so
 * formatting a date costs a few integer operations rather than a Date.
 */
export function dayToIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function dayFromParts(year: number, month: number, dayOfMonth: number): number | DateProblem {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1) {
    return 'not-a-date';
  }
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const date = new Date(ms);
  // Date.UTC rolls 31 February over into March: refuse instead.
  if (date.getUTCDate() !== dayOfMonth || date.getUTCMonth() !== month - 1) return 'not-a-date';
  return Math.floor(ms / MS_PER_DAY);
}

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// On folded text (month-names.ts): "27 november 2026", "27. november 2026", "1er mars 2025",
// "27 de noviembre de 2026", "27-nov-2026".
const DAY_MONTH_NAME_YEAR =
  /^(\d{1,2})(?:\.|er|º|°)?[\s-]+(?:de\s+)?([a-z]{3,14})\.?[\s-]+(?:de\s+)?(\d{4})$/;
const MONTH_NAME_DAY_YEAR = /^([a-z]{3,14})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
/** Day and month as numbers, in an order the text does not say: 27.11.2026, 11/27/2026. */
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month a name says: in any language of month-names.ts, or an English name cut short ("Septem"). */
function monthNumber(name: string): number | undefined {
  const month = monthOfName(name);
  if (month !== undefined || name.length < 3) return month;
  const at = ENGLISH_MONTHS.findIndex((full) => full.startsWith(name));
  return at >= 0 ? at + 1 : undefined;
}

/**
 * Day number of a text date. Accepts ISO dates (`2025-03-01`, with an optional time),
 * `2025/03/01`, and dates with a month name in English, German, French, Spanish, Italian,
 * Dutch or Polish (`1 March 2025`, `Mar 1, 2025`, `27. November 2026`, `27 listopada 2026`).
 * Day and month as numbers (`27.11.2026`, `11/27/2026`) are read in the `order` given;
 * without one, between dots they are day first (no culture writes the month first so), and
 * with slashes or dashes 'ambiguous'.
 */
export function textToDay(text: string, order?: DateOrder): number | DateProblem {
  const trimmed = text.trim();
  let match = ISO.exec(trimmed);
  if (match) return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(trimmed);
  if (match) {
    // No culture writes the month first between dots (27.11.2026 is German, Polish, ...).
    const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    const dayFirst = dayFromParts(year, second, first);
    const monthFirst = dayFromParts(year, first, second);
    if (order === undefined && match[2] !== '.') {
      // Neither reading is a date (31/02/2026): it is no date, whichever the order.
      return typeof dayFirst === 'number' || typeof monthFirst === 'number'
        ? 'ambiguous'
        : 'not-a-date';
    }
    return order !== 'month-first' ? dayFirst : monthFirst;
  }
  const lower = foldText(trimmed);
  match = DAY_MONTH_NAME_YEAR.exec(lower);
  if (match) {
    const month = monthNumber(match[2]);
    if (month !== undefined) return dayFromParts(Number(match[3]), month, Number(match[1]));
  }
  match = MONTH_NAME_DAY_YEAR.exec(lower);
  if (match) {
    const month = monthNumber(match[1]);
    if (month !== undefined) return dayFromParts(Number(match[3]), month, Number(match[2]));
  }
  return 'not-a-date';
}

/** Day number of an ISO date string, or undefined when it is not one (for options). */
export function isoToDay(text: string): number | undefined {
  const day = textToDay(text);
  return typeof day === 'number' && /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? day : undefined;
}

/** A local calendar date as a day number: "today" is the admin's today, not UTC's. */
export function localDay(at: Date): number {
  return Math.floor(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) / MS_PER_DAY);
}

/** "2026-11-30 14:05" in local time, for "Generated at". */
export function localStamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
