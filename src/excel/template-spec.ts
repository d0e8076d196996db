/**
 * The register template as data: sheets, tables, headers, widths, formats and validation.
 * The ExcelJS writer (template.ts, for files) and the Office.js writer (in Excel) both build
 * the template from this, so the two never drift apart.
 */
import { calNames, serverLicenceNames, templateHeaders, type TableName } from '../core';

export const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows of list validation and date format prepared below each table. */
export const PREPARED_ROWS = 2000;
/** The hidden sheet that holds the pick lists. */
export const LISTS_SHEET = 'Lists';

export type Validation =
  | {
      readonly kind: 'list';
      readonly source: string;
      readonly strict: boolean;
      readonly title: string;
      readonly message: string;
    }
  | { readonly kind: 'date'; readonly title: string; readonly message: string }
  | {
      readonly kind: 'whole';
      readonly min: number;
      readonly title: string;
      readonly message: string;
    };

export interface TemplateColumn {
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly numberFormat?: string;
  readonly validation?: Validation;
}

export interface TemplateTable {
  /** The sheet and the Excel table on it share this name. */
  readonly name: TableName;
  readonly columns: readonly TemplateColumn[];
  /** Rows written when the template is created (Settings only). */
  readonly rows: readonly (readonly unknown[])[];
}

const DATE_COLUMNS = new Set([
  'Purchase date',
  'SA end date',
  'Assigned on',
  'Last activity',
  'Last logon',
  'Captured on',
]);
const WIDE_COLUMNS: Readonly<Record<string, number>> = {
  Licence: 46,
  'Assigned to': 24,
  Account: 32,
  'Licence required': 40,
  Notes: 40,
  'Proof location': 36,
  Reason: 26,
  Setting: 22,
  Value: 18,
  Product: 24,
  About: 70,
};

/** Setting, Value, About: the Settings rows of a new register. */
export const SETTINGS_ROWS: readonly (readonly unknown[])[] = [
  ['As-of date', null, 'The date the register is judged at. Empty: today.'],
  ['Stale after days', 90, 'Days without activity after which an assignment is stale.'],
  ['Organisation', '', 'Shown on the audit sheet.'],
];

export interface PickLists {
  /** Every CAL of the catalogue. */
  readonly cals: readonly string[];
  /** Every CAL and server licence. */
  readonly all: readonly string[];
}

export function pickLists(): PickLists {
  const cals = calNames();
  return { cals, all: [...cals, ...serverLicenceNames()] };
}

function column(table: TableName, header: string, lists: PickLists): TemplateColumn {
  let validation: Validation | undefined;
  if (DATE_COLUMNS.has(header)) {
    validation = { kind: 'date', title: 'Not a date', message: 'Enter a date such as 2025-03-01.' };
  } else if (header === 'Licence' && (table === 'Purchases' || table === 'Assignments')) {
    const count = table === 'Purchases' ? lists.all.length : lists.cals.length;
    const letter = table === 'Purchases' ? 'B' : 'A';
    validation = {
      kind: 'list',
      source: `=${LISTS_SHEET}!$${letter}$2:$${letter}$${count + 1}`,
      strict: false,
      title: 'Unknown licence',
      message: 'Pick a licence from the list, or keep the wording of your invoice.',
    };
  } else if (header === 'Status') {
    validation = {
      kind: 'list',
      source: 'Active,Left,Disabled,Absent',
      strict: true,
      title: 'Unknown status',
      message: 'Use Active (or leave empty), Left, Disabled, or Absent for a temporary absence.',
    };
  } else if (header === 'Quantity') {
    validation = {
      kind: 'whole',
      min: 0,
      title: 'Not a whole number',
      message: 'Enter a whole number of 0 or more.',
    };
  }
  return {
    header,
    width: WIDE_COLUMNS[header] ?? Math.max(12, header.length + 4),
    ...(DATE_COLUMNS.has(header) ? { numberFormat: DATE_FORMAT } : {}),
    ...(validation ? { validation } : {}),
  };
}

/** The tables of a new register, in sheet order. */
export function templateTables(lists: PickLists = pickLists()): TemplateTable[] {
  const tables: TemplateTable[] = (['Purchases', 'Assignments', 'Servers', 'Usage'] as const).map(
    (name) => ({
      name,
      columns: templateHeaders(name).map((h) => column(name, h, lists)),
      rows: [],
    }),
  );
  tables.push({
    name: 'Settings',
    columns: [...templateHeaders('Settings'), 'About'].map((h) => column('Settings', h, lists)),
    rows: SETTINGS_ROWS,
  });
  return tables;
}
