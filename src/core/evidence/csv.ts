/**
 * CSV as PowerShell's Export-Csv, Excel and the Microsoft 365 admin center write it: RFC 4180
 * quoting (separators, doubled quotes and line breaks inside quotes), CRLF or LF, an
 * optional `#TYPE ...` first line (Windows PowerShell 5 without -NoTypeInformation) or
 * Excel's `sep=;` line, and a separator found in the header line: comma, semicolon
 * (`Export-Csv -UseCulture` on many European systems) or tab.
 */
import { PROBLEMS } from './messages';
import type { EvidenceProblem } from './types';

export interface CsvRecord {
  /** Line of the file (1-based) where the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  readonly separator: ',' | ';' | '\t';
  /** The type name of a `#TYPE` line, when the file has one. */
  readonly typeName?: string;
  /** Lines that repeated the header row and were skipped (with `repeatedHeaders: 'skip'`). */
  readonly repeatedHeaders?: readonly number[];
  /** Records whose every value was empty (skipped), e.g. a free seat of a licence. */
  readonly blankRecords?: number;
}

export interface CsvOptions {
  /**
   * 'skip': a record equal to the header row is a repeated header (Snipe-IT writes the header
   * again every 500 rows) and is skipped. By default it shows files joined together.
   */
  readonly repeatedHeaders?: 'skip' | 'refuse';
}

const SEPARATORS = [',', ';', '\t'] as const;
type Separator = (typeof SEPARATORS)[number];

/** The separator that occurs most often, outside quotes, in the first line; comma on a tie. */
export function detectSeparator(text: string, start = 0): Separator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: Separator = ',';
  for (const separator of SEPARATORS) {
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  }
  return best;
}

/** Where the line after `start` begins (past CRLF, LF or CR), or the text's length. */
function nextLine(text: string, start: number): number {
  const lf = text.indexOf('\n', start);
  const cr = text.indexOf('\r', start);
  if (lf < 0 && cr < 0) return text.length;
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? cr + 2 : cr + 1;
  return lf + 1;
}

interface Preamble {
  readonly start: number;
  readonly line: number;
  readonly typeName?: string;
  readonly separator?: Separator;
}

/** Skips a `#TYPE` line and an Excel `sep=` line at the start. */
function preamble(text: string): Preamble {
  let start = 0;
  let line = 1;
  let typeName: string | undefined;
  let separator: Separator | undefined;
  for (;;) {
    const end = nextLine(text, start);
    const first = text.slice(start, end).trim();
    const type = /^#TYPE\b\s*(.*)$/i.exec(first);
    const sep = /^"?sep=(.)"?$/i.exec(first);
    if (type && typeName === undefined) typeName = type[1];
    else if (sep && (SEPARATORS as readonly string[]).includes(sep[1]))
      separator = sep[1] as Separator;
    else return { start, line, typeName, separator };
    start = end;
    line += 1;
  }
}

function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** The lookup key of a header cell, as a repeated header is compared with it. */
function headerCellKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * A record equal to the header row (case and surrounding white space aside). Compared cell by
 * cell, which is the same as comparing the NUL-joined rows unless a header cell holds a NUL
 * (then the joined rows are compared, as a NUL could shift a boundary).
 */
class HeaderRow {
  private readonly keys: readonly string[];
  private readonly joined?: string;

  constructor(header: readonly string[]) {
    this.keys = header.map(headerCellKey);
    if (this.keys.some((key) => key.includes('\u0000'))) this.joined = this.keys.join('\u0000');
  }

  get columns(): number {
    return this.keys.length;
  }

  isRepeatedBy(fields: readonly string[]): boolean {
    if (fields.length !== this.keys.length) return false;
    if (this.joined !== undefined) return fields.map(headerCellKey).join('\u0000') === this.joined;
    for (let i = 0; i < fields.length; i += 1) {
      if (headerCellKey(fields[i]) !== this.keys[i]) return false;
    }
    return true;
  }
}

const TYPE_LINE = /^#TYPE\b/i;

/**
 * A record that shows the file is not one whole export: another export's header or #TYPE
 * line (files joined together), or a record with fewer values than the header has columns,
 * or more that are not empty (a line cut, pasted or edited by hand).
 */
function damaged(header: HeaderRow, records: readonly CsvRecord[]): EvidenceProblem | undefined {
  const columns = header.columns;
  for (let r = 0; r < records.length; r += 1) {
    const { fields, line } = records[r];
    const first = fields[0];
    if (first !== undefined && first.includes('#') && TYPE_LINE.test(first.trim())) {
      return PROBLEMS.joined(line);
    }
    if (header.isRepeatedBy(fields)) return PROBLEMS.joined(line);
    let extra = false;
    for (let i = columns; i < fields.length && !extra; i += 1) extra = fields[i].trim() !== '';
    if (fields.length < columns || extra) return PROBLEMS.damaged(line, fields.length, columns);
  }
  return undefined;
}

const QUOTE = 0x22;

/** Where `search` next occurs in text from `from`; n when it does not. */
function indexOr(text: string, search: string, from: number, n: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? n : at;
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * The header and records of a CSV text. Blank lines are skipped. A file that ends inside a
 * quoted value, or whose last line stops short of the header's columns without a final line
 * break, was cut short: problem 'truncated'; so is one with a record of the wrong length.
 * Another export's header or #TYPE line inside the file: problem 'not-csv'.
 * @example (parseCsv('"A","B"\r\n"1","x,y"\r\n') as CsvTable).records[0].fields // ['1', 'x,y']
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvTable | EvidenceProblem {
  const head = preamble(text);
  const separator = head.separator ?? detectSeparator(text, head.start);
  const sep = separator.charCodeAt(0);
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  // A field is `field` (its text up to `from`, where quotes ended) and text.slice(from, i):
  // values are sliced from the text, never built a character at a time.
  let field = '';
  let from = head.start;
  let quoted = false;
  let line = head.line;
  let recordLine = line;
  let quoteLine = line;
  let blankRecords = 0;
  const n = text.length;
  // The next CR and LF at or after where they were last looked for (n when there is none),
  // so a quoted value is crossed with indexOf and only its line breaks are looked at.
  let nextCr = -1;
  let nextLf = -1;
  for (let i = head.start; i < n; i += 1) {
    let c = text.charCodeAt(i);
    if (quoted && c !== QUOTE) {
      let close = text.indexOf('"', i);
      if (close < 0) close = n;
      for (;;) {
        if (nextCr < i) nextCr = indexOr(text, '\r', i, n);
        if (nextLf < i) nextLf = indexOr(text, '\n', i, n);
        const brk = nextCr < nextLf ? nextCr : nextLf;
        if (brk >= close) break;
        if (brk === nextLf || text.charCodeAt(brk + 1) !== LF) line += 1;
        i = brk + 1;
      }
      if (close === n) break;
      i = close;
      c = QUOTE;
    }
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          // A doubled quote is one quote of the value: keep the first, skip the second.
          field += text.slice(from, i + 1);
          i += 1;
        } else {
          field += text.slice(from, i);
          quoted = false;
        }
        from = i + 1;
      } else if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
    } else if (c === QUOTE && (from === i ? field : field + text.slice(from, i)).trim() === '') {
      // A quote opens a quoted value only at the start of a field; elsewhere it is text.
      field = '';
      quoted = true;
      quoteLine = line;
      from = i + 1;
    } else if (c === sep) {
      fields.push(field + text.slice(from, i));
      field = '';
      from = i + 1;
    } else if (c === CR || c === LF) {
      fields.push(field + text.slice(from, i));
      if (c === CR && text.charCodeAt(i + 1) === LF) i += 1;
      if (!isBlankRecord(fields)) rows.push({ line: recordLine, fields });
      else if (fields.length > 1) blankRecords += 1;
      fields = [];
      field = '';
      from = i + 1;
      line += 1;
      recordLine = line;
    }
  }
  if (quoted) return PROBLEMS.truncated(quoteLine);
  const last = text.charCodeAt(n - 1);
  if (last !== LF && last !== CR) {
    fields.push(field + text.slice(from, n));
    if (!isBlankRecord(fields)) {
      if (rows.length > 0 && fields.length < rows[0].fields.length) {
        return PROBLEMS.truncated(recordLine);
      }
      rows.push({ line: recordLine, fields });
    }
  }
  const header = rows.length > 0 ? rows[0] : undefined;
  let records = rows.slice(1);
  const repeated: number[] = [];
  if (header) {
    const again = new HeaderRow(header.fields);
    if (options.repeatedHeaders === 'skip') {
      records = records.filter((record) => {
        const skip = again.isRepeatedBy(record.fields);
        if (skip) repeated.push(record.line);
        return !skip;
      });
    }
    const damage = damaged(again, records);
    if (damage) return damage;
  }
  return {
    header: header ? header.fields.map((h) => h.trim()) : [],
    records,
    separator,
    ...(head.typeName !== undefined ? { typeName: head.typeName } : {}),
    ...(repeated.length > 0 ? { repeatedHeaders: repeated } : {}),
    ...(blankRecords > 0 ? { blankRecords } : {}),
  };
}
