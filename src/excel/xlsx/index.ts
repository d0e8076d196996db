/**
 * The .xlsx file adapter of the RegisterWorkbook port, for the command line: reads the
 * register from a workbook file, writes the audit sheet into a copy of it, writes the
 * template. The only way into this folder for code outside it.
 */
export { XlsxFileWorkbook, checkOutputPath, type XlsxFileOptions } from './workbook';
export { readWorkbookGrids, type WorkbookGrids } from './reader';
export { buildRegisterWorkbook, writeTemplate, type RegisterRows } from './template';
export { renderAuditSheet, wrappedLines } from './audit-sheet-xml';
export { cellLocation } from '../audit-style';
export { freeSheetName } from './copy';
export { EMPTY_STYLES, mergeStyles, StyleBook } from './styles';
export { decodeXml } from './xml';
