/**
 * The pane's evidence import, without React: reading a chosen file or pasted text with the
 * engine's import, and checking it against what the Usage table already holds.
 */
import {
  type AuditResult,
  DATE_CULTURES,
  DEFAULT_CULTURE,
  isEvidenceProblem,
  LISTS_EVERY_ACCOUNT_OF,
  LISTS_EVERY_USER,
  readEvidence,
  readEvidenceText,
  usageTableSource,
  type DateCulture,
  type EvidenceImport,
  type EvidenceProblem,
  type UsageTableRow,
} from '../core';
import type { UsageAdded } from '../excel/port';
import { usageColumnsToAdd } from '../excel/shared';

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

/**
 * The columns adding these rows adds at the Usage table's right, as the last validation read
 * the table: none when there is no Usage table (it is made as the template makes it);
 * undefined before a validation, when the table is not known yet.
 */
export function columnsToAdd(
  result: AuditResult | undefined,
  rows: readonly UsageTableRow[],
): readonly string[] | undefined {
  if (!result) return undefined;
  const usage = result.register.tables.Usage;
  return usage ? usageColumnsToAdd(Object.values(usage.headers), rows) : [];
}

const quoted = (headers: readonly string[]) => headers.map((h) => `"${h}"`).join(', ');

/**
 * What the pane says, before the rows are added, of the columns they add and of what the
 * import lists in full (kept in a column of its own, never in the Source); undefined when
 * there is nothing to say.
 */
export function columnsNote(
  evidence: EvidenceImport,
  columns: readonly string[] | undefined,
): string | undefined {
  const said: string[] = [];
  if (columns && columns.length > 0)
    said.push(
      `The Usage table has no ${quoted(columns)} column${columns.length > 1 ? 's' : ''}: adding the rows adds ${columns.length > 1 ? 'them' : 'it'} at its right.`,
    );
  const domains = evidence.wholeDomains ?? [];
  const kept = evidence.completeFor
    ? { header: LISTS_EVERY_USER, what: `every user of ${evidence.completeFor}` }
    : domains.length > 0
      ? { header: LISTS_EVERY_ACCOUNT_OF, what: `every account of ${domains.join(', ')}` }
      : undefined;
  if (kept)
    said.push(
      `The export lists ${kept.what}: the rows say so in the "${kept.header}" column` +
        (columns === undefined ? `, added at the table's right if the table has none.` : '.'),
    );
  return said.length > 0 ? said.join(' ') : undefined;
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
