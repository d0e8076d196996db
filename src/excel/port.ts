/**
 * The RegisterWorkbook port: what the surfaces need from a workbook, whatever holds it
 * (Excel through Office.js, or an .xlsx file through ExcelJS).
 */
import type { AuditReport, SheetGrid } from '../core';
import type { UsageTableRow } from '../core/evidence';

export interface RegisterSource {
  /** Every worksheet as plain values, with its Excel tables. */
  readonly grids: readonly SheetGrid[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** How the user knows the workbook (a file name, or the workbook's name in Excel). */
  readonly name: string;
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
  /** Creates the empty register; refuses to overwrite an existing one. */
  createTemplate(): Promise<void>;
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
  /** ISO date, or undefined for "today". */
  readonly asOf?: string;
  readonly staleDays?: number;
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

/** What the task pane needs beyond the port: navigation, settings and imports, inside Excel. */
export interface InteractiveWorkbook extends RegisterWorkbook {
  /** Activates the sheet and selects the cell (found again by its key if rows moved). */
  goTo(target: GoToTarget): Promise<GoToResult>;
  /** Writes the settings to the Settings table (creating the Settings sheet if needed). */
  saveSettings(settings: RegisterSettings): Promise<void>;
  /**
   * Adds evidence rows at the end of the Usage table (creating the Usage sheet and table if
   * there are none); no other cell of the register changes.
   */
  appendUsage(rows: readonly UsageTableRow[]): Promise<UsageAdded>;
}
