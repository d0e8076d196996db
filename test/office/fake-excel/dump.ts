/** The fake workbook as plain data: what the tests compare and assert on. */
import { boxAddress, letters, MAX_COLUMNS } from './basics';
import {
  cellKey,
  isBlank,
  type CellFormat,
  type ChartModel,
  type Hyperlink,
  type SheetModel,
} from './sheet-model';

export interface CellDump {
  /** What the cell shows: its value, or its formula's result. */
  value: unknown;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
  hyperlink?: Hyperlink;
}

export interface SheetDump {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  frozenRows: number;
  customProperties: Record<string, string>;
  /** Column letters -> width in points. */
  columnWidths: Record<string, number>;
  validations: { address: string; rule?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }[];
  charts: ChartModel[];
  /** A1 address -> cell, for every cell with a value, a formula, a format or a link. */
  cells: Record<string, CellDump>;
}

export interface TableDump {
  name: string;
  sheet: string;
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: string[];
}

export interface WorkbookDump {
  name: string;
  date1904: boolean;
  activeSheet: string | undefined;
  selection: string | undefined;
  sheets: SheetDump[];
  tables: TableDump[];
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function dumpSheet(
  sheet: SheetModel,
  position: number,
  valueAt: (row: number, column: number) => unknown,
): SheetDump {
  const keys = new Set<number>();
  sheet.rows.forEach((cells, r) =>
    cells?.forEach((v, c) => {
      if (!isBlank(v)) keys.add(cellKey(r, c));
    }),
  );
  for (const map of [sheet.formulas, sheet.numberFormats, sheet.formats, sheet.hyperlinks])
    for (const key of map.keys()) keys.add(key);
  const cells: Record<string, CellDump> = {};
  for (const key of [...keys].sort((a, b) => a - b)) {
    const r = Math.floor(key / MAX_COLUMNS);
    const c = key % MAX_COLUMNS;
    const cell: CellDump = { value: valueAt(r, c) };
    const formula = sheet.formulas.get(key);
    if (formula !== undefined) cell.formula = formula;
    const numberFormat = sheet.numberFormats.get(key);
    if (numberFormat !== undefined && numberFormat !== 'General') cell.numberFormat = numberFormat;
    const format = sheet.formats.get(key);
    if (format) cell.format = { ...format };
    const link = sheet.hyperlinks.get(key);
    if (link) cell.hyperlink = { ...link };
    cells[`${letters(c)}${r + 1}`] = cell;
  }
  return {
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    frozenRows: sheet.frozenRows,
    customProperties: Object.fromEntries(
      [...sheet.customProperties.values()].map((p) => [p.key, p.value]),
    ),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([c, w]) => [letters(c), w]),
    ),
    validations: sheet.validations.map((v) => ({
      address: boxAddress(v.box),
      ...(v.rule !== undefined ? { rule: clone(v.rule) } : {}),
      ...(v.errorAlert !== undefined ? { errorAlert: clone(v.errorAlert) } : {}),
      ...(v.ignoreBlanks !== undefined ? { ignoreBlanks: v.ignoreBlanks } : {}),
    })),
    charts: clone(sheet.charts),
    cells,
  };
}
