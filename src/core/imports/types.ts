/**
 * Licence records admins already keep (Snipe-IT, GLPI, ConfigMgr, the Microsoft 365 admin
 * center), read into the rows of a register: purchase lines and CAL assignments, each with a
 * reference to the file and line it came from.
 */
import type { DateCulture } from '../evidence';

export type ImportFormat =
  /** Snipe-IT: Licenses > Export (the server-side CSV, header again every 500 rows) */
  | 'snipeit-licenses'
  /** Snipe-IT: the Licenses list's export button (Total and Avail columns) */
  | 'snipeit-license-list'
  /** Snipe-IT: Reports > Licenses (no order or invoice numbers) */
  | 'snipeit-license-report'
  /** Snipe-IT: a licence's Seats tab, exported (no licence column; free seats are blank) */
  | 'snipeit-seats'
  /** GLPI: Management > Licenses, exported as CSV */
  | 'glpi-licences'
  /** ConfigMgr Asset Intelligence: the General License Statement import file */
  | 'configmgr-license-statement'
  /** Microsoft 365 admin center: Volume licensing > View orders, exported */
  | 'm365-orders'
  /** Microsoft 365 admin center: Volume licensing > License summary, exported */
  | 'm365-license-summary';

/** Where a row came from: the file and its line. */
export interface LineRef {
  readonly source: string;
  readonly line: number;
}

/** A line for the register's Purchases table, by field. */
export interface ImportedPurchase extends LineRef {
  /** The licence as the engine names it, or the text as read when it could not be read. */
  readonly licence: string;
  /** The licence was read (a CAL or a server licence of the catalogue). */
  readonly read: boolean;
  /** CALs (or server licences) owned: the quantity times the pack. */
  readonly quantity?: number;
  readonly purchaseDate?: number;
  readonly invoice: string;
  readonly order: string;
  readonly reseller: string;
  readonly agreement: string;
  readonly saEnd?: number;
  readonly proofLocation: string;
  readonly notes: string;
  /** A Microsoft 365 license summary line: an entitlement, not an order. */
  readonly entitlement?: boolean;
}

/** A line for the register's Assignments table, by field. */
export interface ImportedAssignment extends LineRef {
  readonly licence: string;
  readonly read: boolean;
  readonly assignedTo: string;
  readonly account: string;
  readonly device: string;
  readonly assignedOn?: number;
  readonly notes: string;
}

/** One export, read. */
export interface ImportFile {
  readonly format: ImportFormat;
  /** The tool and the command or menu that wrote it, e.g. "Snipe-IT Licenses > Export". */
  readonly label: string;
  readonly source: string;
  /** Data lines in the file (repeated header rows and blank records not counted). */
  readonly lines: number;
  readonly purchases: readonly ImportedPurchase[];
  readonly assignments: readonly ImportedAssignment[];
  /** What the admin should know, each said once: lines left out, lines to fix, dates. */
  readonly notes: readonly string[];
}

/** Why an export cannot be imported; nothing of it is. */
export interface ImportProblem {
  readonly problem:
    | 'empty'
    | 'encoding'
    | 'not-csv'
    | 'unknown-format'
    | 'truncated'
    | 'no-rows'
    | 'missing-column'
    | 'no-licence';
  /** One sentence: what is wrong and what to do. */
  readonly message: string;
}

export interface ImportOptions {
  /** The file name, for references and messages. */
  readonly source: string;
  /** How slash dates are read when the file does not show it (default en-US). */
  readonly culture?: DateCulture;
  /** The licence a seat list is of (Snipe-IT's seat list names none; else its file name). */
  readonly licence?: string;
}

export function isImportProblem<T extends object>(
  value: T | ImportProblem,
): value is ImportProblem {
  return 'problem' in value && 'message' in value && !('format' in value);
}
