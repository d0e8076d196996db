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

import {
  cellType,
  columnNumber,
  isPlainValue,
  isSpace,
  LT,
  readAttributes,
  rowNumber,
  type Attributes,
} from './sheet-scan-text';

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

const SLASH = 47; // /

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
