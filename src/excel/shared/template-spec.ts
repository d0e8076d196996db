/**
 * The register template as data: sheets, tables, headers, widths, formats and validation.
 * The ExcelJS writer (template.ts, for files) and the Office.js writer (in Excel) both build
 * the template from this, so the two never drift apart.
 */
import {
  calLabel,
  calNames,
  CLOUD_PLANS,
  headerIn,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  serverLicenceNames,
  settingIn,
  sheetIn,
  statusChoices,
  templateHeaders,
  yesNoIn,
  type Language,
  type TableName,
} from '../../core';
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
  Plan: 34,
  'Stands for (CALs)': 60,
  Source: 60,
  'Licence type': 16,
  [LISTS_EVERY_ACCOUNT_OF]: 30,
};

/** Setting, Value, About: the Settings rows of a new register. */
export const SETTINGS_ROWS: readonly (readonly unknown[])[] = [
  ['As-of date', null, 'The date the register is judged at. Empty: today.'],
  ['Stale after days', 90, 'Days without activity after which an assignment is stale.'],
  ['Organisation', '', 'Shown on the audit sheet.'],
  [
    'Windows Server CALs kept elsewhere',
    'No',
    TEMPLATE_TEXTS.en.about['Windows Server CALs kept elsewhere'],
  ],
  [
    'Relies on Microsoft 365 Extended Use Rights',
    'No',
    TEMPLATE_TEXTS.en.about['Relies on Microsoft 365 Extended Use Rights'],
  ],
];

/**
 * The Cloud rights rows of a new register: every plan CAL Register knows and the CALs it may
 * stand for, confirmed (Yes) only where a Microsoft source was read; the admin confirms the
 * rest after checking the Product Terms. Yes and No are written in the register's language.
 */
export function cloudRightsRows(language: Language = 'en'): unknown[][] {
  const { yes, no } = yesNoIn(language);
  return CLOUD_PLANS.map((plan) => [
    plan.name,
    plan.equivalences.map((e) => calLabel(e.cal)).join('; '),
    plan.equivalences.length > 0 && plan.equivalences.every((e) => e.verified) ? yes : no,
    plan.equivalences[0]?.source.title ?? plan.note ?? '',
  ]);
}

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
  } else if (header === 'Licence type') {
    // Microsoft's English offering names, read in a register of any language (offeringOf).
    const source = 'Licence only,Licence + SA,Subscription';
    validation = { kind: 'list', source, strict: false, ...texts.unknownLicenceType };
  } else if (header === 'Confirmed') {
    const { yes, no } = yesNoIn(language);
    validation = { kind: 'list', source: `${yes},${no}`, strict: true, ...texts.yesOrNo };
  } else if (header === LISTS_EVERY_USER) {
    const { yes, no } = yesNoIn(language);
    validation = { kind: 'list', source: `${yes},${no}`, strict: true, ...texts.listsEveryUser };
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
  const { no } = yesNoIn(language);
  const rows = SETTINGS_ROWS.map(([name, value]) => [
    settingIn(String(name), language),
    value === 'No' ? no : value,
    texts.about[String(name)] ?? '',
  ]);
  // After the Organisation, before the yes/no questions.
  if (texts.dateOrder)
    rows.splice(3, 0, [
      settingIn('Date order', language),
      texts.dateOrder,
      texts.about['Date order'],
    ]);
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
  tables.push({
    name: 'CloudRights',
    sheet: sheetIn('CloudRights', language, 'Cloud rights'),
    columns: templateHeaders('CloudRights').map((h) => column('CloudRights', h, lists, language)),
    rows: cloudRightsRows(language),
  });
  return tables;
}
