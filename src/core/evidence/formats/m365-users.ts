/**
 * The Microsoft 365 admin center's list of users:
 *
 *   Microsoft 365 admin center > Users > Active users > Export users (Users.csv)
 *
 * Columns: Display name, User principal name, Block credential, Licenses, Proxy addresses,
 * When created, and about thirty more that are ignored. It says which accounts exist and
 * which cannot sign in (Block credential=True: enabled false); the deleted users view adds
 * Soft deletion time stamp (deleted). No sign-in date and no CAL.
 */
import { cell, readBoolean, type Columns } from '../columns';
import type { CsvTable } from '../csv';
import { identityOf, primarySmtp } from '../identity';
import { NOTES } from '../messages';
import type { EvidenceRow } from '../types';
import type { FormatMapper, Mapped } from './mapper';

function map(table: CsvTable, columns: Columns): Mapped {
  const col = {
    upn: columns.find('user principal name'),
    displayName: columns.find('display name'),
    blocked: columns.find('block credential'),
    proxies: columns.find('proxy addresses'),
    deleted: columns.find('soft deletion time stamp'),
  };
  const rows: EvidenceRow[] = table.records.map((record) => {
    const blocked = readBoolean(cell(record, col.blocked));
    return {
      line: record.line,
      identity: identityOf({
        upn: cell(record, col.upn),
        smtp: primarySmtp(cell(record, col.proxies)),
        displayName: cell(record, col.displayName),
      }),
      ...(blocked !== undefined ? { enabled: !blocked } : {}),
      ...(cell(record, col.deleted) !== '' ? { deleted: true } : {}),
    };
  });
  return { rows, label: m365Users.label, notes: [NOTES.m365Users()] };
}

export const m365Users: FormatMapper = {
  format: 'm365-users',
  label: 'Microsoft 365 admin center users export',
  matches: (columns) =>
    columns.has('user principal name', 'display name') &&
    columns.hasAny('block credential', 'licenses', 'when created'),
  map,
};
