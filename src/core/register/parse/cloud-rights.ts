/**
 * Reads the Cloud rights table: the cloud plans a register relies on, and the on-premises
 * CALs the admin confirmed each stands for. One row a plan (the CALs listed in one cell,
 * separated by ";" or ","), or one row a plan and CAL.
 */
import {
  isLicenceProblem,
  parseLicence,
  type Licence,
  type LicenceReadOptions,
} from '../../licensing';
import type { LocatedTable } from '../locate';
import type { CloudRightRecord, TableInfo } from '../records';
import { RowReader, type ParseOptions } from './fields';
import { readYesNo } from '../yes-no';

/** A CAL a plan stands for is named without a version and is a User CAL. */
const STANDS_FOR: LicenceReadOptions = {
  versionOptional: true,
  defaultKind: 'User',
  assumeCal: true,
};

export function parseCloudRights(
  located: LocatedTable,
  options: ParseOptions,
): { records: CloudRightRecord[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: CloudRightRecord[] = [];
  const [planCol, standsForCol, confirmedCol, sourceCol] = [
    'plan',
    'standsFor',
    'confirmed',
    'source',
  ].map((field) => reader.col(field));
  reader.forEachRow((cells, row) => {
    const planText = reader.text(cells, planCol);
    let plan: string | undefined;
    if (planText !== '') {
      const parsed = parseLicence(planText);
      if (isLicenceProblem(parsed)) reader.flag('plan', parsed);
      else if (parsed.licence.plan === undefined)
        reader.flag('plan', { problem: 'unknown-product', text: planText });
      else plan = parsed.licence.plan;
    }
    const calsText = reader.text(cells, standsForCol);
    const cals: Licence[] = [];
    for (const part of calsText.split(/[;,\n]+/).map((p) => p.trim())) {
      if (part === '') continue;
      const parsed = parseLicence(part, STANDS_FOR);
      if (isLicenceProblem(parsed)) reader.flag('standsFor', parsed);
      else if (!parsed.licence.cal)
        reader.flag('standsFor', { problem: 'server-licence', text: part });
      else cals.push(parsed.licence);
    }
    const confirmedText = reader.text(cells, confirmedCol);
    const confirmed = confirmedText === '' ? false : readYesNo(confirmedText);
    if (confirmed === undefined)
      reader.flag('confirmed', { problem: 'not-yes-no', text: confirmedText });
    const record: CloudRightRecord = {
      row,
      planText,
      ...(plan !== undefined ? { plan } : {}),
      calsText,
      cals,
      confirmed: confirmed === true,
      source: reader.text(cells, sourceCol),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
