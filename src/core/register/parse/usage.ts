import { parseStatus } from '../assignee';
import { isLicenceProblem, parseLicence } from '../../licensing';
import type { LocatedTable } from '../locate';
import type { TableInfo, UsageRecord } from '../records';
import { RowReader, type ParseOptions } from './fields';
import { readYesNo } from '../yes-no';

/** Evidence names CALs without a kind (it is about accounts) and often without a version. */
export const EVIDENCE_LICENCE = {
  versionOptional: true,
  defaultKind: 'User',
  assumeCal: true,
} as const;

/** "CONTOSO, fabrikam" as ['CONTOSO', 'FABRIKAM']: domains separated by commas, semicolons or lines. */
function domainList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((d) => d.trim().toUpperCase())
    .filter((d) => d !== '');
}

/** Reads the Usage table: evidence of use imported from Exchange or the directory. */
export function parseUsage(
  located: LocatedTable,
  options: ParseOptions,
): { records: UsageRecord[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: UsageRecord[] = [];
  const [
    accountCol,
    licenceCol,
    lastLogonCol,
    sourceCol,
    capturedOnCol,
    statusCol,
    everyUserCol,
    everyAccountOfCol,
  ] = [
    'account',
    'licenceRequired',
    'lastLogon',
    'source',
    'capturedOn',
    'status',
    'listsEveryUser',
    'listsEveryAccountOf',
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
    // What the source lists in full is stated in its own columns, never read from the Source.
    const everyUserText = reader.text(cells, everyUserCol);
    const listsEveryUser = everyUserText === '' ? undefined : readYesNo(everyUserText);
    if (everyUserText !== '' && listsEveryUser === undefined)
      reader.flag('listsEveryUser', { problem: 'not-yes-no', text: everyUserText });
    const domainsText = reader.text(cells, everyAccountOfCol);
    const domains = domainsText === '' ? [] : domainList(domainsText);
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
      ...(listsEveryUser !== undefined ? { listsEveryUser } : {}),
      ...(domains.length > 0 ? { listsEveryAccountOf: domains } : {}),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
