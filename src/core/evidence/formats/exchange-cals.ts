/**
 * The licences Exchange counts, without accounts:
 *
 *   Get-ExchangeServerAccessLicense | Export-Csv -Path .\licences.csv -NoTypeInformation -Encoding UTF8
 *
 * (Exchange Management Shell.) Columns: LicenseName, UnitLabel (CAL or Server), and
 * ProductName, TabulationMethod. It names no account, so it imports no rows; its note says
 * to export Get-ExchangeServerAccessLicenseUser for each CAL licence it lists.
 */
import { cell, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { NOTES } from '../messages';
import type { FormatMapper, Mapped } from './mapper';

function map(table: CsvTable, columns: Columns): Mapped {
  const licenceCol = columns.find('licensename');
  const unitCol = columns.find('unitlabel');
  const cals = table.records
    .filter((record) => cell(record, unitCol).toLowerCase() !== 'server')
    .map((record) => cell(record, licenceCol))
    .filter((name, i, all) => name !== '' && all.indexOf(name) === i);
  return { rows: [], label: exchangeCals.label, notes: [NOTES.licenceNamesOnly(cals)] };
}

export const exchangeCals: FormatMapper = {
  format: 'exchange-cals',
  label: 'Get-ExchangeServerAccessLicense',
  matches: (columns) => columns.has('licensename', 'unitlabel'),
  map,
};
