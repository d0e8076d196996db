/**
 * Mailboxes with their last logon, from a Get-Mailbox selection or Get-MailboxStatistics:
 *
 *   Get-Mailbox -ResultSize Unlimited |
 *     Select-Object DisplayName,PrimarySmtpAddress,SamAccountName,RecipientTypeDetails,
 *       @{Name='LastLogonTime';Expression={(Get-MailboxStatistics $_.Identity).LastLogonTime}} |
 *     Export-Csv -Path .\mailboxes.csv -NoTypeInformation -Encoding UTF8
 *
 *   Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics |
 *     Select-Object DisplayName,ItemCount,LastLogonTime | Export-Csv -Path .\statistics.csv -NoTypeInformation
 *
 * Columns: LastLogonTime and any of DisplayName, PrimarySmtpAddress, UserPrincipalName,
 * SamAccountName (Alias stands in for it when absent: it usually is the same). A user mailbox
 * that has been logged on to needs an Exchange Server Standard CAL; one never logged on to
 * (empty LastLogonTime) none yet; shared, room and equipment mailboxes (RecipientTypeDetails,
 * or Get-MailboxStatistics' MailboxTypeDetail) none. AccountDisabled=True marks a disabled
 * account.
 */
import { cell, readBoolean, values, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { dateReader } from '../export-dates';
import { identityOf } from '../identity';
import { NOTES } from '../messages';
import type { EvidenceRow } from '../types';
import type { FormatMapper, MapContext, Mapped } from './mapper';

export const MAILBOX_LICENCE = 'Exchange Server Standard CAL';

/** Mailbox types nobody signs in to as themselves. */
const NO_CAL_TYPES =
  /^(shared|room|equipment|discovery|scheduling|arbitration|monitoring|auditlog|systemmailbox)/i;

const IDENTITY_COLUMNS = [
  'displayname',
  'primarysmtpaddress',
  'userprincipalname',
  'alias',
  'samaccountname',
];

function map(table: CsvTable, columns: Columns, context: MapContext): Mapped {
  const col = {
    displayName: columns.find('displayname', 'name'),
    smtp: columns.find('primarysmtpaddress', 'windowsemailaddress'),
    upn: columns.find('userprincipalname'),
    sam: columns.find('samaccountname', 'alias'),
    lastLogon: columns.find('lastlogontime'),
    type: columns.find('recipienttypedetails', 'mailboxtypedetail'),
    disabled: columns.find('accountdisabled'),
  };
  const dates = dateReader(values(table.records, [col.lastLogon]), context.culture);
  let noCal = 0;
  let neverLoggedOn = 0;
  const rows: EvidenceRow[] = table.records.map((record) => {
    const needsNoCal = NO_CAL_TYPES.test(cell(record, col.type));
    if (needsNoCal) noCal += 1;
    const never = !needsNoCal && cell(record, col.lastLogon) === '';
    if (never) neverLoggedOn += 1;
    const disabled = readBoolean(cell(record, col.disabled));
    const lastLogon = dates.read(cell(record, col.lastLogon));
    return {
      line: record.line,
      identity: identityOf({
        displayName: cell(record, col.displayName),
        smtp: cell(record, col.smtp),
        upn: cell(record, col.upn),
        sam: cell(record, col.sam),
      }),
      ...(needsNoCal || never ? {} : { licence: MAILBOX_LICENCE }),
      ...(lastLogon !== undefined ? { lastLogon } : {}),
      ...(disabled !== undefined ? { enabled: !disabled } : {}),
    };
  });
  const notes = [NOTES.lastLogonHint(), ...dates.notes()];
  if (noCal > 0) notes.push(NOTES.noCalMailboxes(noCal));
  if (neverLoggedOn > 0) notes.push(NOTES.neverLoggedOn(neverLoggedOn, 'LastLogonTime'));
  if (col.type < 0) notes.push(NOTES.noMailboxType());
  return { rows, label: mailboxes.label, notes };
}

export const mailboxes: FormatMapper = {
  format: 'mailboxes',
  logonsShow: 'exchange',
  label: 'Get-Mailbox / Get-MailboxStatistics (LastLogonTime)',
  matches: (columns) => columns.has('lastlogontime') && columns.hasAny(...IDENTITY_COLUMNS),
  map,
};
