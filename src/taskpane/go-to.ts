/**
 * Where a finding's Go to leads: its cell, and how to find its record again if rows moved
 * since the check (the key's columns and, since an account has one row per licence, the
 * licence's columns), taken from the table the finding is about.
 */
import {
  ruleById,
  type AuditResult,
  type Finding,
  type TableName,
  EVIDENCE_LICENCE,
  type TableInfo,
} from '../core';
import type { GoToLicence, GoToTarget } from '../excel/port';

/**
 * The register table a finding points into. A sheet may hold more than one (Usage and
 * Settings side by side, say): the rule's own table, else the one whose header is nearest
 * above the row and that has the finding's column.
 */
export function tableOf(result: AuditResult, finding: Finding): TableInfo | undefined {
  const onSheet = Object.values(result.register.tables).filter(
    (t): t is TableInfo => t !== undefined && t.sheet === finding.sheet,
  );
  const role: TableName | undefined = ruleById(finding.rule).table;
  const own = onSheet.find((t) => t.role === role);
  if (own) return own;
  const above = onSheet.filter((t) => finding.row === undefined || t.headerRow < finding.row);
  const pool = above.length > 0 ? above : onSheet;
  const holding = pool.filter(
    (t) => finding.column !== undefined && Object.values(t.letters).includes(finding.column),
  );
  return [...(holding.length > 0 ? holding : pool)].sort((a, b) => b.headerRow - a.headerRow)[0];
}

/** Where a table writes a record's licence, and how the engine reads it there. */
function licenceOf(table: TableInfo, name: string): GoToLicence | undefined {
  const { letters } = table;
  if (table.role === 'Usage')
    return letters.licenceRequired !== undefined
      ? { name, column: letters.licenceRequired, read: EVIDENCE_LICENCE }
      : undefined;
  const parts = ['product', 'version', 'edition', 'calType']
    .map((field) => letters[field])
    .filter((letter): letter is string => letter !== undefined);
  if (letters.licence === undefined && parts.length === 0) return undefined;
  return {
    name,
    ...(letters.licence !== undefined ? { column: letters.licence } : {}),
    ...(parts.length > 0 ? { parts } : {}),
    // Every Assignments row is a CAL, whatever its wording (src/core/parse/assignments.ts).
    ...(table.role === 'Assignments' ? { read: { assumeCal: true } } : {}),
  };
}

/** The Go to target of a finding on a cell; undefined for one about the position as a whole. */
export function goToTarget(result: AuditResult, finding: Finding): GoToTarget | undefined {
  const { sheet, row, column, key } = finding;
  if (sheet === undefined || row === undefined) return undefined;
  const table = tableOf(result, finding);
  const keyColumns = table
    ? ['account', 'device', 'assignedTo']
        .map((field) => table.letters[field])
        .filter((letter): letter is string => letter !== undefined)
    : [];
  const licence =
    table && key !== undefined && finding.licence ? licenceOf(table, finding.licence) : undefined;
  return {
    sheet,
    row,
    column,
    key,
    keyColumns,
    ...(licence ? { licence } : {}),
  };
}
