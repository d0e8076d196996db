/**
 * Active Directory accounts with their last logon:
 *
 *   Get-ADUser -Filter * -Properties LastLogonDate,Enabled |
 *     Export-Csv -Path .\ad-users.csv -NoTypeInformation -Encoding UTF8
 *
 * (RSAT ActiveDirectory module.) Columns: SamAccountName, UserPrincipalName, Name (or
 * DisplayName when selected), Enabled, LastLogonDate, DistinguishedName; EmailAddress or mail
 * when selected. The domain comes from a Domain column, else from the first DC= part of the
 * distinguished name. An enabled account that has logged on needs a Windows Server User
 * CAL; a disabled one (enabled: false) or one that never logged on (no LastLogonDate) none.
 * Computer accounts (ObjectClass computer, or a sam ending in $, as Get-ADComputer lists
 * them) are left out: they are devices, not users. An export that lists krbtgt (every domain
 * has it; -SearchBase and most -Filter values leave it out) lists the whole domain.
 */
import { cell, readBoolean, values, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { dateReader } from '../export-dates';
import { domainOfDn, identityOf } from '../identity';
import { NOTES, PROBLEMS } from '../messages';
import type { EvidenceProblem, EvidenceRow } from '../types';
import type { FormatMapper, MapContext, Mapped } from './mapper';

export const AD_LICENCE = 'Windows Server User CAL';

/** A computer account: Get-ADComputer's rows, or a user export's stray machine accounts. */
function isComputer(objectClass: string, sam: string): boolean {
  return objectClass.toLowerCase() === 'computer' || sam.endsWith('$');
}

function map(table: CsvTable, columns: Columns, context: MapContext): Mapped | EvidenceProblem {
  const col = {
    sam: columns.find('samaccountname'),
    upn: columns.find('userprincipalname'),
    displayName: columns.find('displayname', 'name'),
    smtp: columns.find('emailaddress', 'mail'),
    domain: columns.find('domain', 'netbiosname', 'netbiosdomain'),
    dn: columns.find('distinguishedname'),
    enabled: columns.find('enabled'),
    lastLogon: columns.find('lastlogondate'),
    objectClass: columns.find('objectclass'),
  };
  const users = table.records.filter(
    (record) => !isComputer(cell(record, col.objectClass), cell(record, col.sam)),
  );
  const computers = table.records.length - users.length;
  if (users.length === 0) return PROBLEMS.computers();
  const dates = dateReader(values(users, [col.lastLogon]), context.culture);
  let disabled = 0;
  let neverLoggedOn = 0;
  const unreadEnabled: string[] = [];
  const rows: EvidenceRow[] = users.map((record) => {
    const enabledText = cell(record, col.enabled);
    const enabled = readBoolean(enabledText);
    if (enabled === undefined && enabledText !== '') unreadEnabled.push(enabledText);
    if (enabled === false) disabled += 1;
    const lastLogon = dates.read(cell(record, col.lastLogon));
    // An empty LastLogonDate in an export that has the column: the account never logged on.
    const never = col.lastLogon >= 0 && cell(record, col.lastLogon) === '';
    if (never && enabled !== false) neverLoggedOn += 1;
    return {
      line: record.line,
      identity: identityOf({
        sam: cell(record, col.sam),
        upn: cell(record, col.upn),
        displayName: cell(record, col.displayName),
        smtp: cell(record, col.smtp),
        domain: cell(record, col.domain) || domainOfDn(cell(record, col.dn)),
      }),
      ...(enabled === false || never ? {} : { licence: AD_LICENCE }),
      ...(lastLogon !== undefined ? { lastLogon } : {}),
      ...(enabled !== undefined ? { enabled } : {}),
    };
  });
  const notes = [...dates.notes()];
  if (col.lastLogon >= 0) notes.unshift(NOTES.adLag());
  if (disabled > 0) notes.push(NOTES.disabledAccounts(disabled));
  if (neverLoggedOn > 0) notes.push(NOTES.neverLoggedOn(neverLoggedOn, 'LastLogonDate'));
  if (unreadEnabled.length > 0) notes.push(NOTES.unreadEnabled(unreadEnabled));
  if (computers > 0) notes.push(NOTES.computersLeftOut(computers));
  const wholeDomains = [
    ...new Set(
      rows
        .filter((row) => row.identity.sam?.toLowerCase() === 'krbtgt' && row.identity.domain)
        .map((row) => (row.identity.domain ?? '').toUpperCase()),
    ),
  ];
  if (wholeDomains.length > 0) notes.push(NOTES.wholeDomains(wholeDomains));
  return {
    rows,
    label: adUsers.label,
    notes,
    ...(wholeDomains.length > 0 ? { wholeDomains } : {}),
  };
}

export const adUsers: FormatMapper = {
  format: 'ad-users',
  logonsShow: 'windows',
  label: 'Get-ADUser',
  matches: (columns) =>
    columns.hasAny('samaccountname', 'userprincipalname') &&
    (columns.has('lastlogondate') || columns.has('enabled', 'distinguishedname')),
  map,
};
