/**
 * The tag and text readers of the hand scanner (sheet-scan.ts): a tag's `r` and `t` attributes
 * found in place, a row's number and a cell's column read without making a string, a cell's
 * type as a constant, and whether a value is text XML reads as it is written. Each answers
 * false (or declines) for anything the scanner leaves to saxes.
 */

export const LT = 60; // <
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '

export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

/** Where the attributes the builder needs (`r`, `t`) are in the text; -1 when absent. */
export interface Attributes {
  rFrom: number;
  rTo: number;
  tFrom: number;
  tTo: number;
  /** Where each attribute's name starts and ends, to find one written twice. */
  readonly names: Int32Array;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 58) || // digits and ':'
    c === 95 ||
    c === 45 ||
    c === 46
  );
}

/**
 * Reads `name="value"` pairs from `from` to `to` without making a string: names of letters,
 * digits, `_ - . :`, values with no `&` or `<` (an entity or a bad character: saxes decides
 * those). A name written twice is not plain (saxes refuses it).
 */
export function readAttributes(text: string, from: number, to: number, out: Attributes): boolean {
  out.rFrom = -1;
  out.tFrom = -1;
  const names = out.names;
  let count = 0;
  let i = from;
  for (;;) {
    let spaced = false;
    while (i < to && isSpace(text.charCodeAt(i))) {
      i += 1;
      spaced = true;
    }
    if (i >= to) return true;
    if (!spaced) return false;
    const start = i;
    while (i < to && isNameChar(text.charCodeAt(i))) i += 1;
    if (i === start || i >= to || text.charCodeAt(i) !== EQ) return false;
    const length = i - start;
    for (let k = 0; k < count; k += 2) {
      if (names[k + 1] - names[k] === length && sameText(text, names[k], start, length))
        return false;
    }
    // More attributes than any writer puts on a row or a cell: saxes reads them.
    if (count === names.length) return false;
    names[count] = start;
    names[count + 1] = i;
    count += 2;
    i += 1;
    const quote = text.charCodeAt(i);
    if (quote !== QUOT && quote !== APOS) return false;
    const close = text.indexOf(quote === QUOT ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return false;
    for (let k = i + 1; k < close; k += 1) {
      const c = text.charCodeAt(k);
      if (c === 38 || c === LT || c < 32 || c === 0xfffe || c === 0xffff) {
        if (c !== 9 && c !== 10) return false;
      }
    }
    if (length === 1) {
      const c = text.charCodeAt(start);
      if (c === 114 /* r */) {
        out.rFrom = i + 1;
        out.rTo = close;
      } else if (c === 116 /* t */) {
        out.tFrom = i + 1;
        out.tTo = close;
      }
    }
    i = close + 1;
  }
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k += 1)
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** A row's `r`: digits read in place, anything else as Number reads it (as saxes's path does). */
export function rowNumber(text: string, from: number, to: number): number {
  if (from < 0) return NaN;
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9 || to - from > 9) return Number(text.slice(from, to));
    n = n * 10 + c;
  }
  return from === to ? 0 : n;
}

/** A cell's column from its `r` (1 = A): the letters it starts with; 0 when none or absent. */
export function columnNumber(text: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; from >= 0 && i < to; i += 1) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  return column;
}

/** A cell's `t`: the usual ones as constants, no string made per cell. */
export function cellType(text: string, from: number, to: number): string {
  if (from < 0) return '';
  if (to - from === 1) {
    switch (text.charCodeAt(from)) {
      case 115:
        return 's';
      case 110:
        return 'n';
      case 98:
        return 'b';
      case 101:
        return 'e';
      case 100:
        return 'd';
    }
  }
  if (to - from === 3 && text.startsWith('str', from)) return 'str';
  return text.slice(from, to);
}

/** The named entities XML defines: a formula's text may hold them; it is not read, only checked. */
const ENTITY = /^&(amp|lt|gt|quot|apos);/;

/**
 * Text XML reads as it is written: no markup, carriage return (XML folds it), control or
 * non-character, and no entity unless `entities` allows the five named ones.
 */
export function isPlainValue(text: string, entities = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 32) {
      if (c !== 9 && c !== 10) return false;
    } else if (c === 38) {
      if (!entities || !ENTITY.test(text.slice(i, i + 6))) return false;
    } else if (c === LT || c === 0xfffe || c === 0xffff) return false;
  }
  return !text.includes(']]>');
}
