import { isLicenceProblem, parseLicence } from '../licence';
import type { LocatedTable } from '../locate';
import type { TableInfo, UsageRecord } from '../register';
import { RowReader, type ParseOptions } from './fields';

/** Evidence names CALs without a kind (it is about accounts) and often without a version. */
const EVIDENCE_LICENCE = { versionOptional: true, defaultKind: 'User' } as const;

/** Reads the Usage table: evidence of use imported from Exchange or the directory. */
export function parseUsage(
  located: LocatedTable,
  options: ParseOptions,
): { records: UsageRecord[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: UsageRecord[] = [];
  reader.forEachRow((cells, row) => {
    const account = reader.text(cells, 'account');
    const licenceText = reader.text(cells, 'licenceRequired');
    let licence;
    if (licenceText !== '') {
      const parsed = parseLicence(licenceText, EVIDENCE_LICENCE);
      if (isLicenceProblem(parsed)) reader.flag('licenceRequired', parsed);
      else licence = parsed.licence;
    }
    const record: UsageRecord = {
      row,
      account,
      accountKey: account.toLowerCase(),
      licence,
      licenceText,
      lastLogon: reader.day(cells, 'lastLogon'),
      source: reader.text(cells, 'source'),
      capturedOn: reader.day(cells, 'capturedOn'),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
