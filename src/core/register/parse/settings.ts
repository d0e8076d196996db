import { CellProblem, describeValue, isProblem, readCount, readDay, readText } from '../cells';
import type { LocatedTable } from '../locate';
import type { FieldIssue, Settings, TableInfo } from '../records';
import { headerKey } from '../schema';
import { RowReader, type ParseOptions } from './fields';

type SettingName =
  'asOf' | 'staleDays' | 'organisation' | 'windowsCalsElsewhere' | 'extendedUseRights';

const SETTING_NAMES: Record<string, SettingName> = {
  asofdate: 'asOf',
  asof: 'asOf',
  auditdate: 'asOf',
  staleafterdays: 'staleDays',
  staleafter: 'staleDays',
  staledays: 'staleDays',
  stalethreshold: 'staleDays',
  stalethresholddays: 'staleDays',
  organisation: 'organisation',
  organization: 'organisation',
  organisationname: 'organisation',
  organizationname: 'organisation',
  company: 'organisation',
  windowsservercalskeptelsewhere: 'windowsCalsElsewhere',
  windowsservercalselsewhere: 'windowsCalsElsewhere',
  windowscalskeptelsewhere: 'windowsCalsElsewhere',
  windowsservercalsinanotherregister: 'windowsCalsElsewhere',
  reliesonmicrosoft365extendeduserights: 'extendedUseRights',
  reliesonextendeduserights: 'extendedUseRights',
  microsoft365extendeduserights: 'extendedUseRights',
  extendeduserights: 'extendedUseRights',
};

/** Yes or No as a setting is written: true, false, or undefined when it is neither. */
export function readYesNo(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['yes', 'y', 'true', 'on'].includes(word)) return true;
  if (['no', 'n', 'false', 'off'].includes(word)) return false;
  return undefined;
}

/** Reads the Settings table: one setting (as-of date, stale threshold, organisation) per row. */
export function parseSettings(
  located: LocatedTable,
  options: ParseOptions,
): { settings: Settings; info: TableInfo } {
  const reader = new RowReader(located, options);
  let asOf: number | undefined;
  let staleDays: number | undefined;
  let organisation: string | undefined;
  const flags: { windowsCalsElsewhere?: boolean; extendedUseRights?: boolean } = {};
  const issues: { row: number; setting: string; issue: FieldIssue }[] = [];
  const settingCol = reader.col('setting');
  const valueCol = reader.col('value');
  reader.forEachRow((cells, row) => {
    const setting = reader.text(cells, settingCol);
    const name = SETTING_NAMES[headerKey(setting)];
    const value = reader.raw(cells, valueCol);
    if (name === 'asOf') {
      const day = readDay(value, options.date1904);
      if (isProblem(day)) issues.push({ row, setting, issue: { field: 'value', problem: day } });
      else if (day !== null) asOf = day;
    } else if (name === 'staleDays') {
      const days = readCount(value);
      if (isProblem(days)) issues.push({ row, setting, issue: { field: 'value', problem: days } });
      else if (days === 0) {
        const problem = new CellProblem('not-positive', describeValue(value));
        issues.push({ row, setting, issue: { field: 'value', problem } });
      } else if (days !== null) staleDays = days;
    } else if (name === 'organisation') {
      const text = readText(value);
      if (typeof text === 'string') organisation = text;
    } else if (name === 'windowsCalsElsewhere' || name === 'extendedUseRights') {
      const text = readText(value);
      if (text === null) return;
      const answer = readYesNo(typeof text === 'string' ? text : value);
      if (answer !== undefined) flags[name] = answer;
      else {
        const said = typeof text === 'string' ? text : describeValue(value);
        issues.push({
          row,
          setting,
          issue: { field: 'value', problem: { problem: 'not-yes-no', text: said } },
        });
      }
    }
  });
  const settings: Settings = {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(staleDays !== undefined ? { staleDays } : {}),
    ...(organisation !== undefined ? { organisation } : {}),
    ...flags,
    issues,
  };
  return { settings, info: reader.info };
}
