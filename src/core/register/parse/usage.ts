import { parseStatus } from '../assignee';
import { isLicenceProblem, parseLicence } from '../../licensing';
import type { LocatedTable } from '../locate';
import type { TableInfo, UsageRecord } from '../records';
import { RowReader, type ParseOptions } from './fields';

/** Evidence names CALs without a kind (it is about accounts) and often without a version. */
export const EVIDENCE_LICENCE = {
  versionOptional: true,
  defaultKind: 'User',
  assumeCal: true,
} as const;

/** Reads the Usage table: evidence of use imported from Exchange or the directory. */
export function parseUsage(
  located: LocatedTable,
  options: ParseOptions,
): { records: UsageRecord[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: UsageRecord[] = [];
  const [accountCol, licenceCol, lastLogonCol, sourceCol, capturedOnCol, statusCol] = [
    'account',
    'licenceRequired',
    'lastLogon',
    'source',
    'capturedOn',
    'status',
  ].map((field) => reader.col(field));
  reader.forEachRow((cells, row) => {
    const account = reader.text(cells, accountCol);
    const licenceText = reader.text(cells, licenceCol);
    let licence;
    if (licenceText !== '') {
      const parsed = parseLicence(licenceText, EVIDENCE_LICENCE);
      if (isLicenceProblem(parsed)) reader.flag('licenceRequired', parsed);
      else licence = parsed.licence;
    }
    const statusText = reader.text(cells, statusCol);
    const status = statusText === '' ? undefined : parseStatus(statusText);
    if (statusText !== '' && status === undefined)
      reader.flag('status', { problem: 'bad-status', text: statusText });
    const record: UsageRecord = {
      row,
      account,
      accountKey: account.toLowerCase(),
      licence,
      licenceText,
      lastLogon: reader.day(cells, lastLogonCol),
      source: reader.text(cells, sourceCol),
      capturedOn: reader.day(cells, capturedOnCol),
      ...(status !== undefined ? { status } : {}),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
