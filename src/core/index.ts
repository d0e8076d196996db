/**
 * The licensing engine's public surface: pure functions of plain data, with no host, UI or
 * file access. Every layer above (the adapters in src/excel, the command line, the functions
 * and the task pane) imports the engine through this file only.
 */
export {
  audit,
  auditRegister,
  buildContext,
  flaggedRows,
  runRules,
  DEFAULT_STALE_DAYS,
  type AuditOptions,
  type AuditResult,
  type NotChecked,
  type Summary,
  type Verdict,
} from './audit';

// The register: reading workbook grids into records.
export {
  cellText,
  dayToIso,
  dayToSerial,
  EVIDENCE_LICENCE,
  HEADER_SCAN_ROWS,
  headerKey,
  isoToDay,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  localDay,
  localStamp,
  locateRegister,
  matchHeaders,
  parseRegister,
  serialToDay,
  SHEET_ALIASES,
  SHEET_NAMES,
  TABLE_NAMES,
  templateHeaders,
  textOf,
  USAGE_COLUMNS,
  // Registers kept in other languages, and how their text dates are read.
  headerIn,
  LANGUAGE_NAMES,
  LANGUAGES,
  languageOf,
  orderOfPattern,
  readDateOrder,
  readYesNo,
  settingIn,
  sheetIn,
  statusChoices,
  yesNoIn,
  type DateOrder,
  type Language,
  type LocatedRegister,
  type Register,
  type LocatedTable,
  type SheetGrid,
  type TableInfo,
  type TableName,
  type TableRef,
  type UnreadSheet,
  type UsageField,
} from './register';

// Licensing knowledge: licence names, the catalogue.
export {
  calLabel,
  calNames,
  CLOUD_PLANS,
  type CloudPlan,
  isLicenceProblem,
  parseLicence,
  serverLicenceNames,
  type Licence,
  type LicenceProblem,
  type LicenceReadOptions,
  type ParsedLicence,
} from './licensing';

export type { PositionRow, PositionStatus } from './position';

// Rules and findings.
export { RULES, ruleById, type Finding, type RuleDef, type RuleId, type Severity } from './rules';

// Evidence of use: the exports admins already produce.
export {
  DATE_CULTURES,
  DEFAULT_CULTURE,
  EVIDENCE_FRESH_DAYS,
  evidenceUsed,
  isEvidenceProblem,
  readEvidence,
  readEvidenceText,
  usageTableRows,
  usageTableSource,
  type DateCulture,
  type EvidenceImport,
  type EvidenceProblem,
  type EvidenceUsed,
  type UsageTableRow,
} from './evidence';

// What an audit says: the JSON and the report model.
export {
  buildReport,
  cellAddress,
  cloudRightsUsed,
  type CloudRightUsed,
  groupByRule,
  NO_POSITION,
  POSITION_COLUMNS,
  positionHeaders,
  positionState,
  type PositionField,
  type RuleGroup,
  findingCounts,
  toJson,
  verdictOf,
  type AuditJson,
  type AuditReport,
  type ReportColumn,
  type ReportFields,
  type ReportLink,
  type ReportMeta,
  type ReportRow,
  type ReportSection,
  type ReportTable,
  type ReportValue,
  type Tone,
} from './report';

// The engine of the CAL.* functions.
export {
  flagsOfRanges,
  formulaOptions,
  isMisrecordedValue,
  isStaleValue,
  licenceArgument,
  positionOfRanges,
  RangeProblem,
  rangeSheet,
  ROW_RULES,
  startsWithHeaders,
  type Answer,
} from './formulas';

// Licence records admins keep (Snipe-IT, GLPI, ConfigMgr, Microsoft 365), read as register rows.
export {
  assignmentCells,
  isImportProblem,
  KNOWN_IMPORTS,
  planImport,
  purchaseCells,
  readImport,
  readImportText,
  type ExistingRegister,
  type ImportedAssignment,
  type ImportedPurchase,
  type ImportFile,
  type ImportFormat,
  type ImportOptions,
  type ImportPlan,
  type ImportProblem,
  type RegisterCell,
} from './imports';
