/**
 * DOC-NO-PROOF: a purchase line with neither invoice nor order number, or without a
 * purchase date. Such CALs still count as owned, as "unproven" in the position.
 */
import type { RuleCheck } from './context';
import { noProof } from './messages';
import { draft, hasIssue } from './where';

export const docNoProof: RuleCheck = ({ register }, emit) => {
  for (const p of register.purchases) {
    if (p.licenceText === '') continue;
    const lacks: string[] = [];
    if (p.invoice === '' && p.order === '') lacks.push('invoice or order number');
    if (p.purchaseDate === undefined && !hasIssue(p.issues, 'purchaseDate'))
      lacks.push('purchase date');
    if (lacks.length === 0) continue;
    const field = lacks[0] === 'purchase date' ? 'purchaseDate' : 'invoice';
    const said = noProof(p.licence?.name ?? `"${p.licenceText}"`, lacks);
    emit(draft(register, 'Purchases', p.row, field, undefined, p.licence?.name, said));
  }
};
