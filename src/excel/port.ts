/**
 * The RegisterWorkbook port: what the surfaces need from a workbook, whatever holds it
 * (Excel through Office.js, or an .xlsx file through ExcelJS).
 */
import type {
  AuditReport,
  DateOrder,
  ImportPlan,
  Language,
  TableInfo,
  TableName,
  SheetGrid,
  LicenceReadOptions,
  UsageTableRow,
} from '../core';

export interface RegisterSource {
  /**
   * The worksheets as plain values, with their Excel tables: in full those that hold the
   * register; an adapter may give any other sheet only its first rows (at least the 25 the
   * engine looks at to tell whether it holds a table of the register).
   */
  readonly grids: readonly SheetGrid[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** How the user knows the workbook (a file name, or the workbook's name in Excel). */
  readonly name: string;
  /**
   * Day or month first in text dates such as 01/03/2025, as the workbook's culture writes
   * them (Excel says; an .xlsx file does not): used when the register's Settings do not say.
   */
  readonly dateOrder?: DateOrder;
}

export interface ReadProgress {
  readonly sheet: string;
  readonly rows: number;
  /** Rows to read in all, when known. */
  readonly total?: number;
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Stops the read between chunks; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface RegisterWorkbook {
  /** Reads the workbook's sheets; never changes them. */
  read(options?: ReadOptions): Promise<RegisterSource>;
  /**
   * Writes the audit sheet rendered from the report to a sheet the add-in creates (never a
   * sheet of the admin's). Returns the name of that sheet.
   */
  writeAuditSheet(report: AuditReport): Promise<string>;
  /**
   * Creates the empty register, in a language (headers, sheet and setting names; English by
   * default); refuses to overwrite an existing one.
   */
  createTemplate(language?: Language): Promise<void>;
}

/** A cell a finding points at, and how to find its record again if rows moved. */
export interface GoToTarget {
  readonly sheet: string;
  /** Worksheet row number when the register was read. */
  readonly row: number;
  /** Column letter of the cell; the first column of the record when absent. */
  readonly column?: string;
  /** The record's account or device, as the finding names it. */
  readonly key?: string;
  /** Column letters where the key may be written (Account, Device, Assigned to). */
  readonly keyColumns?: readonly string[];
  /**
   * The licence the finding is about: an account has one row per licence, so with the key
   * it tells which of them is the record.
   */
  readonly licence?: GoToLicence;
}

/** A record's licence, and where its row writes it. */
export interface GoToLicence {
  /** The licence as the engine names it (`Licence.name`). */
  readonly name: string;
  /** Letter of the Licence column, when the table has one. */
  readonly column?: string;
  /** Letters of the Product, Version, Edition and CAL type columns, read together when the Licence cell is empty. */
  readonly parts?: readonly string[];
  /** How the engine read the table's licences (an Assignments row is always a CAL). */
  readonly read?: LicenceReadOptions;
}

export interface GoToResult {
  /** The address selected, e.g. "Assignments!E7". */
  readonly address: string;
  /** The record was found on another row than the one read (rows moved since). */
  readonly moved: boolean;
  /** The record was not found: the original cell was selected. */
  readonly lost: boolean;
}

/** The settings the task pane edits, saved in the workbook's Settings sheet. */
export interface RegisterSettings {
  /** ISO date; '' clears it ("today"); undefined leaves it as it is. */
  readonly asOf?: string;
  readonly staleDays?: number;
}

/** Where the settings were saved. */
export interface SettingsSaved {
  /** The sheet that holds them (not always "Settings": Options, Configuration, ...). */
  readonly sheet: string;
  /** The Settings sheet and table were created for them. */
  readonly created: boolean;
}

/** Where imported evidence went in the Usage table. */
export interface UsageAdded {
  readonly sheet: string;
  /** Worksheet rows (1-based) of the first and last row added. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rows: number;
  /** Headers of the columns the table lacked and got. */
  readonly addedColumns: readonly string[];
  /** The Usage sheet and table were created for the rows. */
  readonly created: boolean;
}

/** Where imported licence records went: per table, its sheet and the rows added. */
export interface RegisterRowsAdded {
  readonly tables: readonly {
    readonly role: TableName;
    readonly sheet: string;
    readonly rows: number;
    /** Worksheet rows (1-based) of the first and last row added. */
    readonly firstRow: number;
    readonly lastRow: number;
  }[];
}

/** What the task pane needs beyond the port: navigation, settings and imports, inside Excel. */
export interface InteractiveWorkbook extends RegisterWorkbook {
  /** Activates the sheet and selects the cell (found again by its key if rows moved). */
  goTo(target: GoToTarget): Promise<GoToResult>;
  /**
   * Writes the settings where the engine reads them: the settings table or range it finds
   * (creating the Settings sheet and table only when there is none). Says where they went.
   */
  saveSettings(settings: RegisterSettings): Promise<SettingsSaved>;
  /**
   * Adds evidence rows at the end of the Usage table (creating the Usage sheet and table if
   * there are none); no other cell of the register changes.
   */
  appendUsage(rows: readonly UsageTableRow[]): Promise<UsageAdded>;
  /**
   * Adds imported licence records at the end of the register's Purchases and Assignments
   * tables (as the last validation found them: `tables`), under their own columns; never
   * changes a row they have. Refuses, changing nothing, when a table cannot take them.
   */
  appendRegisterRows(
    plan: ImportPlan,
    tables: Partial<Record<TableName, TableInfo>>,
  ): Promise<RegisterRowsAdded>;
}
