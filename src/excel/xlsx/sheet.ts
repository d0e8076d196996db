/**
 * A worksheet part as rows of plain values, the shapes Office.js gives (`Range.values`): text,
 * numbers (dates stay serials, as Excel hands them to the add-in), booleans, error codes
 * ('#N/A'); a formula as its cached result. Tokenized by saxes, without namespaces (the hot
 * path: a prefixed `<x:c>` reads as `<c>`), and only inside `sheetData`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PackageDamage } from './damage';
import { decodeEscapes, type SharedStrings } from './shared-strings';
import { SheetScanner, type CellSink } from './sheet-scan';

/** Excel's grid: no cell beyond these is read (a fuzzed `r="9999999"` stays out). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type Row = unknown[];

/** Cells past which a sheet is refused: far more than any register, far less than the memory. */
export const MAX_CELLS = 40_000_000;

export class TooManyCells extends Error {}

const enum Capture {
  None,
  Value,
  InlineText,
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Column number (1 = A) of a reference like `AB12`; 0 when it has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + code - 96;
  }
  return column;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The serial of an ISO 8601 date cell (`t="d"`), as Excel shows it; the text if not a date. */
function isoToSerial(text: string, date1904: boolean): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || text.length <= 10 ? text : `${text}Z`);
  if (Number.isNaN(ms)) return text;
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY;
  // Excel counts 29 February 1900, which never was: dates before March 1900 are one less.
  return serial < 61 ? serial - 1 : serial;
}

export interface SheetParserOptions {
  readonly strings: SharedStrings;
  readonly date1904: boolean;
  /** The part's name, for a message about it. */
  readonly part: string;
  /** Stop at the first row past this one (reading a sheet's first rows only). */
  readonly lastRow?: number;
  /** Called after each row with the number of rows read so far. */
  readonly onRow?: (rows: number) => void;
  /** Cells past which the sheet is refused (MAX_CELLS unless a test says less). */
  readonly maxCells?: number;
  /** Scan `sheetData` by hand where it has the usual shape (sheet-scan.ts); false: saxes only. */
  readonly scan?: boolean;
}

/** The opening `sheetData` tag (unprefixed; a prefixed part is left to saxes). */
const SHEET_DATA = /<sheetData(?=[\s>/])[^>]*>/;
/** Text before `sheetData` held to find it, past which saxes reads the part alone. */
const MAX_HEAD = 4 * 1024 * 1024;

export class SheetParser implements CellSink {
  readonly rows: (Row | undefined)[] = [];
  /** The sheet's data has been read (its end, or the last row asked for, was reached). */
  done = false;
  /** All of the sheet's data has been read (not only its first rows). */
  complete = false;
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private readonly lastRow: number;
  private inData = false;
  private row: Row | undefined;
  private rowNumber = 0;
  private rowCount = 0;
  private cells = 0;
  private column = 0;
  private type = '';
  private capture = Capture.None;
  private phonetic = 0;
  private value = '';
  private hasValue = false;
  private inline = '';
  private hasInline = false;
  /** Text before `sheetData`, held until its opening tag is found (scanning only). */
  private head: string | undefined;
  private scanner: SheetScanner | undefined;

  constructor(private readonly options: SheetParserOptions) {
    this.lastRow = Math.min(options.lastRow ?? MAX_ROWS, MAX_ROWS);
    if (options.scan !== false) this.head = '';
    const parser = this.parser;
    parser.on('doctype', () => {
      throw new PackageDamage('dtd', options.part);
    });
    parser.on('error', () => {
      throw new PackageDamage('xml', options.part);
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(tag));
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
  }

  /**
   * The hand scanner met something it does not read: the part must be read again by a parser
   * made with `scan: false` (this one has stopped).
   */
  get declined(): boolean {
    return this.scanner?.declined === true;
  }

  write(text: string): void {
    if (this.done || this.declined) return;
    if (this.scanner) this.scanner.write(text);
    else if (this.head !== undefined) this.writeHead(text);
    else this.parser.write(text);
  }

  /**
   * Before `sheetData`: the text is held until its opening tag shows, then saxes reads up to
   * and including that tag (the prologue is checked as before) and the scanner the rest.
   */
  private writeHead(text: string): void {
    const head = this.head + text;
    const found = SHEET_DATA.exec(head);
    if (!found) {
      this.head = head;
      if (head.length > MAX_HEAD) {
        this.head = undefined;
        this.parser.write(head);
      }
      return;
    }
    this.head = undefined;
    const after = found.index + found[0].length;
    this.parser.write(head.slice(0, after));
    // Saxes saw it as the sheet's data (not inside a comment, and not `<sheetData/>`); else
    // saxes reads on, as it would have read this text alone.
    if (!this.inData || this.done) {
      this.parser.write(head.slice(after));
      return;
    }
    this.scanner = new SheetScanner(this);
    this.scanner.write(head.slice(after));
  }

  /** The part has ended: a sheet whose XML is cut short is damaged. */
  end(): void {
    if (this.done || this.declined) return;
    if (this.scanner) {
      this.scanner.end();
      return;
    }
    if (this.head !== undefined) {
      this.parser.write(this.head);
      this.head = undefined;
    }
    this.parser.close();
    this.done = true;
    this.complete = true;
  }

  // The scanner's calls (CellSink): the same steps the saxes events take below.
  openRow(r: number): void {
    this.startRow(r);
  }

  openCell(column: number, type: string): void {
    this.startCell(column, type);
  }

  cellValue(text: string): void {
    // Appended, as saxes's text events are: a second <v> in a cell runs on from the first.
    this.hasValue = true;
    this.value += text;
  }

  closeCell(): void {
    this.endCell();
  }

  closeRow(): void {
    this.endRow();
  }

  closeData(): void {
    this.done = true;
    this.complete = true;
  }

  private open(tag: SaxesTagPlain): void {
    if (this.done) return;
    if (this.inData) this.openNamed(tag.name, tag);
    else if (localName(tag.name) === 'sheetData') this.inData = true;
  }

  /** Most parts use no prefix: their names match at once; a prefixed one, after its prefix. */
  private openNamed(name: string, tag: SaxesTagPlain): void {
    switch (name) {
      case 'c':
        this.startCell(
          tag.attributes.r === undefined ? 0 : columnOf(tag.attributes.r),
          tag.attributes.t ?? '',
        );
        break;
      case 'v':
        this.capture = Capture.Value;
        this.hasValue = true;
        break;
      case 'row':
        this.startRow(tag.attributes.r === undefined ? NaN : Number(tag.attributes.r));
        break;
      case 't':
        if (this.phonetic === 0) {
          this.capture = Capture.InlineText;
          this.hasInline = true;
        }
        break;
      case 'rPh':
        this.phonetic += 1;
        break;
      default: {
        const colon = name.indexOf(':');
        if (colon >= 0) this.openNamed(name.slice(colon + 1), tag);
      }
    }
  }

  /** A cell: its column from its reference (0: none, the next one), and its type. */
  private startCell(column: number, type: string): void {
    this.column = column > 0 ? column : this.column + 1;
    this.type = type;
    this.hasValue = false;
    this.hasInline = false;
    this.value = '';
    this.inline = '';
  }

  /** A row: its number from its reference (NaN: none, the next one). */
  private startRow(number: number): void {
    this.rowNumber = Number.isInteger(number) && number > 0 ? number : this.rowNumber + 1;
    this.column = 0;
    if (this.rowNumber > this.lastRow) {
      this.row = undefined;
      if (this.options.lastRow !== undefined) this.done = true;
      return;
    }
    this.row = [];
    this.rows[this.rowNumber - 1] = this.row;
  }

  private close(tag: SaxesTagPlain): void {
    if (!this.done && this.inData) this.closeNamed(tag.name);
  }

  private closeNamed(name: string): void {
    switch (name) {
      case 'c':
        this.endCell();
        break;
      case 'v':
      case 't':
        this.capture = Capture.None;
        break;
      case 'row':
        this.endRow();
        break;
      case 'rPh':
        this.phonetic -= 1;
        break;
      case 'sheetData':
        this.done = true;
        this.complete = true;
        break;
      default: {
        const colon = name.indexOf(':');
        if (colon >= 0) this.closeNamed(name.slice(colon + 1));
      }
    }
  }

  private text(text: string): void {
    if (this.capture === Capture.Value) this.value += text;
    else if (this.capture === Capture.InlineText) this.inline += text;
  }

  private endRow(): void {
    this.rowCount += 1;
    this.options.onRow?.(this.rowCount);
  }

  private endCell(): void {
    const row = this.row;
    if (row === undefined || this.column > MAX_COLUMNS) return;
    const value = this.valueOfCell();
    if (value === null) return;
    this.cells += 1;
    if (this.cells > (this.options.maxCells ?? MAX_CELLS)) throw new TooManyCells();
    row[this.column - 1] = value;
  }

  private valueOfCell(): unknown {
    const text = this.value;
    switch (this.type) {
      case 's': {
        if (!this.hasValue) return null;
        return this.options.strings.at(Number(text)) ?? null;
      }
      case 'inlineStr':
        if (this.hasInline) return decodeEscapes(this.inline);
        return this.hasValue ? decodeEscapes(text) : null;
      case 'str':
        return this.hasValue ? decodeEscapes(text) : null;
      case 'b':
        return this.hasValue ? text.trim() === '1' || text.trim() === 'true' : null;
      case 'e':
        return this.hasValue ? text.trim() : null;
      case 'd':
        return this.hasValue && text.trim() !== ''
          ? isoToSerial(text.trim(), this.options.date1904)
          : null;
      default: {
        if (!this.hasValue) return this.hasInline ? decodeEscapes(this.inline) : null;
        if (text === '') return null;
        const number = Number(text);
        return Number.isNaN(number) ? '#VALUE!' : number;
      }
    }
  }
}
