import { AssignmentTable } from '../assignment-table';
import { locateRegister, unreadSheets, type LocatedRegister, type SheetGrid } from '../locate';
import type { Register, TableInfo } from '../records';
import type { TableName } from '../schema';
import type { ParseOptions } from './fields';
import { parseAssignments } from './assignments';
import { parsePurchases } from './purchases';
import { parseServers } from './servers';
import { parseSettings } from './settings';
import { parseUsage } from './usage';
import { parseCloudRights } from './cloud-rights';

export type { ParseOptions } from './fields';
export { EVIDENCE_LICENCE } from './usage';

/**
 * Finds the register in a workbook's sheets and reads it into records. Never throws:
 * unreadable cells are recorded on their records, absent tables are absent from `tables`.
 */
export function parseRegister(grids: readonly SheetGrid[], given: ParseOptions = {}): Register {
  const located: LocatedRegister = locateRegister(grids);
  // The Settings first: its Date order says how every other table's text dates are read.
  const parsedSettings = located.Settings && parseSettings(located.Settings, given);
  const settings: Register['settings'] = parsedSettings?.settings ?? { issues: [] };
  const options: ParseOptions = settings.dateOrder
    ? { ...given, dateOrder: settings.dateOrder }
    : given;
  const tables: Partial<Record<TableName, TableInfo>> = {};
  const keep = <T>(result: { records: T[]; info: TableInfo } | undefined): T[] => {
    if (!result) return [];
    tables[result.info.role] = result.info;
    return result.records;
  };
  const purchases = keep(located.Purchases && parsePurchases(located.Purchases, options));
  let assignments = new AssignmentTable();
  if (located.Assignments) {
    const parsed = parseAssignments(located.Assignments, options);
    assignments = parsed.table;
    tables.Assignments = parsed.info;
  }
  const servers = keep(located.Servers && parseServers(located.Servers, options));
  const usage = keep(located.Usage && parseUsage(located.Usage, options));
  const cloudRights = keep(located.CloudRights && parseCloudRights(located.CloudRights, options));
  if (parsedSettings) tables.Settings = parsedSettings.info;
  const unread = unreadSheets(grids, located);
  return {
    purchases,
    assignments,
    servers,
    usage,
    settings,
    cloudRights,
    tables,
    ...(unread.length > 0 ? { unreadSheets: unread } : {}),
  };
}
