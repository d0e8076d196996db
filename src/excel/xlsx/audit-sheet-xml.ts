/**
 * The audit report model rendered as SpreadsheetML: one worksheet part and its table parts.
 * Every text is an inline string, so nothing from the register can become a formula; links
 * to register cells are internal hyperlinks (a location, no formula, no relationship).
 */
import {
  dayToSerial,
  type AuditReport,
  type ReportTable,
  type ReportValue,
  type Tone,
} from '../../core';
import { columnLetters, auditColumnWidths, cellLocation } from '../shared';
import { StyleBook, type CellStyle, type FillKey, type FontKey } from './styles';
import { escapeXml } from './xml';

export interface RenderedTable {
  readonly name: string;
  readonly xml: string;
}

export interface RenderedSheet {
  /**
   * Worksheet XML with sheet-local style numbers as `s="@N@"` placeholders, in pieces (a row
   * each): an audit of many findings is never one string.
   */
  readonly pieces: readonly string[];
  /** The pieces joined. */
  readonly xml: string;
  readonly tables: readonly RenderedTable[];
  readonly styles: StyleBook;
}

export interface RenderOptions {
  /** Next free table id in the workbook. */
  readonly firstTableId: number;
  /** Table names already used in the workbook (lower case). */
  readonly takenNames: ReadonlySet<string>;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Letters of a 0-based column index. */
export function columnName(index: number): string {
  return columnLetters(index + 1);
}

const LINE_HEIGHT = 15;

/** Lines a wrapped text takes in a column of `width` characters (an estimate, as Excel's own). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(4, width - 2);
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / usable)), 0);
}

const TONE_FILL: Record<Tone, FillKey> = { bad: 'bad', warn: 'warn', good: 'good', info: 'info' };

class SheetWriter {
  readonly styles = new StyleBook();
  private readonly rows: string[] = [];
  private readonly links: string[] = [];
  private row = 0;
  maxColumn = 1;

  style(font: FontKey, fill: FillKey = 'none', extra: Partial<CellStyle> = {}): number {
    return this.styles.index({ font, fill, ...extra });
  }

  /** Adds a row (of `lines` lines of text when it wraps); returns its row number. */
  add(cells: ReadonlyArray<{ value: ReportValue; style: number } | undefined>, lines = 1): number {
    this.row += 1;
    const r = this.row;
    const height = lines > 1 ? ` ht="${Math.min(409, lines * LINE_HEIGHT)}" customHeight="1"` : '';
    const xml: string[] = [`<row r="${r}"${height}>`];
    cells.forEach((cell, i) => {
      if (!cell) return;
      const ref = `${columnName(i)}${r}`;
      const s = ` s="@${cell.style}@"`;
      const v = cell.value;
      if (v === null || v === '') xml.push(`<c r="${ref}"${s}/>`);
      else if (typeof v === 'number') xml.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
      else if (typeof v === 'object')
        xml.push(`<c r="${ref}"${s}><v>${dayToSerial(v.date)}</v></c>`);
      else
        xml.push(
          `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`,
        );
    });
    xml.push('</row>');
    this.rows.push(xml.join(''));
    this.maxColumn = Math.max(this.maxColumn, cells.length);
    return r;
  }

  skip(count = 1): void {
    this.row += count;
  }

  link(ref: string, location: string, display: string): void {
    this.links.push(
      `<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(display)}"/>`,
    );
  }

  get lastRow(): number {
    return this.row;
  }

  pieces(widths: readonly number[], tableCount: number): string[] {
    const cols = widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
      .join('');
    const parts = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
      '<sheetPr><tabColor rgb="FF1F3864"/><pageSetUpPr fitToPage="1"/></sheetPr>',
      `<dimension ref="A1:${columnName(this.maxColumn - 1)}${Math.max(1, this.row)}"/>`,
      '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>',
      '<sheetFormatPr defaultRowHeight="15"/>',
      `<cols>${cols}</cols>`,
      '<sheetData>',
      ...this.rows,
      '</sheetData>',
      ...(this.links.length > 0 ? ['<hyperlinks>', ...this.links, '</hyperlinks>'] : []),
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
      '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
      tableCount > 0
        ? `<tableParts count="${tableCount}">${Array.from({ length: tableCount }, (_, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>`
        : '',
      '</worksheet>',
    ];
    return parts;
  }
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function tableXml(id: number, name: string, ref: string, headers: readonly string[]): string {
  const columns = headers
    .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

function writeTable(
  sheet: SheetWriter,
  table: ReportTable,
  widths: readonly number[],
  tables: RenderedTable[],
  options: RenderOptions,
  taken: Set<string>,
): void {
  sheet.add([{ value: table.title, style: sheet.style('section') }]);
  if (table.note) sheet.add([{ value: table.note, style: sheet.style('note') }]);
  if (table.rows.length === 0) {
    sheet.add([{ value: table.empty, style: sheet.style('normal') }]);
    return;
  }
  const headerStyle = sheet.style('bold');
  const top = sheet.add(table.columns.map((c) => ({ value: c.header, style: headerStyle })));
  for (const row of table.rows) {
    const fill: FillKey = row.tone ? TONE_FILL[row.tone] : 'none';
    const r = sheet.lastRow + 1;
    let lines = 1;
    table.columns.forEach((column, i) => {
      const value = row.cells[i];
      if (column.wrap && typeof value === 'string')
        lines = Math.max(lines, wrappedLines(value, widths[i] ?? column.width));
    });
    sheet.add(
      table.columns.map((column, i) => {
        const isLink = row.link?.cell === i;
        const font: FontKey = isLink ? 'link' : 'normal';
        const cellFill = table.id === 'position' || i === 0 ? fill : 'none';
        return {
          value: row.cells[i] ?? null,
          style: sheet.style(font, cellFill, {
            date: column.type === 'date',
            wrap: column.wrap === true,
          }),
        };
      }),
      lines,
    );
    if (row.link) {
      const ref = `${columnName(row.link.cell)}${r}`;
      const display = `${row.link.sheet}!${row.link.column}${row.link.row}`;
      sheet.link(ref, cellLocation(row.link.sheet, row.link.column, row.link.row), display);
    }
  }
  const ref = `A${top}:${columnName(table.columns.length - 1)}${sheet.lastRow}`;
  const name = uniqueName(table.tableName, taken);
  tables.push({
    name,
    xml: tableXml(
      options.firstTableId + tables.length,
      name,
      ref,
      table.columns.map((c) => c.header),
    ),
  });
  if (table.totals) {
    const totalStyle = sheet.style('bold', 'label');
    sheet.add(table.totals.map((value) => ({ value, style: totalStyle })));
  }
}

/** Renders the report as a worksheet and its tables. */
export function renderAuditSheet(report: AuditReport, options: RenderOptions): RenderedSheet {
  const sheet = new SheetWriter();
  const tables: RenderedTable[] = [];
  const taken = new Set(options.takenNames);
  const widths = auditColumnWidths(report);

  sheet.add([{ value: report.title, style: sheet.style('title') }]);
  sheet.add([
    { value: report.verdict, style: sheet.style(report.verdictTone === 'good' ? 'good' : 'bad') },
  ]);
  sheet.skip();
  const label = sheet.style('bold', 'label');
  for (const [name, value] of report.titleBlock) {
    sheet.add([
      { value: name, style: label },
      {
        value,
        style: sheet.style('normal', 'none', { date: typeof value === 'object' && value !== null }),
      },
    ]);
  }
  for (const section of report.sections) {
    sheet.skip();
    if (section.kind === 'table') {
      writeTable(sheet, section, widths, tables, options, taken);
      continue;
    }
    sheet.add([{ value: section.title, style: sheet.style('section') }]);
    if (section.note) sheet.add([{ value: section.note, style: sheet.style('note') }]);
    const line = sheet.style('normal', 'none', { underline: true });
    for (const [name, value] of section.fields) {
      sheet.add([
        { value: name, style: label },
        { value, style: line },
      ]);
    }
  }
  const pieces = sheet.pieces(widths, tables.length);
  return {
    pieces,
    get xml() {
      return pieces.join('');
    },
    tables,
    styles: sheet.styles,
  };
}
