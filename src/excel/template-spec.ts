/**
 * The register template as data: sheets, tables, headers, widths, formats and validation.
 * The ExcelJS writer (template.ts, for files) and the Office.js writer (in Excel) both build
 * the template from this, so the two never drift apart.
 */
import {
  calNames,
  headerIn,
  serverLicenceNames,
  settingIn,
  sheetIn,
  statusChoices,
  templateHeaders,
  type Language,
  type TableName,
} from '../core';
import { TEMPLATE_TEXTS } from './template-languages';

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
  /**
   * The Excel table's name, in English in every language (formulas such as
   * =CAL.POSITION(Purchases, Assignments) name it); in English the sheet's name too.
   */
  readonly name: TableName;
  /** The sheet's name, in the template's language. */
  readonly sheet: string;
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

function column(
  table: TableName,
  header: string,
  lists: PickLists,
  language: Language,
): TemplateColumn {
  const texts = TEMPLATE_TEXTS[language];
  let validation: Validation | undefined;
  if (DATE_COLUMNS.has(header)) {
    validation = { kind: 'date', ...texts.notADate };
  } else if (header === 'Licence' && (table === 'Purchases' || table === 'Assignments')) {
    const count = table === 'Purchases' ? lists.all.length : lists.cals.length;
    const letter = table === 'Purchases' ? 'B' : 'A';
    validation = {
      kind: 'list',
      source: `=${LISTS_SHEET}!$${letter}$2:$${letter}$${count + 1}`,
      strict: false,
      ...texts.unknownLicence,
    };
  } else if (header === 'Status') {
    validation = {
      kind: 'list',
      source: statusChoices(language).join(','),
      strict: true,
      ...texts.unknownStatus,
    };
  } else if (header === 'Quantity') {
    validation = { kind: 'whole', min: 0, ...texts.notWhole };
  }
  const shown = headerIn(header, language);
  return {
    header: shown,
    width: Math.max(WIDE_COLUMNS[header] ?? 12, header.length + 4, shown.length + 4),
    ...(DATE_COLUMNS.has(header) ? { numberFormat: texts.dateFormat } : {}),
    ...(validation ? { validation } : {}),
  };
}

/**
 * The Settings rows of a new register in a language: its setting names and explanations,
 * and, in the languages that write the day first, the Date order that says so.
 */
export function settingsRows(language: Language = 'en'): (readonly unknown[])[] {
  if (language === 'en') return SETTINGS_ROWS.map((row) => [...row]);
  const texts = TEMPLATE_TEXTS[language];
  const rows = SETTINGS_ROWS.map(([name, value]) => [
    settingIn(String(name), language),
    value,
    texts.about[String(name)] ?? '',
  ]);
  if (texts.dateOrder)
    rows.push([settingIn('Date order', language), texts.dateOrder, texts.about['Date order']]);
  return rows;
}

/** The date format of a new register's date cells in a language. */
export function dateFormatOf(language: Language = 'en'): string {
  return TEMPLATE_TEXTS[language].dateFormat;
}

/**
 * The tables of a new register, in sheet order, in a language: headers, sheet names, setting
 * names, pick lists and messages in it; the Excel tables keep their English names.
 */
export function templateTables(
  lists: PickLists = pickLists(),
  language: Language = 'en',
): TemplateTable[] {
  const tables: TemplateTable[] = (['Purchases', 'Assignments', 'Servers', 'Usage'] as const).map(
    (name) => ({
      name,
      sheet: sheetIn(name, language),
      columns: templateHeaders(name).map((h) => column(name, h, lists, language)),
      rows: [],
    }),
  );
  tables.push({
    name: 'Settings',
    sheet: sheetIn('Settings', language),
    columns: [...templateHeaders('Settings'), 'About'].map((h) =>
      column('Settings', h, lists, language),
    ),
    rows: settingsRows(language),
  });
  return tables;
}
