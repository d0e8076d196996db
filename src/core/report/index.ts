/**
 * What an audit says, shaped for its readers: the JSON of `--json`, and the audit report
 * model that the audit sheet, the task pane and the text report render.
 */
export { toJson, type AuditJson } from './json';
export {
  cellAddress,
  cloudRightsUsed,
  type CloudRightUsed,
  groupByRule,
  NO_POSITION,
  POSITION_COLUMNS,
  positionHeaders,
  positionState,
  type PositionColumn,
  type PositionField,
  type RuleGroup,
} from './view';
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
} from './model';
