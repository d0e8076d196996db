import { isForeignLicence, type LicenceProblem } from '../../licensing';
import type { LocatedTable } from '../locate';
import type { Purchase, TableInfo } from '../records';
import { RowReader, type ParseOptions } from './fields';

/** Reads the Purchases table: one purchase line (proof of entitlement) per row. */
export function parsePurchases(
  located: LocatedTable,
  options: ParseOptions,
): { records: Purchase[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: Purchase[] = [];
  const [quantity, purchaseDate, invoice, order, reseller, agreement, saEnd, proofLocation, notes] =
    [
      'quantity',
      'purchaseDate',
      'invoice',
      'order',
      'reseller',
      'agreement',
      'saEnd',
      'proofLocation',
      'notes',
    ].map((field) => reader.col(field));
  reader.forEachRow((cells, row) => {
    const parsed = reader.licence(cells);
    const licenceText = reader.licenceText;
    // Other software in the list (an asset tool's export): one summary, not a finding per line.
    const foreignAt = parsed
      ? -1
      : (reader.issues ?? []).findIndex(
          (issue) =>
            issue.field === 'licence' &&
            'problem' in issue.problem &&
            isForeignLicence(issue.problem as LicenceProblem),
        );
    if (foreignAt >= 0) reader.issues?.splice(foreignAt, 1);
    const count = reader.count(cells, quantity);
    const pack = parsed?.pack ?? 1;
    const record: Purchase = {
      row,
      licence: parsed?.licence,
      licenceText,
      pack,
      quantity: count,
      owned: parsed && count !== undefined ? count * pack : 0,
      purchaseDate: reader.day(cells, purchaseDate),
      invoice: reader.text(cells, invoice),
      order: reader.text(cells, order),
      reseller: reader.text(cells, reseller),
      agreement: reader.text(cells, agreement),
      saEnd: reader.day(cells, saEnd),
      proofLocation: reader.text(cells, proofLocation),
      notes: reader.text(cells, notes),
      ...(foreignAt >= 0 ? { foreign: true as const } : {}),
      issues: undefined,
    };
    if (reader.issues && reader.issues.length > 0) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
