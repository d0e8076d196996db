/**
 * Which comes first in a text date written with numbers only (01.03.2025, 03/01/2025): the
 * day or the month. A register says it in its Settings ("Date order": Day first, Month first,
 * or a pattern such as DD.MM.YYYY, TT.MM.JJJJ, jj/mm/aaaa, MM/DD/YYYY); Excel gives the
 * workbook's own as its short date pattern ("dd.MM.yyyy", "M/d/yyyy"). Without either, such a
 * date is ambiguous and refused.
 */
import { foldText } from './languages';

export type DateOrder = 'day-first' | 'month-first';

/** "Day first" and "Month first" in English and the register's other languages (folded). */
// prettier-ignore
const ORDER_WORDS: Readonly<Record<DateOrder, readonly string[]>> = {
  'day-first': ['day first', 'day-month-year', 'dmy', 'tag zuerst', 'jour en premier', 'dia primero', 'giorno prima', 'dag eerst', 'dzien pierwszy'],
  'month-first': ['month first', 'month-day-year', 'mdy', 'monat zuerst', 'mois en premier', 'mes primero', 'mese prima', 'maand eerst', 'miesiac pierwszy'],
};

/**
 * The order a date pattern gives: three parts, each one letter repeated, split at separators;
 * the part of M's is the month, the part of three letters or more (YYYY, JJJJ, AAAA, RRRR;
 * else the one of y's) the year, the other one the day. Undefined unless the year comes last
 * (a year-first pattern never needs the answer).
 */
export function orderOfPattern(pattern: string): DateOrder | undefined {
  const parts = pattern
    .trim()
    .split(/[^A-Za-z]+/)
    .filter((part) => part !== '');
  if (parts.length !== 3 || !parts.every((part) => /^(.)\1*$/i.test(part))) return undefined;
  const month = parts.findIndex((part) => /^m+$/i.test(part));
  const long = parts.findIndex((part) => part.length >= 3);
  const year = long >= 0 ? long : parts.findIndex((part) => /^y+$/i.test(part));
  if (month < 0 || year !== 2 || month === year) return undefined;
  return month === 0 ? 'month-first' : 'day-first';
}

/**
 * The date order a Settings value says: Day first, Month first (in any of the register's
 * languages), DMY or MDY, or a pattern; undefined when it says neither.
 * @example readDateOrder('TT.MM.JJJJ') === 'day-first'; readDateOrder('Month first') === 'month-first'
 */
export function readDateOrder(text: string): DateOrder | undefined {
  const folded = foldText(text).replace(/\s+/g, ' ').trim();
  for (const [order, words] of Object.entries(ORDER_WORDS) as [DateOrder, readonly string[]][])
    if (words.includes(folded)) return order;
  return orderOfPattern(text);
}
