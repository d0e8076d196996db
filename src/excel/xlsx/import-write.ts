/**
 * A new register from imported licence records: the template (template.ts, ExcelJS) with the
 * rows in its Purchases and Assignments tables, dates as dates and text as text, written
 * through a temporary file so a failed write leaves nothing half done.
 */
import {
  assignmentCells,
  dayToSerial,
  purchaseCells,
  type ImportPlan,
  type RegisterCell,
} from '../../core';
import { replaceAtomically } from './atomic';
import type { RegisterRows } from './template';

/** A cell as ExcelJS writes it: a date serial for a date, text as text, null for nothing. */
function excelValue(cell: RegisterCell): string | number | null {
  if (cell.value === undefined) return null;
  if (cell.date && typeof cell.value === 'number') return dayToSerial(cell.value);
  return cell.value;
}

/** The plan's rows in template column order, per table. */
export function importRows(plan: ImportPlan): RegisterRows {
  const rows: { -readonly [K in keyof RegisterRows]: RegisterRows[K] } = {};
  if (plan.purchases.length > 0)
    rows.Purchases = plan.purchases.map((p) => purchaseCells(p).map(excelValue));
  if (plan.assignments.length > 0)
    rows.Assignments = plan.assignments.map((a) => assignmentCells(a).map(excelValue));
  return rows;
}

/** Writes a new register holding the plan's rows; `path` must not be an existing register. */
export async function writeImportedRegister(path: string, plan: ImportPlan): Promise<void> {
  // ExcelJS (the template writer) is loaded only when a register is written.
  const { writeTemplate } = await import('./template');
  await replaceAtomically(path, (temporary) => writeTemplate(temporary, importRows(plan)));
}
