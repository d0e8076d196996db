/* eslint-disable @typescript-eslint/no-explicit-any -- custom function metadata reads `any` as "any cell value" */
/**
 * The CAL.* custom functions: thin wrappers over the licensing engine (src/core). Their JSDoc
 * is the metadata (functions.json is generated from it at build time, with the associate
 * calls); the names and argument order are part of the product.
 */
import {
  RangeProblem,
  flagsOfRanges,
  formulaOptions,
  isMisrecordedValue,
  isStaleValue,
  licenceArgument,
  positionOfRanges,
  rangeSheet,
  startsWithHeaders,
  DEFAULT_STALE_DAYS,
  positionHeaders,
  parseRegister,
  type PositionRow,
} from '../core';
import { at, map2D, shapeOf } from './arrays';
import { excelError, guarded, guardedAsync, valueOf } from './errors';
import { readRegisterTables } from './workbook';

/** Today in the user's time zone, as a day number (days since 1970-01-01). */
function today(): number {
  const now = new Date();
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
}

const CLEAN_ROW: string[] = [''];

/** The columns CAL.POSITION spills, named as every surface names them. */
const POSITION_FIELDS = [
  'licence',
  'owned',
  'required',
  'shortfall',
  'surplus',
  'reclaimable',
  'status',
] as const;
const POSITION_HEADER = positionHeaders(POSITION_FIELDS);

/** Excel passes an omitted optional argument as null (undefined when called from code). */
function omitted(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function totalShortfall(position: readonly PositionRow[], licence: unknown): number {
  if (omitted(licence) || licence === '') {
    return position.reduce((sum, row) => sum + row.shortfall, 0);
  }
  const wanted = valueOf(licenceArgument('licence', licence));
  return position.find((row) => row.licence === wanted.name)?.shortfall ?? 0;
}

/**
 * The number of CALs missing for one licence, or in total. With no arguments, reads the workbook's Assignments and Purchases tables.
 * @customfunction SHORTFALL
 * @param [assignments] The Assignments table, e.g. Assignments[#All].
 * @param [purchases] The Purchases table, e.g. Purchases[#All].
 * @param [licence] A licence, e.g. "Exchange Server 2019 Standard User CAL"; all licences when omitted.
 * @returns CALs required but not owned.
 */
export async function shortfall(
  assignments?: any[][],
  purchases?: any[][],
  licence?: string,
): Promise<number> {
  return guardedAsync('SHORTFALL', async () => {
    let ranges =
      !omitted(assignments) && !omitted(purchases) ? { assignments, purchases } : undefined;
    if (omitted(assignments) && omitted(purchases)) {
      ranges = await readRegisterTables();
      if (!ranges) {
        throw excelError(
          new RangeProblem(
            'na',
            'No Assignments and Purchases tables in this workbook: pass the ranges, e.g. =CAL.SHORTFALL(Assignments[#All],Purchases[#All]).',
          ),
        );
      }
    }
    if (!ranges)
      throw excelError(
        new RangeProblem('value', 'Give both assignments and purchases, or neither.'),
      );
    const position = valueOf(
      positionOfRanges(ranges.assignments, ranges.purchases, { today: today() }),
    );
    return totalShortfall(position, licence);
  });
}

/**
 * The licence position as a table with a header row: licence, owned, required, shortfall, surplus, reclaimable, status.
 * @customfunction POSITION
 * @param assignments The Assignments table, e.g. Assignments[#All].
 * @param purchases The Purchases table, e.g. Purchases[#All].
 * @returns A table that spills below and to the right.
 */
export function position(assignments: any[][], purchases: any[][]): any[][] {
  return guarded('POSITION', () => {
    const rows = valueOf(positionOfRanges(assignments, purchases, { today: today() }));
    return [
      POSITION_HEADER,
      ...rows.map((r) => [
        r.licence,
        r.owned,
        r.required,
        r.shortfall,
        r.surplus,
        r.reclaimable,
        r.status,
      ]),
    ];
  });
}

/**
 * The rule ids that flag each assignment row, aligned with the rows; empty for a clean row.
 * @customfunction FLAGS
 * @param assignments The Assignments table, e.g. Assignments[#All]; a header row gets "Flags".
 * @param [usage] The Usage table: evidence of use that makes accounts stale or not.
 * @param [staleDays] Days without activity before an assignment is stale (90 when empty or 0).
 * @param [asOf] The date to judge at (today). Pass TODAY() to keep it current.
 * @returns One column, one row per input row.
 */
export function flags(
  assignments: any[][],
  usage?: any[][],
  staleDays?: number,
  asOf?: any,
): string[][] {
  return guarded('FLAGS', () => {
    const options = valueOf(formulaOptions({ today: today(), asOf, staleDays }));
    // Clean rows share one empty row: Excel only reads the result.
    return valueOf(flagsOfRanges(assignments, usage, options)).map((f) =>
      f === '' ? CLEAN_ROW : [f],
    );
  });
}

/**
 * TRUE when an assignment is stale: its holder left or is disabled, or shows no activity for longer than staleDays. A range in gives an array out; a header row gets "Stale".
 * @customfunction ISSTALE
 * @param status Status: Active (or empty), Left, Disabled or Absent.
 * @param lastActivity The date of last activity.
 * @param [staleDays] Days without activity before an assignment is stale (90 when empty or 0).
 * @param [asOf] The date to judge at (today). Pass TODAY() to keep it current.
 * @returns TRUE or FALSE per row.
 */
export function isStale(
  status: any[][],
  lastActivity: any[][],
  staleDays?: number,
  asOf?: any,
): any[][] {
  return guarded('ISSTALE', () => {
    const options = valueOf(formulaOptions({ today: today(), asOf, staleDays }));
    const shape = shapeOf('ISSTALE', [status, lastActivity]);
    if (typeof shape === 'string') throw excelError(new RangeProblem('value', shape));
    const day = typeof options.asOf === 'number' ? options.asOf : options.today;
    const days = options.staleDays ?? DEFAULT_STALE_DAYS;
    const header = startsWithHeaders('Assignments', [
      [['status'], status],
      [['lastActivity'], lastActivity],
    ]);
    return map2D(shape[0], shape[1], (r, c) => {
      if (header && r === 0) return 'Stale';
      const answer = isStaleValue(at(status, r, c), at(lastActivity, r, c), day, days);
      return answer instanceof RangeProblem ? excelError(answer) : answer;
    });
  });
}

/**
 * TRUE when a User CAL is recorded against a device, or a Device CAL against a person with no device. A range in gives an array out; a header row gets "Misrecorded".
 * @customfunction ISMISRECORDED
 * @param licence The licence, e.g. "Exchange Server 2019 Standard User CAL".
 * @param assignedTo Who the CAL is assigned to.
 * @param [device] The device, if any.
 * @returns TRUE or FALSE per row.
 */
export function isMisrecorded(licence: any[][], assignedTo: any[][], device?: any[][]): any[][] {
  return guarded('ISMISRECORDED', () => {
    const shape = shapeOf('ISMISRECORDED', [licence, assignedTo, device]);
    if (typeof shape === 'string') throw excelError(new RangeProblem('value', shape));
    const header = startsWithHeaders('Assignments', [
      [['licence', 'product'], licence],
      [['assignedTo', 'account'], assignedTo],
      [['device'], device],
    ]);
    return map2D(shape[0], shape[1], (r, c) => {
      if (header && r === 0) return 'Misrecorded';
      const answer = isMisrecordedValue(
        at(licence, r, c),
        at(assignedTo, r, c),
        at(device ?? '', r, c),
      );
      return answer instanceof RangeProblem ? excelError(answer) : answer;
    });
  });
}

/**
 * The licence a name stands for, as CAL Register names it.
 * @customfunction LICENCE
 * @param text A licence name in any wording, e.g. "ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL".
 * @returns The normalised name, e.g. "Exchange Server 2019 Enterprise User CAL".
 */
export function licence(text: string): string {
  return guarded('LICENCE', () => valueOf(licenceArgument('text', text)).name);
}

/**
 * CALs owned of one licence: quantity x pack over the purchase lines.
 * @customfunction OWNED
 * @param purchases The Purchases table, e.g. Purchases[#All].
 * @param licence A licence, e.g. "Exchange Server 2019 Standard User CAL".
 * @returns The number owned.
 */
export function owned(purchases: any[][], licence: string): number {
  return guarded('OWNED', () => {
    const wanted = valueOf(licenceArgument('licence', licence));
    const sheet = valueOf(rangeSheet('purchases', 'Purchases', purchases));
    return parseRegister([sheet.grid]).purchases.reduce(
      (sum, p) => sum + (p.licence === wanted ? p.owned : 0),
      0,
    );
  });
}

/**
 * CALs required of one licence: distinct holders (and Enterprise holders for their base CAL).
 * @customfunction REQUIRED
 * @param assignments The Assignments table, e.g. Assignments[#All].
 * @param licence A licence, e.g. "Exchange Server 2019 Standard User CAL".
 * @returns The number required.
 */
export function required(assignments: any[][], licence: string): number {
  return guarded('REQUIRED', () => {
    const wanted = valueOf(licenceArgument('licence', licence));
    const rows = valueOf(
      positionOfRanges(assignments, [['Licence', 'Quantity']], { today: today() }),
    );
    return rows.find((r) => r.licence === wanted.name)?.required ?? 0;
  });
}
