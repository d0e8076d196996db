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
  return fields.every((field) => field.trim() === '');
}

/**
 * A record that shows the file is not one whole export: another export's header or #TYPE
 * line (files joined together), or a record with fewer values than the header has columns,
 * or more that are not empty (a line cut, pasted or edited by hand).
 */
function isHeaderAgain(fields: readonly string[], again: string, columns: number): boolean {
  return (
    fields.length === columns && fields.map((f) => f.trim().toLowerCase()).join('\u0000') === again
  );
}

function headerKeyOf(header: readonly string[]): string {
  return header.map((h) => h.trim().toLowerCase()).join('\u0000');
}

function damaged(
  header: readonly string[],
  records: readonly CsvRecord[],
): EvidenceProblem | undefined {
  const again = headerKeyOf(header);
  for (const record of records) {
    const { fields, line } = record;
    if (/^#TYPE\b/i.test(fields[0]?.trim() ?? '')) return PROBLEMS.joined(line);
    if (isHeaderAgain(fields, again, header.length)) return PROBLEMS.joined(line);
    const extra = fields.slice(header.length).some((f) => f.trim() !== '');
    if (fields.length < header.length || extra)
      return PROBLEMS.damaged(line, fields.length, header.length);
  }
  return undefined;
}

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
  const rows: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = head.line;
  let recordLine = line;
  let quoteLine = line;
  let blankRecords = 0;
  const n = text.length;
  for (let i = head.start; i < n; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      // A quote opens a quoted value only at the start of a field; elsewhere it is text.
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (c === separator) {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      if (!isBlankRecord(fields)) rows.push({ line: recordLine, fields });
      else if (fields.length > 1) blankRecords += 1;
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += c;
  }
  if (quoted) return PROBLEMS.truncated(quoteLine);
  const last = text[n - 1];
  if (last !== '\n' && last !== '\r') {
    fields.push(field);
    if (!isBlankRecord(fields)) {
      if (rows.length > 0 && fields.length < rows[0].fields.length) {
        return PROBLEMS.truncated(recordLine);
      }
      rows.push({ line: recordLine, fields });
    }
  }
  const [header, ...all] = rows;
  let records = all;
  const repeated: number[] = [];
  if (header && options.repeatedHeaders === 'skip') {
    const again = headerKeyOf(header.fields);
    records = all.filter((record) => {
      const skip = isHeaderAgain(record.fields, again, header.fields.length);
      if (skip) repeated.push(record.line);
      return !skip;
    });
  }
  if (header) {
    const damage = damaged(header.fields, records);
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
