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
  purchaseCells,
  type ImportPlan,
  type Register,
  type RegisterCell,
  type SheetGrid,
  type TableInfo,
  type TableName,
} from '../../core';
import { columnNumber, WorkbookError, checkColumns, foldIntoNotes } from '../shared';
import { writeFileAtomically } from './atomic';
import { DateStyles } from './date-styles';
import {
  growDimension,
  growTable,
  parseRange,
  writeRows,
  type Range,
  type RowsTarget,
} from './sheet-rows';
import { elements, relsPathOf, resolvePart } from './xml';

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

/** Where one table's new rows go and under which columns. */
interface Target extends RowsTarget {
  readonly sheetPart: string;
  readonly tablePart?: string;
  readonly tableRange?: Range;
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
  const styles = new DateStyles(
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
