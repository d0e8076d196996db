/**
 * Cell coercion: the one module that turns a cell as Excel gives it (number, string,
 * boolean, date serial, date cell, error value, blank) into a typed value. Nothing here
 * throws; a cell that cannot be read becomes a {@link CellProblem} that names the value.
 */
import type { DateOrder } from './date-order';
import { jsDateToDay, serialToDay, textToDay, dayToIso, type DateProblem } from './dates';

export type CellProblemCode =
  | 'error-value'
  | 'not-a-date'
  | 'ambiguous-date'
  | 'phantom-date'
  | 'date-out-of-range'
  | 'not-a-number'
  | 'not-whole'
  | 'negative'
  | 'too-large'
  | 'not-positive'
  | 'unreadable';

/** A cell that could not be read: why, and the value as the admin would see it. */
export class CellProblem {
  constructor(
    readonly code: CellProblemCode,
    readonly value: string,
  ) {}
}

export function isProblem(value: unknown): value is CellProblem {
  return value instanceof CellProblem;
}

const ERROR_VALUES = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#UNKNOWN!',
  '#BUSY!',
  '#GETTING_DATA',
]);

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** The Excel error code a cell holds (`#N/A` …), if it holds one. */
export function errorValue(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length > 0 && value.charCodeAt(0) === 35 /* # */) {
      const upper = value.trim().toUpperCase();
      if (ERROR_VALUES.has(upper)) return upper;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    // A file reader's error cell ({ error: '#N/A' }), or the error object Excel passes a
    // custom function ({ code: '#N/A', message? }).
    const error = (value as { error?: unknown }).error;
    if (typeof error === 'string') return error;
    const code = (value as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('#')) return code;
  }
  return undefined;
}

/** True for an empty cell: null, undefined, or text of only white space. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    const first = value.charCodeAt(0);
    // Fast path: text that starts with a visible ASCII character is not blank.
    if (first > 32 && first < 127) return false;
    return value.replace(SPACES, '').length === 0;
  }
  return false;
}

/** How a value is quoted in a message: text in quotes, numbers and errors as they are. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return errorValue(value) ?? `"${shown}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toUpperCase();
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  }
  if (value === null || value === undefined) return 'an empty cell';
  return errorValue(value) ?? 'a value that is not text, a number or a date';
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

/** True for a character SPACES folds away (a BOM or zero-width space too, not only ASCII). */
function isSpace(code: number): boolean {
  return code <= 32 || code === 160 || (code >= 0x1680 && SPACE.test(String.fromCharCode(code)));
}

function normaliseText(text: string): string {
  // Fast path: most register text has no stray white space.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!isSpace(first) && !isSpace(last) && !/\s\s|[\u00a0\t\n\r]/.test(text)) {
    return text;
  }
  return text.replace(SPACES, ' ').trim();
}

/**
 * The text of a cell, trimmed with runs of white space folded to one space; null when blank.
 * Numbers and booleans become their text; a date cell becomes its ISO date.
 */
export function readText(value: unknown): string | null | CellProblem {
  if (typeof value === 'string') {
    if (value.length === 0) return null;
    if (value.charCodeAt(0) === 35 && errorValue(value)) {
      return new CellProblem('error-value', errorValue(value) as string);
    }
    const text = normaliseText(value);
    return text.length === 0 ? null : text;
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : new CellProblem('not-a-number', String(value));
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const day = jsDateToDay(value);
    return typeof day === 'number'
      ? dayToIso(day)
      : new CellProblem('not-a-date', 'an invalid date');
  }
  const error = errorValue(value);
  if (error) return new CellProblem('error-value', error);
  return new CellProblem('unreadable', describeValue(value));
}

function dateProblem(problem: DateProblem, value: unknown): CellProblem {
  const code: CellProblemCode =
    problem === 'phantom'
      ? 'phantom-date'
      : problem === 'out-of-range'
        ? 'date-out-of-range'
        : problem === 'ambiguous'
          ? 'ambiguous-date'
          : 'not-a-date';
  return new CellProblem(code, describeValue(value));
}

/**
 * A date as a day number (days since 1970-01-01); null when blank. Accepts Excel serials
 * (time of day dropped), date cells, numbers stored as text, and text dates (see textToDay),
 * day and month as numbers in the register's `order`.
 * @example readDay(45717) === 20148 // serial of 2025-03-01
 */
export function readDay(
  value: unknown,
  date1904 = false,
  order?: DateOrder,
): number | null | CellProblem {
  if (typeof value === 'number') {
    const day = serialToDay(value, date1904);
    return typeof day === 'number' ? day : dateProblem(day, value);
  }
  if (value instanceof Date) {
    const day = jsDateToDay(value);
    return typeof day === 'number' ? day : dateProblem(day, value);
  }
  const text = readText(value);
  if (text === null || isProblem(text)) return text;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const day = serialToDay(Number(text), date1904);
    return typeof day === 'number' ? day : dateProblem(day, value);
  }
  const day = textToDay(text, order);
  return typeof day === 'number' ? day : dateProblem(day, value);
}

const THOUSANDS = /^\d{1,3}(,\d{3})+$/;
const MAX_COUNT = 10_000_000;

/**
 * A whole, non-negative count such as a quantity or a number of days; null when blank.
 * Accepts numbers stored as text and thousands separators (`1,000`).
 */
export function readCount(value: unknown): number | null | CellProblem {
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'boolean' || value instanceof Date) {
    return new CellProblem('not-a-number', describeValue(value));
  } else {
    const text = readText(value);
    if (text === null || isProblem(text)) return text;
    const compact = THOUSANDS.test(text) ? text.replace(/,/g, '') : text;
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(compact)) {
      return new CellProblem('not-a-number', describeValue(value));
    }
    number = Number(compact);
  }
  if (!Number.isFinite(number)) return new CellProblem('not-a-number', describeValue(value));
  if (number < 0) return new CellProblem('negative', describeValue(value));
  if (!Number.isInteger(number)) return new CellProblem('not-whole', describeValue(value));
  if (number > MAX_COUNT) return new CellProblem('too-large', describeValue(value));
  return number;
}

/** The text of a cell for headers and labels: '' for blanks and unreadable cells. */
export function cellText(value: unknown): string {
  const text = readText(value);
  return text === null || isProblem(text) ? '' : text;
}

/**
 * True for text readText would return unchanged: no white space at the ends, no runs of
 * spaces, no tabs, line breaks or unusual spaces, not an error value. One pass, no regex:
 * this is on the path of every cell of a large register.
 */
export function isPlainText(text: string): boolean {
  return plainText(text) !== NOT_PLAIN;
}

/** plainText's answers: not plain text; plain with no space; plain with a space inside. */
export const NOT_PLAIN = 0;
export const PLAIN_WORD = 1;
export const PLAIN_SPACED = 2;

/**
 * isPlainText's pass, that also tells whether plain text has a space inside (a display name,
 * never a device's name): one pass answers both for every Assigned to of a register.
 */
export function plainText(text: string): number {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 35 /* # */) return NOT_PLAIN;
  let space = true; // a leading space makes it not plain
  let spaced = false;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return NOT_PLAIN;
      space = true;
      spaced = true;
      continue;
    }
    if (c < 32 || c === 127) return NOT_PLAIN;
    if (
      c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0xfeff ||
        (c >= 0x2000 && c <= 0x200b) ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000)
    ) {
      return NOT_PLAIN;
    }
    space = false;
  }
  if (space) return NOT_PLAIN;
  return spaced ? PLAIN_SPACED : PLAIN_WORD;
}

/**
 * The text of a cell as readText gives it, '' for blanks and unreadable cells; plain text
 * (the usual case) is returned as it is, without copying.
 */
export function textOf(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && isPlainText(value)) return value;
  const text = readText(value);
  return text === null || isProblem(text) ? '' : text;
}
