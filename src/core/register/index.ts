/**
 * The register: reading a workbook's sheets (plain grids) into typed records. Finds the
 * tables (by table name, sheet name or header row), matches headers through aliases, reads
 * every cell without throwing (what cannot be read is recorded on the record), and keeps a
 * million assignments as columns.
 */
export { EVIDENCE_LICENCE, parseRegister, type ParseOptions } from './parse';

export { looksLikeDevice, parseStatus } from './assignee';
export { orderOfPattern, readDateOrder, type DateOrder } from './date-order';
export {
  foldText,
  headerIn,
  LANGUAGE_NAMES,
  LANGUAGES,
  languageOf,
  settingIn,
  sheetIn,
  type Language,
} from './languages';
export { monthOfName } from './month-names';
export { statusChoices } from './status-words';
export { readYesNo, yesNoIn } from './yes-no';
export type { AssignmentTable } from './assignment-table';
export {
  cellText,
  describeValue,
  isBlank,
  isProblem,
  readCount,
  readDay,
  readText,
  textOf,
  type CellProblem,
} from './cells';
export {
  dayToIso,
  dayToSerial,
  isoToDay,
  localDay,
  localStamp,
  serialToDay,
  textToDay,
} from './dates';
export {
  HEADER_SCAN_ROWS,
  locateRegister,
  matchHeaders,
  type LocatedRegister,
  type LocatedTable,
  type SheetGrid,
  type TableRef,
  type UnreadSheet,
} from './locate';
export type { FieldIssue, Purchase, Register, Status, TableInfo, UsageRecord } from './records';
export { StringIndex } from './string-index';
export {
  ASSIGNMENT_COLUMNS,
  PURCHASE_COLUMNS,
  COLUMNS,
  headerKey,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  SHEET_ALIASES,
  SHEET_NAMES,
  SIGNATURES,
  TABLE_NAMES,
  templateHeaders,
  USAGE_COLUMNS,
  type TableName,
  type UsageField,
} from './schema';
