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
  openRow(r: string | undefined): void;
  openCell(r: string | undefined, type: string): void;
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

/** The attributes the builder needs (`r`, `t`), or undefined when the tag is not plain. */
interface Attributes {
  r: string | undefined;
  t: string;
}

/**
 * Reads `name="value"` pairs from `from` to `to`: names of letters, digits, `_ - . :`, values
 * with no `&` or `<` (an entity or a bad character: saxes decides those). A name twice is not
 * plain (saxes refuses it).
 */
function readAttributes(text: string, from: number, to: number, out: Attributes): boolean {
  out.r = undefined;
  out.t = '';
  let names = '';
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
    while (i < to) {
      const c = text.charCodeAt(i);
      const nameChar =
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 58) || // digits and ':'
        c === 95 ||
        c === 45 ||
        c === 46;
      if (!nameChar) break;
      i += 1;
    }
    if (i === start || i >= to || text.charCodeAt(i) !== EQ) return false;
    const name = text.slice(start, i);
    i += 1;
    const quote = text.charCodeAt(i);
    if (quote !== QUOT && quote !== APOS) return false;
    const close = text.indexOf(quote === QUOT ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return false;
    const value = text.slice(i + 1, close);
    if (!isPlainValue(value)) return false;
    const key = `\u0000${name}\u0000`;
    if (names.includes(key)) return false;
    names += key;
    if (name === 'r') out.r = value;
    else if (name === 't') out.t = value;
    i = close + 1;
  }
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
  private readonly attributes: Attributes = { r: undefined, t: '' };

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
        const name = text.slice(i + 2, gt);
        if (this.at === At.Cell && name === 'c') {
          sink.closeCell();
          this.at = At.Row;
        } else if (this.at === At.Row && name === 'row') {
          sink.closeRow();
          this.at = At.Data;
        } else if (this.at === At.Data && name === 'sheetData') {
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
      const name = text.slice(i + 1, nameEnd);
      if (this.at === At.Row && name === 'c') {
        if (!readAttributes(text, nameEnd, end, attributes)) return this.decline();
        sink.openCell(attributes.r, attributes.t);
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
        sink.openRow(attributes.r);
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
