/**
 * Evidence of use: exports admins already produce (Exchange CAL reports, mailbox logons,
 * Active Directory, Microsoft 365) read into EvidenceImport values. Pure: runs in the task
 * pane and the CLI alike.
 */
export { readEvidence, readEvidenceText } from './read';
export { decodeExport, decodeWindows1252, type DecodedText, type TextEncoding } from './decode';
export { parseCsv, detectSeparator, type CsvRecord, type CsvTable } from './csv';
export { Columns, cell, values } from './columns';
export { notCsv } from './sniff';
export {
  readExportDate,
  dateReader,
  cultureOrder,
  DEFAULT_CULTURE,
  DATE_CULTURES,
  type DateOrder,
  type DateReader,
} from './export-dates';
export { exchangeIdentity, domainOfDn, primarySmtp } from './identity';
export { MAPPERS, detectFormat, AD_LICENCE, MAILBOX_LICENCE } from './formats';
export { KNOWN_EXPORTS } from './messages';
export { isEvidenceProblem } from './types';
export { evidenceUsage, usageTableRows, usageTableSource, type UsageTableRow } from './usage';
export {
  EVIDENCE_FRESH_DAYS,
  evidenceContext,
  evidenceUsed,
  lastLogonFor,
  missingRows,
  unseenRows,
  type EvidenceContext,
  type EvidenceUsed,
  type HolderEvidence,
} from './context';
export type {
  DateCulture,
  EvidenceFormat,
  EvidenceIdentity,
  EvidenceImport,
  EvidenceProblem,
  EvidenceReadOptions,
  EvidenceRow,
} from './types';
