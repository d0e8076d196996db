/**
 * The Microsoft 365 active users report, per user:
 *
 *   Microsoft 365 admin center > Reports > Usage > Microsoft 365 > Active users > Export
 *   (or Get-MgReportOffice365ActiveUserDetail -Period D30 -OutFile .\active-users.csv)
 *
 * Columns: Report Refresh Date, User Principal Name, Display Name, Is Deleted, Deleted Date,
 * Has ... License, one "<service> Last Activity Date" per service (Exchange, OneDrive,
 * SharePoint, Skype For Business, Yammer, Teams), Assigned Products. lastLogon is the latest
 * activity of any service; capturedOn is the Report Refresh Date. A report whose user names
 * are concealed (the admin center's privacy setting) cannot be matched: problem 'no-rows'.
 */
import { cell, readBoolean, values, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { dateReader } from '../export-dates';
import { identityOf, isAddress } from '../identity';
import { NOTES, PROBLEMS } from '../messages';
import type { EvidenceProblem, EvidenceRow } from '../types';
import type { FormatMapper, MapContext, Mapped } from './mapper';

function map(table: CsvTable, columns: Columns, context: MapContext): Mapped | EvidenceProblem {
  const col = {
    refreshed: columns.find('report refresh date'),
    upn: columns.find('user principal name'),
    displayName: columns.find('display name'),
    deleted: columns.find('is deleted'),
  };
  const activity = columns.where((key) => key.endsWith('last activity date'));
  const dates = dateReader(values(table.records, [col.refreshed, ...activity]), context.culture);
  const upns = table.records.map((record) => cell(record, col.upn)).filter((u) => u !== '');
  if (upns.length > 0 && !upns.some(isAddress)) return PROBLEMS.concealed();
  let capturedOn: number | undefined;
  const rows: EvidenceRow[] = table.records.map((record) => {
    capturedOn ??= dates.read(cell(record, col.refreshed));
    let lastLogon: number | undefined;
    for (const i of activity) {
      const day = dates.read(cell(record, i));
      if (day !== undefined && (lastLogon === undefined || day > lastLogon)) lastLogon = day;
    }
    const deleted = readBoolean(cell(record, col.deleted));
    return {
      line: record.line,
      identity: identityOf({
        upn: cell(record, col.upn),
        displayName: cell(record, col.displayName),
      }),
      ...(lastLogon !== undefined ? { lastLogon } : {}),
      ...(deleted === true ? { deleted } : {}),
    };
  });
  return {
    rows,
    label: m365Activity.label,
    ...(capturedOn !== undefined ? { capturedOn } : {}),
    notes: [NOTES.m365Activity(), ...dates.notes()],
  };
}

export const m365Activity: FormatMapper = {
  format: 'm365-activity',
  label: 'Microsoft 365 active users report',
  matches: (columns) => columns.has('report refresh date', 'user principal name'),
  map,
};
