/**
 * A licence export to register rows: decode the bytes, refuse what is not CSV, parse it
 * (a header row repeated inside the file is skipped), recognise the export by its header row
 * and let its mapper read the lines. Every failure is an ImportProblem with one sentence for
 * the admin; nothing here throws.
 */
import { parseCsv, decodeExport, DEFAULT_CULTURE, notCsv } from '../evidence';
import { ExportColumns } from './columns';
import { detectImport } from './formats';
import { IMPORT_NOTES, IMPORT_PROBLEMS } from './messages';
import type { ImportFile, ImportOptions, ImportProblem } from './types';

function isProblem<T extends object>(value: T | ImportProblem): value is ImportProblem {
  return 'problem' in value;
}

const WORKBOOK = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/**
 * The register rows of an export's text (a file already decoded, or pasted text).
 * @example readImportText('"Name","Publisher","Version","Language","EffectiveQuantity"\n...', { source: 'gls.csv' })
 */
export function readImportText(text: string, options: ImportOptions): ImportFile | ImportProblem {
  if (text.trim() === '') return IMPORT_PROBLEMS.empty();
  if (notCsv(text)) return IMPORT_PROBLEMS.notCsv();
  const table = parseCsv(text, { repeatedHeaders: 'skip' });
  // The CSV reader's own sentences (a line cut short, two files joined) fit these files too.
  if (isProblem(table)) return table;
  const columns = new ExportColumns(table.header);
  const mapper = detectImport(columns);
  if (!mapper) return IMPORT_PROBLEMS.unknownFormat(table.header);
  if (table.records.length === 0 && (table.blankRecords ?? 0) === 0)
    return IMPORT_PROBLEMS.noRows(mapper.label);
  const lines = mapper.map(table, columns, {
    source: options.source,
    culture: options.culture ?? DEFAULT_CULTURE,
    ...(options.licence !== undefined ? { licence: options.licence } : {}),
  });
  if (isProblem(lines)) return lines;
  const repeated = table.repeatedHeaders ?? [];
  return {
    format: mapper.format,
    label: mapper.label,
    source: options.source,
    lines: table.records.length,
    purchases: lines.purchases,
    assignments: lines.assignments,
    notes: [
      ...(repeated.length > 0 ? [IMPORT_NOTES.repeatedHeaders(repeated)] : []),
      ...lines.notes(),
    ],
  };
}

/**
 * The register rows of an export file: UTF-8 (with or without BOM), UTF-16 or Windows-1252;
 * comma, semicolon or tab separated.
 * @example readImport(bytes, { source: 'licenses-2026-11-27-101500.csv' })
 */
export function readImport(bytes: Uint8Array, options: ImportOptions): ImportFile | ImportProblem {
  if (WORKBOOK.some((magic) => magic.every((b, i) => bytes[i] === b)))
    return IMPORT_PROBLEMS.workbook();
  const decoded = decodeExport(bytes);
  if (isProblem(decoded))
    return decoded.problem === 'empty' ? IMPORT_PROBLEMS.empty() : IMPORT_PROBLEMS.binary();
  return readImportText(decoded.text, options);
}
