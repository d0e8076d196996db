/**
 * The register template as data: sheets, tables, headers, widths, formats and validation.
 * The ExcelJS writer (template.ts, for files) and the Office.js writer (in Excel) both build
 * the template from this, so the two never drift apart.
 */
import {
  calLabel,
  calNames,
  CLOUD_PLANS,
  serverLicenceNames,
  SHEET_NAMES,
  templateHeaders,
  type TableName,
} from '../core';

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
  /** The Excel table's name. */
  readonly name: TableName;
  /** The sheet it is on: the table's name, or one with a space Excel allows in sheet names only. */
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
};

/** Setting, Value, About: the Settings rows of a new register. */
export const SETTINGS_ROWS: readonly (readonly unknown[])[] = [
  ['As-of date', null, 'The date the register is judged at. Empty: today.'],
  ['Stale after days', 90, 'Days without activity after which an assignment is stale.'],
  ['Organisation', '', 'Shown on the audit sheet.'],
  [
    'Windows Server CALs kept elsewhere',
    'No',
    'Yes when Windows Server CALs are recorded in another register: the check that Exchange, SharePoint, Skype and Project Server users hold one is then off.',
  ],
  [
    'Relies on Microsoft 365 Extended Use Rights',
    'No',
    'Yes when Subscription Edition servers are licensed through Microsoft 365 E3/E5 instead of Software Assurance: every user of them must then hold such a plan.',
  ],
];

/**
 * The Cloud rights rows of a new register: every plan CAL Register knows and the CALs it may
 * stand for, confirmed (Yes) only where a Microsoft source was read; the admin confirms the
 * rest after checking the Product Terms.
 */
export function cloudRightsRows(): unknown[][] {
  return CLOUD_PLANS.map((plan) => [
    plan.name,
    plan.equivalences.map((e) => calLabel(e.cal)).join('; '),
    plan.equivalences.length > 0 && plan.equivalences.every((e) => e.verified) ? 'Yes' : 'No',
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
  } else if (header === 'Licence type') {
    validation = {
      kind: 'list',
      source: 'Licence only,Licence + SA,Subscription',
      strict: false,
      title: 'Unknown licence type',
      message: 'Licence only, Licence + SA (with Software Assurance), or Subscription.',
    };
  } else if (header === 'Confirmed') {
    validation = {
      kind: 'list',
      source: 'Yes,No',
      strict: true,
      title: 'Yes or No',
      message: 'Yes once you have checked the row against the Product Terms.',
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
      sheet: SHEET_NAMES[name] ?? name,
      columns: templateHeaders(name).map((h) => column(name, h, lists)),
      rows: [],
    }),
  );
  tables.push({
    name: 'Settings',
    sheet: 'Settings',
    columns: [...templateHeaders('Settings'), 'About'].map((h) => column('Settings', h, lists)),
    rows: SETTINGS_ROWS,
  });
  tables.push({
    name: 'CloudRights',
    sheet: SHEET_NAMES.CloudRights ?? 'CloudRights',
    columns: templateHeaders('CloudRights').map((h) => column('CloudRights', h, lists)),
    rows: cloudRightsRows(),
  });
  return tables;
}
