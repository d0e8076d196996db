/**
 * The pane's evidence import, without React: reading a chosen file or pasted text with the
 * engine's import, and checking it against what the Usage table already holds.
 */
import {
  type AuditResult,
  DATE_CULTURES,
  DEFAULT_CULTURE,
  isEvidenceProblem,
  readEvidence,
  readEvidenceText,
  usageTableSource,
  type DateCulture,
  type EvidenceImport,
  type EvidenceProblem,
} from '../core';
import type { UsageAdded } from '../excel/port';

/** What the admin gave: a file (its bytes and its date) or text pasted from the clipboard. */
export type ExportInput =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly bytes: Uint8Array;
      /** Day number of the file's last change: the capture date when the export has none. */
      readonly modified: number;
    }
  | { readonly kind: 'text'; readonly text: string };

export const PASTED = 'pasted text';

/**
 * The bytes of a chosen file: Blob.arrayBuffer where the webview has it, FileReader where it
 * does not (older Safari webviews of Excel on Mac).
 */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function')
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** The culture of the user's language when the import knows it (en-AU reads as en-GB). */
export function cultureOf(language: string | undefined): DateCulture {
  const wanted = (language ?? '').toLowerCase();
  const exact = DATE_CULTURES.find((c) => c.culture.toLowerCase() === wanted);
  if (exact) return exact.culture;
  const [lang] = wanted.split('-');
  if (lang === 'de') return 'de-DE';
  if (lang === 'fr') return 'fr-FR';
  if (lang === 'nl') return 'nl-NL';
  if (lang === 'en' && wanted !== 'en-us' && wanted !== 'en') return 'en-GB';
  return DEFAULT_CULTURE;
}

/** Reads the export; `capturedOn` is used when the export does not carry its own date. */
export function readExport(
  input: ExportInput,
  culture: DateCulture,
  capturedOn: number | undefined,
): EvidenceImport | EvidenceProblem {
  const options = {
    culture,
    source: input.kind === 'file' ? input.name : PASTED,
    ...(capturedOn !== undefined ? { capturedOn } : {}),
  };
  return input.kind === 'file'
    ? readEvidence(input.bytes, options)
    : readEvidenceText(input.text, options);
}

/**
 * Whether the Usage table (as last validated) already holds this import: the same source
 * captured the same day. Adding it again would list every account twice.
 */
export function alreadyImported(
  result: AuditResult | undefined,
  evidence: EvidenceImport,
): boolean {
  if (!result) return false;
  const source = usageTableSource(evidence);
  return result.context.evidence.summaries.some(
    (s) => s.firstRow !== undefined && s.source === source && s.capturedOn === evidence.capturedOn,
  );
}

/** What the pane says once an import was added to the Usage table. */
export function addedText(evidence: EvidenceImport, to: UsageAdded): string {
  const columns =
    to.addedColumns.length > 0
      ? ` The table got the column${to.addedColumns.length > 1 ? 's' : ''} ${to.addedColumns.join(', ')}.`
      : '';
  const where = `${to.created ? 'a new Usage table on ' : ''}the ${to.sheet} sheet, rows ${to.firstRow}–${to.lastRow}`;
  return `Added ${to.rows} ${to.rows === 1 ? 'row' : 'rows'} from ${usageTableSource(evidence)} to ${where}.${columns}`;
}

export { isEvidenceProblem };
