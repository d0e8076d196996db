/**
 * DOC-NO-PROOF: a purchase line with neither invoice nor order number, or without a
 * purchase date. Such CALs still count as owned, as "unproven" in the position. A table
 * without the columns at all (an export that has none) is one finding, not one per line.
 */
import type { RuleCheck } from './context';
import { noProof, noProofColumns } from './messages';
import { draft, hasIssue } from './where';

export const docNoProof: RuleCheck = ({ register }, emit) => {
  const info = register.tables.Purchases;
  const lines = register.purchases.filter((p) => p.licenceText !== '' && !p.foreign);
  const refColumn = info?.letters.invoice !== undefined || info?.letters.order !== undefined;
  const dateColumn = info?.letters.purchaseDate !== undefined;
  if (info && lines.length > 0 && (!refColumn || !dateColumn)) {
    const absent = [
      ...(refColumn ? [] : ['Invoice number or Order number']),
      ...(dateColumn ? [] : ['Purchase date']),
    ];
    emit({ sheet: info.sheet, row: info.headerRow, ...noProofColumns(absent, lines.length) });
  }
  for (const p of lines) {
    const lacks: string[] = [];
    if (refColumn && p.invoice === '' && p.order === '') lacks.push('invoice or order number');
    if (dateColumn && p.purchaseDate === undefined && !hasIssue(p.issues, 'purchaseDate'))
      lacks.push('purchase date');
    if (lacks.length === 0) continue;
    const field = lacks[0] === 'purchase date' ? 'purchaseDate' : 'invoice';
    const said = noProof(p.licence?.name ?? `"${p.licenceText}"`, lacks);
    emit(draft(register, 'Purchases', p.row, field, undefined, p.licence?.name, said));
  }
};
