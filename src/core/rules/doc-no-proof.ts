/**
 * DOC-NO-PROOF: a purchase line with neither invoice nor order number, or without a
 * purchase date. Such CALs still count as owned, as "unproven" in the position.
 */
import { defineRule, type Said } from './define';
import { hasIssue } from './where';

const messages = {
  noProof: (licence: string, lacks: readonly string[]): Said => ({
    message: `Purchase of ${licence} has no ${lacks.join(', and no ')}.`,
    fix: 'Add the invoice or order number and the purchase date, and say where the document is kept (Proof location).',
  }),
};

export const docNoProof = defineRule({
  id: 'DOC-NO-PROOF',
  severity: 'warning',
  title: 'Purchase without proof',
  flags: 'a purchase line without invoice or order number, or without a purchase date',
  why: 'Keep the purchase documents: they are the proof of entitlement.',
  table: 'Purchases',
  scope: 'row',
  messages,
  check({ register }, report) {
    for (const p of register.purchases) {
      if (p.licenceText === '') continue;
      const lacks: string[] = [];
      if (p.invoice === '' && p.order === '') lacks.push('invoice or order number');
      if (p.purchaseDate === undefined && !hasIssue(p.issues, 'purchaseDate'))
        lacks.push('purchase date');
      if (lacks.length === 0) continue;
      report({
        table: 'Purchases',
        row: p.row,
        field: lacks[0] === 'purchase date' ? 'purchaseDate' : 'invoice',
        licence: p.licence?.name,
        ...messages.noProof(p.licence?.name ?? `"${p.licenceText}"`, lacks),
      });
    }
  },
});
