import { isValidAccount, parseStatus } from '../assignee';
import type { LocatedTable } from '../locate';
import type { Assignment, TableInfo } from '../register';
import { RowReader, type ParseOptions } from './fields';

/** Reads the Assignments table: one CAL assigned to one user or one device per row. */
export function parseAssignments(
  located: LocatedTable,
  options: ParseOptions,
): { records: Assignment[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: Assignment[] = [];
  reader.forEachRow((cells, row) => {
    const { text: licenceText, parsed } = reader.licence(cells);
    const licence = parsed?.licence;
    const assignedTo = reader.text(cells, 'assignedTo');
    const account = reader.text(cells, 'account');
    const device = reader.text(cells, 'device');
    if (account !== '' && !isValidAccount(account))
      reader.flag('account', { problem: 'bad-account', text: account });
    const statusText = reader.text(cells, 'status');
    let status = parseStatus(statusText);
    if (status === undefined) {
      reader.flag('status', { problem: 'bad-status', text: statusText });
      status = 'Active';
    }
    // A Device CAL is held by a device; a User CAL by an account, else by a name.
    let key = licence?.kind === 'Device' ? device || assignedTo : account || assignedTo;
    let prefix = licence?.kind === 'Device' ? 'd:' : 'u:';
    if (key === '' && device !== '') {
      key = device;
      prefix = 'd:';
    }
    const holder = key === '' ? '' : prefix + key.toLowerCase();
    const record: Assignment = {
      row,
      licence,
      licenceText,
      assignedTo,
      account,
      device,
      holder,
      key,
      assignedOn: reader.day(cells, 'assignedOn'),
      reassignedFrom: reader.text(cells, 'reassignedFrom'),
      reason: reader.text(cells, 'reason'),
      status,
      lastActivity: reader.day(cells, 'lastActivity'),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
