/* eslint-disable @typescript-eslint/no-explicit-any -- custom function metadata reads `any` as "any cell value" */
/**
 * The CAL.* custom functions: thin wrappers over the licensing engine (src/core). Their JSDoc
 * is the metadata (functions.json is generated from it at build time, with the associate
 * calls); the names and argument order are part of the product.
 */
import {
  flagsOfRanges,
  formulaOptions,
  isMisrecordedValue,
  licenceArgument,
  positionOfRanges,
  rangeSheet,
  positionHeaders,
  parseRegister,
  type PositionRow,
} from '../core';
import { at } from './arrays';
import { perCell } from './per-cell';
import { guarded, guardedAsync, valueOf } from './errors';
import { optionalRange, optionalScalar, plainCell, plainRange, tableArgument } from './inputs';
import { judging, judgingIn, today } from './options';
import { staleness } from './staleness';
import { knownDate1904, workbookDate1904 } from './workbook';

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

function totalShortfall(position: readonly PositionRow[], licence: unknown): number {
  const given = optionalScalar(licence);
  if (given === undefined) return position.reduce((sum, row) => sum + row.shortfall, 0);
  const wanted = valueOf(licenceArgument('licence', given));
  return position.find((row) => row.licence === wanted.name)?.shortfall ?? 0;
}

/**
 * The number of CALs missing for one licence, or in total. Pass the tables: a formula recalculates when they change.
 * @customfunction SHORTFALL
 * @param assignments The Assignments table, e.g. Assignments[#All].
 * @param purchases The Purchases table, e.g. Purchases[#All].
 * @param [licence] A licence, e.g. "Exchange Server 2019 Standard User CAL"; all licences when omitted.
 * @param [servers] The Servers table, e.g. Servers[#All]: the Windows Server version deployed.
 * @returns CALs required but not owned.
 */
export function shortfall(
  assignments: any[][],
  purchases: any[][],
  licence?: string,
  servers?: any[][],
): number {
  return guarded('SHORTFALL', () => {
    const position = valueOf(
      positionOfRanges(
        tableArgument(assignments).rows,
        tableArgument(purchases).rows,
        { today: today() },
        tableArgument(servers, true).rows,
      ),
    );
    return totalShortfall(position, licence);
  });
}

/**
 * The licence position as a table with a header row: licence, owned, required, shortfall, surplus, reclaimable, status.
 * @customfunction POSITION
 * @param assignments The Assignments table, e.g. Assignments[#All].
 * @param purchases The Purchases table, e.g. Purchases[#All].
 * @param [asOf] The date to judge reclaimable CALs at (today). Pass TODAY() to keep it current.
 * @param [servers] The Servers table, e.g. Servers[#All]: the Windows Server version deployed.
 * @returns A table that spills below and to the right.
 */
export async function position(
  assignments: any[][],
  purchases: any[][],
  asOf?: any,
  servers?: any[][],
): Promise<any[][]> {
  return guardedAsync('POSITION', async () => {
    const date1904 = await workbookDate1904();
    const options = valueOf(
      formulaOptions({ today: today(), asOf: optionalScalar(asOf), date1904 }),
    );
    const rows = valueOf(
      positionOfRanges(
        tableArgument(assignments).rows,
        tableArgument(purchases).rows,
        options,
        tableArgument(servers, true).rows,
      ),
    );
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
export async function flags(
  assignments: any[][],
  usage?: any[][],
  staleDays?: number,
  asOf?: any,
): Promise<string[][]> {
  return guardedAsync('FLAGS', async () => {
    const options = await judging(staleDays, asOf);
    const table = tableArgument(assignments);
    const evidence = tableArgument(usage, true).rows;
    // Rows with the same flags share one array: Excel only reads the result.
    const out = valueOf(flagsOfRanges(table.rows, evidence, options));
    // A totals row is no assignment: it gets no flags.
    if (table.totals) out.push(CLEAN_ROW);
    return out;
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
): Promise<any[][]> {
  const date1904 = knownDate1904();
  // Once the date system is known (after the first call) no promise is awaited: a calculated
  // column calls ISSTALE once per row.
  if (date1904 !== undefined) {
    try {
      return Promise.resolve(staleness(judgingIn(date1904, staleDays, asOf), status, lastActivity));
    } catch (error) {
      // The same #N/A or #VALUE! the async path gives (the cast: whatever was thrown is passed on).
      return guardedAsync('ISSTALE', () => Promise.reject(error as Error));
    }
  }
  return guardedAsync('ISSTALE', async () =>
    staleness(await judging(staleDays, asOf), status, lastActivity),
  );
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
    const licences = plainRange(licence);
    const holders = plainRange(assignedTo);
    const devices = optionalRange(device ?? '');
    return perCell(
      'ISMISRECORDED',
      [
        [['licence', 'product'], licences],
        [['assignedTo', 'account'], holders],
        [['device'], devices],
      ],
      'Misrecorded',
      (r, c) => isMisrecordedValue(at(licences, r, c), at(holders, r, c), at(devices ?? '', r, c)),
    );
  });
}

/**
 * The licence a name stands for, as CAL Register names it.
 * @customfunction LICENCE
 * @param text A licence name in any wording, e.g. "ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL".
 * @returns The normalised name, e.g. "Exchange Server 2019 Enterprise User CAL".
 */
export function licence(text: string): string {
  return guarded('LICENCE', () => valueOf(licenceArgument('text', plainCell(text))).name);
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
    const wanted = valueOf(licenceArgument('licence', plainCell(licence)));
    const sheet = valueOf(rangeSheet('purchases', 'Purchases', tableArgument(purchases).rows));
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
    const wanted = valueOf(licenceArgument('licence', plainCell(licence)));
    const rows = valueOf(
      positionOfRanges(tableArgument(assignments).rows, [['Licence', 'Quantity']], {
        today: today(),
      }),
    );
    return rows.find((r) => r.licence === wanted.name)?.required ?? 0;
  });
}
