/**
 * Imported rows added to the Purchases and Assignments tables of an existing register file,
 * at the package level (fflate): the new rows go under each table (an Excel table's range is
 * extended), in the table's own columns; every existing row, sheet and part is left as it was,
 * apart from the worksheet's new rows, the table's range and, when a date style is missing,
 * one cell style appended. Text is written as inline text (never a formula); dates as dates.
 * The file is replaced in one rename, so it is never half written.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  assignmentCells,
  dayToSerial,
  purchaseCells,
  type ImportPlan,
  type Register,
  type RegisterCell,
  type SheetGrid,
  type TableInfo,
  type TableName,
} from '../../core';
import { columnLetters, WorkbookError, checkColumns, foldIntoNotes } from '../shared';
import { writeFileAtomically } from './atomic';
import { attributes, elements, escapeXml, relsPathOf, resolvePart } from './xml';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_TABLE = /\/table$/;
const REL_STYLES = /\/styles$/;

type Entries = Record<string, Uint8Array>;

function part(entries: Entries, path: string): string {
  const bytes = entries[path];
  if (!bytes)
    throw new WorkbookError(
      `the package has no part ${path}`,
      'Open the register in Excel, save it, and try again.',
    );
  return strFromU8(bytes);
}

function relationships(entries: Entries, from: string): Record<string, string>[] {
  const rels = entries[relsPathOf(from)];
  return rels ? elements(strFromU8(rels), 'Relationship') : [];
}

/** Column number (1 = A) of a column letter, and the row of an A1 reference. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function splitRef(ref: string): { col: number; row: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!match) return { col: 0, row: 0 };
  return { col: columnNumber(match[1]), row: Number(match[2]) };
}

interface Range {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function parseRange(ref: string): Range {
  const [a, b = a] = ref.split(':');
  const from = splitRef(a);
  const to = splitRef(b);
  return { left: from.col, top: from.row, right: to.col, bottom: to.row };
}

const rangeText = (r: Range) =>
  `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

/** Where one table's new rows go and under which columns. */
interface Target {
  readonly role: TableName;
  readonly sheetPart: string;
  readonly tablePart?: string;
  readonly tableRange?: Range;
  /** Worksheet row of the first new row. */
  readonly start: number;
  /** Field -> worksheet column number. */
  readonly columns: ReadonlyMap<string, number>;
  readonly cells: readonly (readonly RegisterCell[])[];
}

function gridOf(grids: readonly SheetGrid[], sheet: string): SheetGrid {
  const grid = grids.find((g) => g.name === sheet);
  if (!grid)
    throw new WorkbookError(
      `the sheet "${sheet}" could not be read`,
      'Open the register in Excel, save it, and try again.',
    );
  return grid;
}

function cellValue(grid: SheetGrid, row: number, col: number): unknown {
  return grid.rows[row - (grid.top ?? 1)]?.[col - (grid.left ?? 1)];
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** The last worksheet row from `from` to `to` with something in columns left..right (from - 1 when none). */
function lastUsedRow(
  grid: SheetGrid,
  from: number,
  to: number,
  left: number,
  right: number,
): number {
  for (let row = to; row >= from; row -= 1)
    for (let col = left; col <= right; col += 1)
      if (!isBlank(cellValue(grid, row, col))) return row;
  return from - 1;
}

/**
 * The columns the rows are written to: the table's own, found by the engine. A field the
 * table has no column for is written into Notes ("Order number SO-1"); without a Notes column
 * that would lose it, so the import is refused.
 */
function mapColumns(
  info: TableInfo,
  cells: readonly (readonly RegisterCell[])[],
): { columns: Map<string, number>; folded: readonly (readonly RegisterCell[])[] } {
  const columns = new Map<string, number>();
  for (const [field, letter] of Object.entries(info.letters))
    columns.set(field, columnNumber(letter));
  if (!columns.has('licence')) {
    const part = ['product', 'version', 'edition', 'calType'].find((f) => columns.has(f));
    if (part) columns.set('licence', columns.get(part) as number);
  }
  const has = (field: string) => columns.has(field);
  checkColumns(info.role, has, cells, 'or import into a new register with --out');
  const folded = foldIntoNotes(has, cells);
  return { columns, folded };
}

/** Date formats Excel knows by id, and custom formats that show a day, month or year. */
function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  const code = custom.get(id);
  if (code === undefined) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^[@;]*$/.test(bare);
}

/** The styles part, with a cell style for dates added when the new date cells need one. */
class Styles {
  private readonly custom = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private added: number | undefined;

  constructor(private xml: string) {
    for (const fmt of elements(xml, 'numFmt'))
      this.custom.set(Number(fmt.numFmtId), fmt.formatCode ?? '');
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (cellXfs)
      for (const xf of elements(cellXfs[1], 'xf')) this.xfFormats.push(Number(xf.numFmtId ?? 0));
  }

  isDate(style: number | undefined): boolean {
    return style !== undefined && isDateFormat(this.xfFormats[style] ?? 0, this.custom);
  }

  /** A cell style that shows a date as yyyy-mm-dd, appended once; none without a styles part. */
  dateStyle(): number | undefined {
    if (this.added !== undefined) return this.added;
    if (!/<cellXfs\b/.test(this.xml)) return undefined;
    let id = [...this.custom].find(([, code]) => code.toLowerCase() === 'yyyy-mm-dd')?.[0];
    if (id === undefined) {
      id = Math.max(163, ...this.custom.keys()) + 1;
      this.custom.set(id, 'yyyy-mm-dd');
      const fmt = `<numFmt numFmtId="${id}" formatCode="yyyy-mm-dd"/>`;
      if (/<numFmts\b[^>]*\/>/.test(this.xml))
        this.xml = this.xml.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="1">${fmt}</numFmts>`);
      else if (/<numFmts\b/.test(this.xml))
        this.xml = this.xml
          .replace(/<\/numFmts>/, `${fmt}</numFmts>`)
          .replace(
            /<numFmts\b([^>]*)count="\d+"/,
            (_, a: string) => `<numFmts${a}count="${this.custom.size}"`,
          );
      else
        this.xml = this.xml.replace(
          /(<styleSheet\b[^>]*>)/,
          `$1<numFmts count="1">${fmt}</numFmts>`,
        );
    }
    this.xfFormats.push(id);
    this.added = this.xfFormats.length - 1;
    const xf = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    this.xml = this.xml
      .replace(/<\/cellXfs>/, `${xf}</cellXfs>`)
      .replace(
        /<cellXfs\b([^>]*)count="\d+"/,
        (_, a: string) => `<cellXfs${a}count="${this.xfFormats.length}"`,
      );
    return this.added;
  }

  get changed(): boolean {
    return this.added !== undefined;
  }

  toString(): string {
    return this.xml;
  }
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const CELL_WITHOUT_REF = /<c\b(?![^>]*\sr=)[^>]*>/;

interface CellXml {
  readonly col: number;
  readonly xml: string;
  readonly style?: number;
  readonly filled: boolean;
}

function cellsOf(rowXml: string): CellXml[] {
  const found: CellXml[] = [];
  for (const match of rowXml.matchAll(CELL)) {
    const attrs = attributes(/^<c\b([^>]*?)\/?>/.exec(match[0])?.[1] ?? '');
    found.push({
      col: splitRef(attrs.r ?? '').col,
      xml: match[0],
      ...(attrs.s !== undefined ? { style: Number(attrs.s) } : {}),
      filled: /<(?:[\w]+:)?(?:v|f|is)\b/.test(match[0]),
    });
  }
  return found;
}

function newCell(
  ref: string,
  cell: RegisterCell,
  existing: CellXml | undefined,
  styles: Styles,
  date1904: boolean,
): string {
  const value = cell.value;
  if (value === undefined) return existing?.xml ?? '';
  if (cell.date && typeof value === 'number') {
    const style = styles.isDate(existing?.style) ? existing?.style : styles.dateStyle();
    const s = style === undefined ? '' : ` s="${style}"`;
    return `<c r="${ref}"${s}><v>${dayToSerial(value) - (date1904 ? 1462 : 0)}</v></c>`;
  }
  const s = existing?.style !== undefined ? ` s="${existing.style}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** The worksheet with the target's rows written into it (existing rows untouched). */
function writeRows(
  sheetXml: string,
  target: Target,
  styles: Styles,
  date1904: boolean,
): { xml: string; lastRow: number; lastCol: number } {
  const open = /<sheetData\b[^>]*\/>|<sheetData\b[^>]*>/.exec(sheetXml);
  if (!open)
    throw new WorkbookError(
      'a worksheet of the register has no cell data the import can add to',
      'Open the register in Excel, save it, and try again.',
    );
  const selfClosing = open[0].endsWith('/>');
  const bodyStart = open.index + open[0].length;
  const bodyEnd = selfClosing ? bodyStart : sheetXml.indexOf('</sheetData>', bodyStart);
  if (bodyEnd < 0)
    throw new WorkbookError(
      'a worksheet of the register is damaged',
      'Open the register in Excel, save it, and try again.',
    );
  const body = sheetXml.slice(bodyStart, bodyEnd);
  const rows = new Map<number, string>();
  for (const match of body.matchAll(ROW)) {
    const r = Number(attributes(/^<row\b([^>]*?)\/?>/.exec(match[0])?.[1] ?? '').r);
    // Rows and cells may leave their numbers out (the file format allows it): this writer
    // places rows by number, so such a sheet is refused rather than guessed at.
    if (!Number.isInteger(r) || r < 1 || CELL_WITHOUT_REF.test(match[0]))
      throw new WorkbookError(
        `the ${target.role} sheet numbers its rows or cells implicitly`,
        'Open the register in Excel and save it (Excel numbers them), then import again. Nothing was written.',
      );
    rows.set(r, match[0]);
  }
  let lastCol = 0;
  target.cells.forEach((cells, k) => {
    const r = target.start + k;
    const existingXml = rows.get(r);
    const existing = new Map(cellsOf(existingXml ?? '').map((c) => [c.col, c]));
    for (const cell of cells) {
      const col = target.columns.get(cell.field);
      if (col === undefined || cell.value === undefined) continue;
      if (existing.get(col)?.filled)
        throw new WorkbookError(
          `cell ${columnLetters(col)}${r} under the ${target.role} table is not empty`,
          'Move what is below the table, or import into a new register with --out. Nothing was written.',
        );
      existing.set(col, {
        col,
        xml: newCell(`${columnLetters(col)}${r}`, cell, existing.get(col), styles, date1904),
        filled: true,
      });
      lastCol = Math.max(lastCol, col);
    }
    const rowAttrs = existingXml
      ? (/^<row\b([^>]*?)\/?>/.exec(existingXml)?.[1] ?? '').replace(/\s+spans="[^"]*"/, '')
      : ` r="${r}"`;
    const ordered = [...existing.values()]
      .sort((a, b) => a.col - b.col)
      .map((c) => c.xml)
      .join('');
    rows.set(r, `<row${rowAttrs}>${ordered}</row>`);
  });
  const sorted = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, xml]) => xml)
    .join('');
  const lastRow = target.start + target.cells.length - 1;
  const data = `<sheetData>${sorted}</sheetData>`;
  const xml = selfClosing
    ? sheetXml.slice(0, open.index) + data + sheetXml.slice(bodyStart)
    : sheetXml.slice(0, open.index) + data + sheetXml.slice(bodyEnd + '</sheetData>'.length);
  return { xml, lastRow, lastCol };
}

function growDimension(sheetXml: string, lastRow: number, lastCol: number): string {
  return sheetXml.replace(/<dimension\b([^>]*?)ref="([^"]*)"/, (_, before: string, ref: string) => {
    const range = parseRange(ref);
    const grown = {
      ...range,
      right: Math.max(range.right, lastCol),
      bottom: Math.max(range.bottom, lastRow),
      left: range.left || 1,
      top: range.top || 1,
    };
    return `<dimension${before}ref="${rangeText(grown)}"`;
  });
}

function growTable(tableXml: string, bottom: number): string {
  return tableXml.replace(
    /(<(?:\w+:)?(?:table|autoFilter)\b[^>]*?\bref=")([^"]*)"/g,
    (_, head: string, ref: string) => {
      const range = parseRange(ref);
      return `${head}${rangeText({ ...range, bottom: Math.max(range.bottom, bottom) })}"`;
    },
  );
}

interface SheetParts {
  readonly sheets: ReadonlyMap<string, string>;
  readonly styles?: string;
}

function locateParts(entries: Entries): SheetParts {
  const main = relationships(entries, '').find((r) => REL_OFFICE_DOCUMENT.test(r.Type ?? ''));
  const workbookPart = resolvePart('', main?.Target ?? 'xl/workbook.xml');
  const rels = relationships(entries, workbookPart);
  const byId = new Map(rels.map((r) => [r.Id, resolvePart(workbookPart, r.Target ?? '')]));
  const sheets = new Map<string, string>();
  for (const sheet of elements(part(entries, workbookPart), 'sheet')) {
    const target = byId.get(sheet.id ?? sheet['r:id']);
    if (sheet.name && target) sheets.set(sheet.name, target);
  }
  const styles = rels.find((r) => REL_STYLES.test(r.Type ?? ''));
  return { sheets, ...(styles ? { styles: resolvePart(workbookPart, styles.Target ?? '') } : {}) };
}

function findTable(
  entries: Entries,
  sheetPart: string,
  name: string,
): { part: string; xml: string } | undefined {
  for (const rel of relationships(entries, sheetPart)) {
    if (!REL_TABLE.test(rel.Type ?? '')) continue;
    const path = resolvePart(sheetPart, rel.Target ?? '');
    const xml = entries[path] ? strFromU8(entries[path]) : '';
    const [table] = elements(xml, 'table');
    if (table && (table.displayName === name || table.name === name)) return { part: path, xml };
  }
  return undefined;
}

function planTarget(
  entries: Entries,
  parts: SheetParts,
  register: Register,
  grids: readonly SheetGrid[],
  role: TableName,
  cells: readonly (readonly RegisterCell[])[],
): Target {
  const info = register.tables[role];
  if (!info)
    throw new WorkbookError(
      `the register has no ${role} table for the ${role === 'Purchases' ? 'purchase lines' : 'assignments'} to go into`,
      `Add ${role === 'Assignments' ? 'an' : 'a'} ${role} sheet with the template's headers (cal-register template NEW.xlsx shows them), or import into a new register with --out. Nothing was written.`,
    );
  const sheetPart = parts.sheets.get(info.sheet);
  if (!sheetPart)
    throw new WorkbookError(
      `the sheet "${info.sheet}" is not in the package`,
      'Open the register in Excel, save it, and try again.',
    );
  const grid = gridOf(grids, info.sheet);
  const { columns, folded } = mapColumns(info, cells);
  const used = [...columns.values()];
  let left = Math.min(...used);
  let right = Math.max(...used);
  let tablePart: string | undefined;
  let tableRange: Range | undefined;
  let lastData: number;
  if (info.table !== undefined) {
    const table = findTable(entries, sheetPart, info.table);
    if (!table)
      throw new WorkbookError(
        `the Excel table "${info.table}" is not in the package`,
        'Open the register in Excel, save it, and try again.',
      );
    const [attrs] = elements(table.xml, 'table');
    if (Number(attrs.totalsRowCount ?? 0) > 0)
      throw new WorkbookError(
        `the ${info.table} table has a totals row`,
        'Turn off its Total Row (Table Design), import, and turn it on again. Nothing was written.',
      );
    tablePart = table.part;
    tableRange = parseRange(attrs.ref ?? '');
    left = tableRange.left;
    right = tableRange.right;
    lastData = lastUsedRow(grid, info.headerRow + 1, tableRange.bottom, left, right);
  } else {
    const lastRow = (grid.top ?? 1) + grid.rows.length - 1;
    lastData = lastUsedRow(grid, info.headerRow + 1, lastRow, left, right);
  }
  const start = Math.max(lastData, info.headerRow) + 1;
  const end = start + cells.length - 1;
  const sheetEnd = (grid.top ?? 1) + grid.rows.length - 1;
  const below = lastUsedRow(
    grid,
    (tableRange?.bottom ?? lastData) + 1,
    Math.min(end, sheetEnd),
    left,
    right,
  );
  if (below >= (tableRange?.bottom ?? lastData) + 1)
    throw new WorkbookError(
      `row ${below} below the ${role} table on "${info.sheet}" is not empty, and the ${cells.length} new rows need it`,
      'Move what is below the table, or import into a new register with --out. Nothing was written.',
    );
  return {
    role,
    sheetPart,
    ...(tablePart ? { tablePart, tableRange } : {}),
    start,
    columns,
    cells: folded,
  };
}

/** The register's file as it was read: refused if it changed since, or is open in Excel. */
export interface RegisterFile {
  readonly path: string;
  readonly grids: readonly SheetGrid[];
  readonly date1904: boolean;
  readonly register: Register;
  /** Size and modification time when the register was read. */
  readonly stamp: { readonly size: number; readonly mtimeMs: number };
}

async function checkUnchanged(file: RegisterFile): Promise<Buffer> {
  const lock = join(dirname(file.path), `~$${basename(file.path)}`);
  if (
    await fs.stat(lock).then(
      () => true,
      () => false,
    )
  )
    throw new WorkbookError(
      `"${file.path}" is open in Excel (${basename(lock)} exists)`,
      'Close it in Excel first: Excel would overwrite the imported rows when it saves. Nothing was written.',
    );
  const stat = await fs.stat(file.path);
  if (stat.size !== file.stamp.size || stat.mtimeMs !== file.stamp.mtimeMs)
    throw new WorkbookError(
      `"${file.path}" changed while the exports were read`,
      'Run the import again. Nothing was written.',
    );
  return fs.readFile(file.path);
}

/**
 * Adds the plan's rows to the register file. Throws a WorkbookError, with nothing written,
 * when a table is missing, rows below a table are in the way, or the file changed.
 */
export async function appendToRegister(file: RegisterFile, plan: ImportPlan): Promise<void> {
  const bytes = await checkUnchanged(file);
  const entries: Entries = unzipSync(bytes);
  const parts = locateParts(entries);
  const tables: [TableName, (readonly RegisterCell[])[]][] = [
    ['Purchases', plan.purchases.map(purchaseCells)],
    ['Assignments', plan.assignments.map(assignmentCells)],
  ];
  const targets = tables
    .filter(([, cells]) => cells.length > 0)
    .map(([role, cells]) => planTarget(entries, parts, file.register, file.grids, role, cells));
  const styles = new Styles(
    parts.styles && entries[parts.styles] ? strFromU8(entries[parts.styles]) : '',
  );
  for (const target of targets) {
    const written = writeRows(part(entries, target.sheetPart), target, styles, file.date1904);
    entries[target.sheetPart] = strToU8(
      growDimension(written.xml, written.lastRow, written.lastCol),
    );
    if (target.tablePart)
      entries[target.tablePart] = strToU8(
        growTable(part(entries, target.tablePart), written.lastRow),
      );
  }
  if (styles.changed && parts.styles) entries[parts.styles] = strToU8(styles.toString());
  const zipped = zipSync(entries, { level: 6 });
  await writeFileAtomically(file.path, zipped);
}
