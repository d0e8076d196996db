/**
 * Active Directory accounts with their last logon:
 *
 *   Get-ADUser -Filter * -Properties LastLogonDate,Enabled |
 *     Export-Csv -Path .\ad-users.csv -NoTypeInformation -Encoding UTF8
 *
 * (RSAT ActiveDirectory module.) Columns: SamAccountName, UserPrincipalName, Name (or
 * DisplayName when selected), Enabled, LastLogonDate, DistinguishedName; EmailAddress or mail
 * when selected. The domain comes from a Domain column, else from the first DC= part of the
 * distinguished name. An enabled account needs a Windows Server User CAL; a disabled one
 * none (enabled: false).
 */
import { cell, readBoolean, values, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { dateReader } from '../export-dates';
import { domainOfDn, identityOf } from '../identity';
import { NOTES } from '../messages';
import type { EvidenceRow } from '../types';
import type { FormatMapper, MapContext, Mapped } from './mapper';

export const AD_LICENCE = 'Windows Server User CAL';

function map(table: CsvTable, columns: Columns, context: MapContext): Mapped {
  const col = {
    sam: columns.find('samaccountname'),
    upn: columns.find('userprincipalname'),
    displayName: columns.find('displayname', 'name'),
    smtp: columns.find('emailaddress', 'mail'),
    domain: columns.find('domain', 'netbiosname', 'netbiosdomain'),
    dn: columns.find('distinguishedname'),
    enabled: columns.find('enabled'),
    lastLogon: columns.find('lastlogondate'),
  };
  const dates = dateReader(values(table.records, [col.lastLogon]), context.culture);
  let disabled = 0;
  const rows: EvidenceRow[] = table.records.map((record) => {
    const enabled = readBoolean(cell(record, col.enabled));
    if (enabled === false) disabled += 1;
    const lastLogon = dates.read(cell(record, col.lastLogon));
    return {
      line: record.line,
      identity: identityOf({
        sam: cell(record, col.sam),
        upn: cell(record, col.upn),
        displayName: cell(record, col.displayName),
        smtp: cell(record, col.smtp),
        domain: cell(record, col.domain) || domainOfDn(cell(record, col.dn)),
      }),
      ...(enabled === false ? {} : { licence: AD_LICENCE }),
      ...(lastLogon !== undefined ? { lastLogon } : {}),
      ...(enabled !== undefined ? { enabled } : {}),
    };
  });
  const notes = [...dates.notes()];
  if (col.lastLogon >= 0) notes.unshift(NOTES.adLag());
  if (disabled > 0) notes.push(NOTES.disabledAccounts(disabled));
  return { rows, label: adUsers.label, notes };
}

export const adUsers: FormatMapper = {
  format: 'ad-users',
  label: 'Get-ADUser',
  matches: (columns) =>
    columns.hasAny('samaccountname', 'userprincipalname') &&
    (columns.has('lastlogondate') || columns.has('enabled', 'distinguishedname')),
  map,
};
