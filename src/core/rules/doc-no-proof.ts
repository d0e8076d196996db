/**
 * DOC-NO-PROOF: a purchase line with neither invoice nor order number, or without a
 * purchase date. Such CALs still count as owned, as "unproven" in the position. A table
 * without the columns at all (an export that has none) is one finding, not one per line.
 */
import { defineRule, type Said } from './define';
import { hasIssue } from './where';

const messages = {
  noProof: (licence: string, lacks: readonly string[]): Said => ({
    message: `Purchase of ${licence} has no ${lacks.join(', and no ')}.`,
    fix: 'Add the invoice or order number and the purchase date, and say where the document is kept (Proof location).',
  }),
  noProofColumns: (lacks: readonly string[], lines: number): Said => ({
    message: `The Purchases table has no ${lacks.join(' and no ')} column: none of its ${lines} purchase line${lines === 1 ? '' : 's'} shows ${lines === 1 ? 'its' : 'their'} proof.`,
    fix: `Add ${lacks.map((c) => `a ${c} column`).join(' and ')}, filled from the invoices or orders (an export without them, such as Snipe-IT's Reports > Licenses, needs them added).`,
  }),
};

export const docNoProof = defineRule({
  id: 'DOC-NO-PROOF',
  severity: 'warning',
  title: 'Purchase without proof',
  flags:
    'a purchase line without invoice or order number, or without a purchase date; a Purchases table without those columns, once',
  why: 'Keep the purchase documents: they are the proof of entitlement.',
  table: 'Purchases',
  scope: 'row',
  messages,
  check({ register }, report) {
    const info = register.tables.Purchases;
    const lines = register.purchases.filter((p) => p.licenceText !== '' && !p.foreign);
    const refColumn = info?.letters.invoice !== undefined || info?.letters.order !== undefined;
    const dateColumn = info?.letters.purchaseDate !== undefined;
    if (info && lines.length > 0 && (!refColumn || !dateColumn)) {
      const absent = [
        ...(refColumn ? [] : ['Invoice number or Order number']),
        ...(dateColumn ? [] : ['Purchase date']),
      ];
      report({
        table: 'Purchases',
        row: info.headerRow,
        ...messages.noProofColumns(absent, lines.length),
      });
    }
    for (const p of lines) {
      const lacks: string[] = [];
      if (refColumn && p.invoice === '' && p.order === '') lacks.push('invoice or order number');
      if (dateColumn && p.purchaseDate === undefined && !hasIssue(p.issues, 'purchaseDate'))
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
