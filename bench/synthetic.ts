/**
 * Synthetic registers for the benchmarks: realistic variety (several licences, people with
 * two or three CALs, some leavers, some inactive, a few broken rows), deterministic.
 */
import { templateHeaders, type SheetGrid } from '../src/core';

const LICENCES = [
  'Exchange Server 2019 Standard User CAL',
  'Windows Server 2022 User CAL',
  'Exchange Server 2019 Enterprise User CAL',
  'WinSvrCAL 2022 SNGL OLP NL UsrCAL',
  'Exchange Server 2016 Standard User CAL',
];

/** Excel serial of 2026-11-27 (the as-of date of the benchmarks). */
export const AS_OF_SERIAL = 46353;

/** Strings as a workbook reader hands them over: flat, not concatenation trees. */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

export function assignmentRows(count: number): unknown[][] {
  const rows: unknown[][] = [];
  const people = Math.ceil(count / 2);
  for (let i = 0; i < count; i += 1) {
    // Sorted by licence, as registers often are: every person's Exchange CAL first, then
    // every person's second CAL, so a person's rows are far apart. The second is the Windows
    // Server CAL every Exchange user needs (under either of two names), except for 1 in 40 who
    // hold an old 2016 Exchange CAL and 1 in 20 who hold an Exchange Enterprise CAL instead:
    // a few thousand findings, as a register that is mostly right has.
    const person = i % people;
    const licence =
      i < people
        ? LICENCES[0]
        : person % 40 === 0
          ? LICENCES[4]
          : person % 20 === 1
            ? LICENCES[2]
            : LICENCES[person % 2 === 0 ? 1 : 3];
    const status = person % 97 === 0 ? 'Left' : person % 89 === 0 ? 'Disabled' : '';
    const last = AS_OF_SERIAL - (person % 50 === 0 ? 200 : person % 30);
    rows.push([
      licence,
      flat(`Person ${person}`),
      flat(`person.${person}@contoso.com`),
      null,
      AS_OF_SERIAL - 300 - (person % 700),
      null,
      null,
      status,
      person % 1000 === 7 ? 'not a date' : last,
      null,
    ]);
  }
  return rows;
}

/** A purchase line in the template's column order: Licence, Quantity, Purchase date, ... */
function line(
  licence: string,
  quantity: number,
  daysAgo: number,
  invoice: string | null = null,
  order: string | null = null,
  proof: string | null = null,
): unknown[] {
  return [licence, quantity, AS_OF_SERIAL - daysAgo, invoice, order, null, null, null, proof, null];
}

export function purchaseRows(assignments: number): unknown[][] {
  const each = Math.floor(assignments / 4);
  return [
    line('Exchange Server 2019 Standard', 2, 900, 'INV-1', 'PO-1', 'share'),
    line('Windows Server 2022 Standard', 2, 900, 'INV-1', 'PO-1', 'share'),
    line('Exchange Server 2019 Standard - 1 User CAL', each, 900, 'INV-1', 'PO-1', 'share'),
    line('Windows Server 2022 CAL 5 User', Math.floor(each / 5), 900, 'INV-2'),
    line('Exchange Server 2019 Enterprise - 1 User CAL', Math.floor(each / 4), 400),
  ];
}

/** The grids of a register with `count` assignment rows, as an adapter hands them over. */
export function syntheticGrids(count: number): SheetGrid[] {
  return [
    { name: 'Purchases', rows: [templateHeaders('Purchases'), ...purchaseRows(count)] },
    { name: 'Assignments', rows: [templateHeaders('Assignments'), ...assignmentRows(count)] },
  ];
}
