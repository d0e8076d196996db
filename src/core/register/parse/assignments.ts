import {
  isValidAccount,
  looksLikeDevice,
  NAME_AT,
  NAME_VALID,
  parseStatus,
  scanName,
} from '../assignee';
import { HASH_START } from '../string-index';
import type { LicenceReadOptions } from '../../licensing';
import type { LocatedTable } from '../locate';
import {
  ACCOUNT_AT,
  ASSIGNED_TO_PERSON,
  AssignmentTable,
  DEVICE_SEED,
  NONE_ACCOUNT,
  NONE_ASSIGNED_TO,
  NONE_DEVICE,
  PLAIN_ACCOUNT,
  PLAIN_ASSIGNED_TO,
  PLAIN_DEVICE,
  type KeyField,
} from '../assignment-table';
import type { TableInfo } from '../records';
import { RowReader, type ParseOptions } from './fields';
import { NOT_PLAIN, PLAIN_SPACED, plainText } from '../cells';

/** Every row is a CAL: one that reads as a server licence is invalid, never dropped. */
const ASSIGNED_LICENCE: LicenceReadOptions = { assumeCal: true };

/** Reads the Assignments table: one CAL assigned to one user or one device per row. */
export function parseAssignments(
  located: LocatedTable,
  options: ParseOptions,
): { table: AssignmentTable; info: TableInfo } {
  const reader = new RowReader(located, options);
  const table = new AssignmentTable(reader.capacity, {
    rows: located.grid.rows,
    assignedTo: reader.col('assignedTo').at,
    account: reader.col('account').at,
    device: reader.col('device').at,
  });
  const assignedToCol = reader.col('assignedTo');
  const accountCol = reader.col('account');
  const deviceCol = reader.col('device');
  const statusCol = reader.col('status');
  const assignedOnCol = reader.col('assignedOn');
  const reassignedFromCol = reader.col('reassignedFrom');
  const reasonCol = reader.col('reason');
  const lastActivityCol = reader.col('lastActivity');
  const brief = options.positionOnly === true;
  reader.forEachRow((cells, row, index) => {
    const licence = reader.licence(cells, ASSIGNED_LICENCE)?.licence;
    // An account of plain ASCII (most are) is checked and hashed in one pass (scanName).
    const accountCell = reader.raw(cells, accountCol);
    const accountScan = typeof accountCell === 'string' ? scanName(accountCell, HASH_START) : -1;
    const account = accountScan >= 0 ? (accountCell as string) : reader.text(cells, accountCol);
    const device = reader.text(cells, deviceCol);
    // An account names the holder whatever the CAL: the position needs no Assigned to then.
    const skipAssignedTo = brief && account !== '';
    // Plain text (most names) is taken as it is; a space inside makes it a person's name.
    const assignedToCell = skipAssignedTo ? undefined : reader.raw(cells, assignedToCol);
    const assignedToPlain =
      typeof assignedToCell === 'string' ? plainText(assignedToCell) : NOT_PLAIN;
    const assignedTo = skipAssignedTo
      ? ''
      : assignedToPlain !== NOT_PLAIN
        ? (assignedToCell as string)
        : reader.text(cells, assignedToCol);
    const valid =
      accountScan >= 0
        ? (accountScan & NAME_VALID) !== 0
        : account === '' || isValidAccount(account);
    if (!valid) {
      reader.flag('account', { problem: 'bad-account', text: account });
    }
    const statusText = reader.text(cells, statusCol);
    let status = statusText === '' ? 'Active' : parseStatus(statusText);
    if (status === undefined) {
      reader.flag('status', { problem: 'bad-status', text: statusText });
      status = 'Active';
    }
    // A Device CAL is held by a device; a User CAL by an account, else by a name. A Device
    // CAL's record is named by its device, else the account it was recorded against.
    let key: KeyField;
    let byDevice = licence?.kind === 'Device';
    if (byDevice)
      key =
        device !== ''
          ? 'device'
          : account !== ''
            ? 'account'
            : assignedTo !== ''
              ? 'assignedTo'
              : '';
    else key = account !== '' ? 'account' : assignedTo !== '' ? 'assignedTo' : '';
    if (key === '' && device !== '') {
      key = 'device';
      byDevice = true;
    }
    const name =
      key === 'account'
        ? account
        : key === 'assignedTo'
          ? assignedTo
          : key === 'device'
            ? device
            : '';
    // The holder's key, hashed by the scan of its account or by one of its own.
    const scan =
      name === ''
        ? -1
        : key === 'account' && !byDevice
          ? accountScan
          : scanName(name, byDevice ? DEVICE_SEED : HASH_START);
    // What the rules ask of the names (empty, plain, an @), kept as bits: names kept as the
    // grid holds them are read back from it without being read again.
    const names =
      (assignedTo === ''
        ? skipAssignedTo
          ? 0
          : NONE_ASSIGNED_TO
        : (assignedTo === assignedToCell ? PLAIN_ASSIGNED_TO : 0) |
          (assignedToPlain === PLAIN_SPACED || !looksLikeDevice(assignedTo)
            ? ASSIGNED_TO_PERSON
            : 0)) |
      (account === ''
        ? NONE_ACCOUNT
        : (account === accountCell ? PLAIN_ACCOUNT : 0) |
          (accountScan >= 0
            ? (accountScan & NAME_AT) !== 0
              ? ACCOUNT_AT
              : 0
            : account.includes('@')
              ? ACCOUNT_AT
              : 0)) |
      (device === '' ? NONE_DEVICE : device === reader.raw(cells, deviceCol) ? PLAIN_DEVICE : 0);
    table.push(
      row,
      index,
      names,
      licence,
      reader.licenceText,
      key,
      name,
      scan,
      byDevice,
      reader.day(cells, assignedOnCol),
      reader.text(cells, reassignedFromCol),
      brief ? '' : reader.text(cells, reasonCol),
      status,
      reader.day(cells, lastActivityCol),
      reader.issues,
    );
  });
  return { table, info: reader.info };
}
