/**
 * Imported lines as register cells, in the template's column order: what a writer puts in a
 * new register, or under the columns an existing table has. Dates are day numbers, flagged so
 * a writer stores them as dates; text stays text.
 */
import { ASSIGNMENT_COLUMNS, PURCHASE_COLUMNS } from '../register';
import type { ImportedAssignment, ImportedPurchase } from './types';

export interface RegisterCell {
  readonly field: string;
  /** The template's header of the field. */
  readonly header: string;
  /** Text, a number, a day number (with `date`), or undefined for an empty cell. */
  readonly value: string | number | undefined;
  readonly date?: true;
}

const text = (value: string): string | undefined => (value === '' ? undefined : value);

/** The cells of a purchase line, one per template column of Purchases. */
export function purchaseCells(p: ImportedPurchase): RegisterCell[] {
  const values: Record<string, string | number | undefined> = {
    licence: p.licence,
    quantity: p.quantity,
    purchaseDate: p.purchaseDate,
    invoice: text(p.invoice),
    order: text(p.order),
    reseller: text(p.reseller),
    agreement: text(p.agreement),
    saEnd: p.saEnd,
    proofLocation: text(p.proofLocation),
    notes: text(p.notes),
  };
  return PURCHASE_COLUMNS.filter((c) => c.header !== '').map((c) => ({
    field: c.field,
    header: c.header,
    value: values[c.field],
    ...(c.field === 'purchaseDate' || c.field === 'saEnd' ? { date: true as const } : {}),
  }));
}

/** The cells of an assignment, one per template column of Assignments. */
export function assignmentCells(a: ImportedAssignment): RegisterCell[] {
  const values: Record<string, string | number | undefined> = {
    licence: a.licence,
    assignedTo: text(a.assignedTo),
    account: text(a.account),
    device: text(a.device),
    assignedOn: a.assignedOn,
    notes: text(a.notes),
  };
  return ASSIGNMENT_COLUMNS.filter((c) => c.header !== '').map((c) => ({
    field: c.field,
    header: c.header,
    value: values[c.field],
    ...(c.field === 'assignedOn' || c.field === 'lastActivity' ? { date: true as const } : {}),
  }));
}
