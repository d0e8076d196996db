/** The licensing engine's public surface: pure functions of plain data, with no host, UI or file access. */
export { audit, auditRegister, buildContext, runRules, DEFAULT_STALE_DAYS } from './audit';
export type { AuditOptions, AuditResult, Summary } from './audit';
export { toJson } from './json';
export type { AuditJson } from './json';
export type { Finding, RuleId, Severity } from './findings';
export { RULES, ruleById } from './rules';
export type { RuleDef } from './rules';
export type { PositionRow, PositionStatus } from './position';
export { parseLicence, isLicenceProblem, calNames, serverLicenceNames } from './licence';
export type { Licence, ParsedLicence, LicenceProblem } from './licence';
export { parseRegister } from './parse';
export { locateRegister, HEADER_SCAN_ROWS } from './locate';
export type { SheetGrid, TableRef } from './locate';
export { dayToIso, isoToDay, dayToSerial, serialToDay, localDay, localStamp } from './dates';
export { TABLE_NAMES, templateHeaders } from './schema';
export type { TableName } from './schema';
export { buildReport, findingCounts, verdictOf } from './report';
export type {
  AuditReport,
  ReportColumn,
  ReportFields,
  ReportLink,
  ReportMeta,
  ReportRow,
  ReportSection,
  ReportTable,
  ReportValue,
  Tone,
} from './report';
export { evidenceUsed, EVIDENCE_FRESH_DAYS } from './evidence/context';
export type { EvidenceUsed } from './evidence/context';
