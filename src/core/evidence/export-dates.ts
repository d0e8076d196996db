/**
 * Dates as exports write them. PowerShell writes a DateTime in the culture of the computer
 * that ran the export: en-US "11/27/2026 9:14:03 AM", en-GB and fr-FR "27/11/2026 09:14:03",
 * de-DE "27.11.2026 09:14:03", nl-NL "27-11-2026 09:14:03"; Microsoft 365 reports write ISO
 * "2026-11-27". The time of day is dropped (day numbers). Only the slash form is ambiguous:
 * the culture decides it unless the file itself shows the order (a 27 can only be a day).
 */
import { textToDay } from '../register';
import { NOTES } from './messages';
import type { DateCulture } from './types';

// Bound once: every date cell of an export is read with it (docs/architecture.md, "Hot loops").
const isoDay = textToDay;

export type DateOrder = 'month-first' | 'day-first';

export const DEFAULT_CULTURE: DateCulture = 'en-US';

/** The cultures an export's dates may be read in, with how each writes 27 November 2026. */
export const DATE_CULTURES: readonly { readonly culture: DateCulture; readonly example: string }[] =
  [
    { culture: 'en-US', example: '11/27/2026' },
    { culture: 'en-GB', example: '27/11/2026' },
    { culture: 'de-DE', example: '27.11.2026' },
    { culture: 'fr-FR', example: '27/11/2026' },
    { culture: 'nl-NL', example: '27-11-2026' },
  ];

export function cultureOrder(culture: DateCulture): DateOrder {
  return culture === 'en-US' ? 'month-first' : 'day-first';
}

const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[\sT,]+(.*))?$/;
const TIME =
  /^\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/i;
const NEVER = /^(never|nie|jamais|nooit|n\/a|-)$/i;

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

/**
 * Day numbers of calendar dates already read, by year * 10000 + month * 100 + day (a four-digit
 * year and one- or two-digit parts, so no two dates share a key): an export's dates fall on
 * a few hundred days, each read through the date module once.
 */
type DayCache = Map<number, number | undefined>;

/** Day number of a calendar date, through the engine's one date module. */
function dayOf(year: string, month: string, day: string, cache?: DayCache): number | undefined {
  const key = Number(year) * 10_000 + Number(month) * 100 + Number(day);
  if (cache?.has(key)) return cache.get(key);
  const result = isoDay(`${year}-${pad(month)}-${pad(day)}`);
  const found = typeof result === 'number' ? result : undefined;
  cache?.set(key, found);
  return found;
}

/**
 * Day number of a date as an export writes it; undefined for an empty cell, "Never", or
 * anything that is not a date. Never throws.
 * @example readExportDate('27.11.2026 09:14:03', 'month-first') // day of 2026-11-27
 * @example readExportDate('11/27/2026 9:14:03 AM', 'month-first') // the same day
 */
export function readExportDate(text: string, order: DateOrder): number | undefined {
  return readDate(text, order);
}

function readDate(text: string, order: DateOrder, cache?: DayCache): number | undefined {
  const value = text.trim();
  if (value === '' || NEVER.test(value)) return undefined;
  const match = NUMERIC.exec(value);
  if (match) {
    const [, a, separator, b, year, time] = match;
    if (time !== undefined && !TIME.test(time.trim())) return undefined;
    // Dots (de-DE) and dashes (nl-NL) with the year last are always day first.
    const dayFirst = separator !== '/' || order === 'day-first';
    return dayFirst ? dayOf(year, b, a, cache) : dayOf(year, a, b, cache);
  }
  const day = isoDay(value);
  return typeof day === 'number' ? day : undefined;
}

/** The order the slash dates of a column can only have, if they show it. */
function orderShown(values: readonly string[]): {
  order?: DateOrder;
  decisive?: string;
  ambiguous?: string;
} {
  let dayFirst: string | undefined;
  let monthFirst: string | undefined;
  let ambiguous: string | undefined;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    const match = NUMERIC.exec(value.trim());
    if (!match || match[2] !== '/') continue;
    const a = Number(match[1]);
    const b = Number(match[3]);
    if (a > 12 && b <= 12) dayFirst ??= value.trim();
    else if (b > 12 && a <= 12) monthFirst ??= value.trim();
    else if (a <= 12 && b <= 12 && a !== b) ambiguous ??= value.trim();
  }
  if (dayFirst !== undefined && monthFirst === undefined) {
    return { order: 'day-first', decisive: dayFirst };
  }
  if (monthFirst !== undefined && dayFirst === undefined) {
    return { order: 'month-first', decisive: monthFirst };
  }
  return { ambiguous };
}

export interface DateReader {
  /** Day number of a cell, or undefined. */
  read(text: string): number | undefined;
  /** What the admin should know about how the dates were read (added once). */
  notes(): string[];
}

/**
 * A reader for the date cells of one file: the order of slash dates comes from the file when
 * its dates show it (a day above 12), otherwise from the culture, and the notes say which.
 */
export function dateReader(values: readonly string[], culture: DateCulture): DateReader {
  const shown = orderShown(values);
  const assumed = cultureOrder(culture);
  const order = shown.order ?? assumed;
  const notes: string[] = [];
  if (shown.order !== undefined && shown.order !== assumed && shown.decisive !== undefined) {
    notes.push(NOTES.dateOrderFromFile(shown.decisive, order === 'day-first', culture));
  } else if (shown.order === undefined && shown.ambiguous !== undefined) {
    notes.push(NOTES.dateOrderAssumed(shown.ambiguous, order === 'day-first', culture));
  }
  let unread = 0;
  let example = '';
  const days: DayCache = new Map();
  return {
    read(text: string): number | undefined {
      const day = readDate(text, order, days);
      if (day === undefined && text.trim() !== '' && !NEVER.test(text.trim())) {
        unread += 1;
        example ||= text.trim();
      }
      return day;
    },
    notes(): string[] {
      return unread > 0 ? [...notes, NOTES.unreadDates(unread, example)] : notes;
    },
  };
}
