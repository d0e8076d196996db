/**
 * The .xlsx file adapter of the RegisterWorkbook port, for the command line: reads the
 * register from a workbook file, writes the audit sheet into a copy of it, writes the
 * template. The only way into this folder for code outside it.
 */
import type { Workbook } from 'exceljs';
import type { Language } from '../../core';
import type { RegisterRows } from './template';

export { XlsxFileWorkbook, checkOutputPath, type XlsxFileOptions } from './workbook';
export { readWorkbookGrids, type WorkbookGrids } from './reader';
export { renderAuditSheet, wrappedLines } from './audit-sheet-xml';
export { cellLocation } from '../shared';
export { freeSheetName } from '../shared';
export { EMPTY_STYLES, mergeStyles, StyleBook } from './styles';
export { decodeXml } from './xml';
export type { RegisterRows } from './template';

// The template is written with ExcelJS, loaded only when a template is written: an audit
// never pays for loading it.

/** Writes the register template (with rows, for the example) to a new file. */
export async function writeTemplate(
  path: string,
  rows: RegisterRows = {},
  language: Language = 'en',
): Promise<void> {
  return (await import('./template')).writeTemplate(path, rows, language);
}

/** A register workbook (ExcelJS): the template, with `rows` in its tables. */
export async function buildRegisterWorkbook(
  rows: RegisterRows = {},
  language: Language = 'en',
): Promise<Workbook> {
  return (await import('./template')).buildRegisterWorkbook(rows, language);
}

export { tokenizeEveryPart } from './floor';
export { importRows, writeImportedRegister } from './import-write';
export { appendToRegister, type RegisterFile } from './register-append';
