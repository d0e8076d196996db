/**
 * A worksheet's `sheetData` scanned by hand, for the shape nearly every writer gives it: rows
 * of `<c r=".." t=".."><v>..</v></c>`, formulas beside their cached value, nothing else. It
 * reads what the saxes tokenizer in sheet.ts reads, about three times as fast (no event per
 * attribute and per text, no string per tag name), and gives it to the same row builder.
 *
 * It never guesses: anything outside that shape — a namespace prefix, an inline string, a
 * comment, an entity, a carriage return, a tag it does not know, a part that ends inside
 * `sheetData` — and it declines, and the part is read again, from its start, by saxes, which
 * checks it is well-formed XML and reads everything XML allows. So a declined part costs one
 * more read and gives exactly the saxes result; a scanned part gives the same rows saxes would.
 */

/** What the scanner tells the row builder, in document order. */
export interface CellSink {
  /** The builder stops taking rows (the last row asked for was passed). */
  readonly done: boolean;
  /** A row: its `r` as a number (NaN when it has none or it is not a number). */
  openRow(r: number): void;
  /** A cell: its column from `r` (0 when it has none), and its `t` ('' when none). */
  openCell(column: number, type: string): void;
  /** The cell's `<v>` text, as written (no entity in it). */
  cellValue(text: string): void;
  closeCell(): void;
  closeRow(): void;
  /** `</sheetData>`: the sheet's data is all read. */
  closeData(): void;
}

const enum At {
  Data,
  Row,
  Cell,
}

/** Text held back waiting for the rest of a tag past which the scanner gives up. */
const MAX_PENDING = 1024 * 1024;

const LT = 60; // <
const SLASH = 47; // /
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9;
}

/** Where the attributes the builder needs (`r`, `t`) are in the text; -1 when absent. */
interface Attributes {
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
function readAttributes(text: string, from: number, to: number, out: Attributes): boolean {
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
function rowNumber(text: string, from: number, to: number): number {
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
function columnNumber(text: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; from >= 0 && i < to; i += 1) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  return column;
}

/** A cell's `t`: the usual ones as constants, no string made per cell. */
function cellType(text: string, from: number, to: number): string {
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
function isPlainValue(text: string, entities = false): boolean {
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

export class SheetScanner {
  /** The scanner met something outside its shape: the part must be read by saxes. */
  declined = false;
  private pending = '';
  private at = At.Data;
  private readonly attributes: Attributes = {
    rFrom: -1,
    rTo: -1,
    tFrom: -1,
    tTo: -1,
    names: new Int32Array(32),
  };

  constructor(private readonly sink: CellSink) {}

  write(chunk: string): void {
    if (this.declined || this.sink.done) return;
    const text = this.pending === '' ? chunk : this.pending + chunk;
    const used = this.scan(text);
    this.pending = used < text.length ? text.slice(used) : '';
    if (this.pending.length > MAX_PENDING) this.declined = true;
  }

  /** The part ended: unless `</sheetData>` was read, saxes must say what is wrong. */
  end(): void {
    if (!this.sink.done) this.declined = true;
  }

  private decline(): number {
    this.declined = true;
    return 0;
  }

  /** Scans whole tags of `text`; returns how far it got (the rest waits for the next chunk). */
  private scan(text: string): number {
    const sink = this.sink;
    const attributes = this.attributes;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== LT) {
        if (isSpace(c)) {
          i += 1;
          continue;
        }
        return this.decline();
      }
      const gt = text.indexOf('>', i + 1);
      if (gt < 0) return i;
      const second = text.charCodeAt(i + 1);
      if (second === SLASH) {
        // A closing tag: the one this place expects, or give up.
        const length = gt - i - 2;
        if (this.at === At.Cell && length === 1 && text.charCodeAt(i + 2) === 99 /* c */) {
          sink.closeCell();
          this.at = At.Row;
        } else if (this.at === At.Row && length === 3 && text.startsWith('row', i + 2)) {
          sink.closeRow();
          this.at = At.Data;
        } else if (this.at === At.Data && length === 9 && text.startsWith('sheetData', i + 2)) {
          sink.closeData();
          return n;
        } else return this.decline();
        i = gt + 1;
        continue;
      }
      const selfClosing = text.charCodeAt(gt - 1) === SLASH;
      const end = selfClosing ? gt - 1 : gt;
      let nameEnd = i + 1;
      while (nameEnd < end && !isSpace(text.charCodeAt(nameEnd))) nameEnd += 1;
      // The tag's name: c, v, f or row, each where it may be; anything else declines.
      const length = nameEnd - i - 1;
      const first = text.charCodeAt(i + 1);
      const name =
        length === 1
          ? first === 99
            ? 'c'
            : first === 118
              ? 'v'
              : first === 102
                ? 'f'
                : ''
          : length === 3 && text.startsWith('row', i + 1)
            ? 'row'
            : '';
      if (this.at === At.Row && name === 'c') {
        if (!readAttributes(text, nameEnd, end, attributes)) return this.decline();
        sink.openCell(
          columnNumber(text, attributes.rFrom, attributes.rTo),
          cellType(text, attributes.tFrom, attributes.tTo),
        );
        if (selfClosing) sink.closeCell();
        else this.at = At.Cell;
        i = gt + 1;
        continue;
      }
      if (this.at === At.Cell && (name === 'v' || name === 'f')) {
        if (!readAttributes(text, nameEnd, end, attributes)) return this.decline();
        if (selfClosing) {
          if (name === 'v') sink.cellValue('');
          i = gt + 1;
          continue;
        }
        const closing = name === 'v' ? '</v>' : '</f>';
        const close = text.indexOf(closing, gt + 1);
        if (close < 0) return i;
        const content = text.slice(gt + 1, close);
        if (!isPlainValue(content, name === 'f')) return this.decline();
        if (name === 'v') sink.cellValue(content);
        i = close + closing.length;
        continue;
      }
      if (this.at === At.Data && name === 'row') {
        if (!readAttributes(text, nameEnd, end, attributes)) return this.decline();
        sink.openRow(rowNumber(text, attributes.rFrom, attributes.rTo));
        if (selfClosing) sink.closeRow();
        else this.at = At.Row;
        // Past the last row asked for: nothing more is read.
        if (sink.done) return n;
        i = gt + 1;
        continue;
      }
      return this.decline();
    }
    return n;
  }
}
