/**
 * An export file to evidence: decode the bytes, refuse text that is not CSV, parse the CSV,
 * recognise the export by its header row and let its mapper read the rows. Every failure is
 * an EvidenceProblem with one sentence for the admin; nothing here throws.
 */
import { Columns } from './columns';
import { parseCsv } from './csv';
import { decodeExport } from './decode';
import { DEFAULT_CULTURE } from './export-dates';
import { detectFormat, type Mapped } from './formats';
import { hasName } from './identity';
import { NOTES, PROBLEMS } from './messages';
import { notCsv } from './sniff';
import type { EvidenceImport, EvidenceProblem, EvidenceReadOptions } from './types';

function isProblem<T extends object>(value: T | EvidenceProblem): value is EvidenceProblem {
  return 'problem' in value;
}

/**
 * Evidence from the text of an export (a pasted table, or a file already decoded).
 * @example readEvidenceText('"LicenseName","Name"\n"Exchange Server 2019 Enterprise CAL","dana@contoso.com"\n', { source: 'pasted text' })
 */
export function readEvidenceText(
  text: string,
  options: EvidenceReadOptions,
): EvidenceImport | EvidenceProblem {
  const shape = notCsv(text);
  if (shape) return shape;
  const table = parseCsv(text);
  if (isProblem(table)) return table;
  if (table.header.length === 0) return PROBLEMS.empty();
  const columns = new Columns(table.header);
  const mapper = detectFormat(columns);
  if (!mapper) return PROBLEMS.unknownFormat(table.header);
  if (table.records.length === 0) return PROBLEMS.noRows(mapper.label);
  const mapped: Mapped | EvidenceProblem = mapper.map(table, columns, {
    culture: options.culture ?? DEFAULT_CULTURE,
  });
  if (isProblem(mapped)) return mapped;
  const rows = mapped.rows.filter((row) => hasName(row.identity));
  if (rows.length === 0 && mapped.rows.length > 0) return PROBLEMS.noAccounts(mapper.label);
  const skipped = mapped.rows.filter((row) => !hasName(row.identity)).map((row) => row.line);
  const capturedOn = mapped.capturedOn ?? options.capturedOn;
  return {
    format: mapper.format,
    label: mapped.label,
    source: options.source,
    ...(capturedOn !== undefined ? { capturedOn } : {}),
    rows,
    ...(mapped.completeFor !== undefined ? { completeFor: mapped.completeFor } : {}),
    ...(mapped.wholeDomains !== undefined ? { wholeDomains: mapped.wholeDomains } : {}),
    notes: skipped.length > 0 ? [...mapped.notes, NOTES.skipped(skipped)] : [...mapped.notes],
  };
}

/**
 * Evidence from the bytes of an export file: UTF-8 (with or without BOM), UTF-16 (LE with or
 * without BOM, BE with BOM) or Windows-1252; comma, semicolon or tab separated.
 * @example readEvidence(bytes, { source: 'enterprise-cal-users.csv', culture: 'de-DE' })
 */
export function readEvidence(
  bytes: Uint8Array,
  options: EvidenceReadOptions,
): EvidenceImport | EvidenceProblem {
  const decoded = decodeExport(bytes);
  if (isProblem(decoded)) return decoded;
  return readEvidenceText(decoded.text, options);
}
