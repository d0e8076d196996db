/**
 * Exchange's own count of the accounts that need a CAL, one file per licence:
 *
 *   Get-ExchangeServerAccessLicenseUser -LicenseName "Exchange Server 2019 Enterprise CAL" |
 *     Export-Csv -Path .\enterprise-cal-users.csv -NoTypeInformation -Encoding UTF8
 *
 * (Exchange Management Shell, Exchange 2013 and later.) Columns: LicenseName and the
 * account, which the Exchange object calls Name; scripts that rename it write UserName, and
 * both are read. The account is an SMTP address, a canonical name or DOMAIN\sam (see
 * exchangeIdentity). The licence name tells Standard from Enterprise, with or without a year
 * ("Exchange Server 2016 Enterprise CAL", "Exchange Server Standard CAL"); a list for one
 * CAL licence is complete for it (`completeFor`). A "... Edition" licence counts servers,
 * not users: those rows get no licence.
 */
import { cell, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { exchangeIdentity } from '../identity';
import { NOTES } from '../messages';
import type { EvidenceRow } from '../types';
import type { FormatMapper, Mapped } from './mapper';

const LABEL = 'Get-ExchangeServerAccessLicenseUser';

function isServerLicence(name: string): boolean {
  return /\bedition\s*$/i.test(name);
}

function map(table: CsvTable, columns: Columns): Mapped {
  const licenceCol = columns.find('licensename');
  const nameCol = columns.find('username', 'name');
  const licences = new Map<string, string>();
  const rows: EvidenceRow[] = table.records.map((record) => {
    const licence = cell(record, licenceCol);
    if (licence !== '' && !licences.has(licence.toLowerCase())) {
      licences.set(licence.toLowerCase(), licence);
    }
    return {
      line: record.line,
      identity: exchangeIdentity(cell(record, nameCol)),
      ...(licence !== '' && !isServerLicence(licence) ? { licence } : {}),
    };
  });
  const names = [...licences.values()];
  const notes = names.filter(isServerLicence).map(NOTES.serverEdition);
  if (names.length > 1) notes.push(NOTES.mixedLicences(names));
  const only = names.length === 1 && !isServerLicence(names[0]) ? names[0] : undefined;
  return {
    rows,
    label: names.length > 0 ? `${LABEL} (${names.join(', ')})` : LABEL,
    ...(only !== undefined ? { completeFor: only } : {}),
    notes,
  };
}

export const exchangeCalUsers: FormatMapper = {
  format: 'exchange-cal-users',
  logonsShow: 'exchange',
  label: LABEL,
  matches: (columns) =>
    columns.has('licensename') && columns.hasAny('username', 'name') && !columns.has('unitlabel'),
  map,
};
