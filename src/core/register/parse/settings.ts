import { CellProblem, describeValue, isProblem, readCount, readDay, readText } from '../cells';
import type { LocatedTable } from '../locate';
import type { FieldIssue, Settings, TableInfo } from '../records';
import { headerKey } from '../schema';
import { RowReader, type ParseOptions } from './fields';

type SettingName = 'asOf' | 'staleDays' | 'organisation';

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
};

/** Reads the Settings table: one setting (as-of date, stale threshold, organisation) per row. */
export function parseSettings(
  located: LocatedTable,
  options: ParseOptions,
): { settings: Settings; info: TableInfo } {
  const reader = new RowReader(located, options);
  let asOf: number | undefined;
  let staleDays: number | undefined;
  let organisation: string | undefined;
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
    }
  });
  const settings: Settings = {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(staleDays !== undefined ? { staleDays } : {}),
    ...(organisation !== undefined ? { organisation } : {}),
    issues,
  };
  return { settings, info: reader.info };
}
