/**
 * The RegisterWorkbook port: what the surfaces need from a workbook, whatever holds it
 * (Excel through Office.js, or an .xlsx file through ExcelJS).
 */
import type { AuditReport, SheetGrid } from '../core';

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
}

export interface RegisterWorkbook {
  /** Reads the workbook's sheets; never changes them. */
  read(onProgress?: (progress: ReadProgress) => void): Promise<RegisterSource>;
  /**
   * Writes the audit sheet rendered from the report to a sheet the add-in creates (never a
   * sheet of the admin's). Returns the name of that sheet.
   */
  writeAuditSheet(report: AuditReport): Promise<string>;
  /** Creates the empty register; refuses to overwrite an existing one. */
  createTemplate(): Promise<void>;
}
