import { isForeignLicence, offeringOf, type LicenceProblem, type Offering } from '../../licensing';
import type { LocatedTable } from '../locate';
import type { Coverage, Purchase, TableInfo } from '../records';
import { RowReader, type ParseOptions } from './fields';

/** Reads the Purchases table: one purchase line (proof of entitlement) per row. */
export function parsePurchases(
  located: LocatedTable,
  options: ParseOptions,
): { records: Purchase[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: Purchase[] = [];
  const [
    quantity,
    purchaseDate,
    invoice,
    order,
    reseller,
    agreement,
    saEnd,
    licenceType,
    proofLocation,
    notes,
  ] = [
    'quantity',
    'purchaseDate',
    'invoice',
    'order',
    'reseller',
    'agreement',
    'saEnd',
    'licenceType',
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
    const bought = reader.day(cells, purchaseDate);
    const end = reader.day(cells, saEnd);
    const typeText = reader.text(cells, licenceType);
    let offering: Offering | undefined;
    if (typeText !== '') {
      offering = offeringOf(typeText) ?? yesNoOffering(typeText);
      if (offering === undefined)
        reader.flag('licenceType', { problem: 'bad-licence-type', text: typeText });
    }
    offering ??= offeringOf(licenceText);
    // "Licence only" with an SA end date: the line is read as having none (never overstated).
    if (offering === 'licence' && end !== undefined)
      reader.flag('licenceType', {
        problem: 'licence-type-conflict',
        text: typeText || licenceText,
      });
    const coverage: Coverage | undefined =
      end !== undefined && offering !== 'licence'
        ? {
            kind: offering === 'subscription' ? 'subscription' : 'sa',
            ...(bought !== undefined ? { from: bought } : {}),
            to: end,
          }
        : undefined;
    const record: Purchase = {
      row,
      licence: parsed?.licence,
      licenceText,
      pack,
      quantity: count,
      owned: parsed && count !== undefined ? count * pack : 0,
      purchaseDate: bought,
      invoice: reader.text(cells, invoice),
      order: reader.text(cells, order),
      reseller: reader.text(cells, reseller),
      agreement: reader.text(cells, agreement),
      saEnd: end,
      ...(offering !== undefined ? { offering } : {}),
      ...(coverage ? { coverage } : {}),
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

/** A Licence type (or "SA") column answered Yes or No: with Software Assurance, or without. */
function yesNoOffering(text: string): Offering | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'yes' || word === 'y' || word === 'true') return 'sa';
  if (word === 'no' || word === 'n' || word === 'false') return 'licence';
  return undefined;
}
