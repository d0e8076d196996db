import { CellProblem, describeValue, isProblem, readCount, readDay, readText } from '../cells';
import { readDateOrder, type DateOrder } from '../date-order';
import { englishSetting } from '../languages';
import type { LocatedTable } from '../locate';
import type { FieldIssue, Settings, TableInfo } from '../records';
import { headerKey } from '../schema';
import { readYesNo } from '../yes-no';
import { RowReader, type ParseOptions } from './fields';

type SettingName =
  | 'asOf'
  | 'staleDays'
  | 'organisation'
  | 'dateOrder'
  | 'windowsCalsElsewhere'
  | 'extendedUseRights';

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
  dateorder: 'dateOrder',
  dateformat: 'dateOrder',
};

/**
 * Reads the Settings table: one setting (as-of date, stale threshold, organisation, date order,
 * the Windows CAL and Extended Use Rights answers) per row, named in English or another
 * language of the register (languages.ts).
 */
export function parseSettings(
  located: LocatedTable,
  options: ParseOptions,
): { settings: Settings; info: TableInfo } {
  const reader = new RowReader(located, options);
  let asOf: number | undefined;
  let staleDays: number | undefined;
  let organisation: string | undefined;
  const flags: { windowsCalsElsewhere?: boolean; extendedUseRights?: boolean } = {};
  let dateOrder: DateOrder | undefined;
  let asOfCell: { row: number; setting: string; value: unknown } | undefined;
  const issues: { row: number; setting: string; issue: FieldIssue }[] = [];
  const settingCol = reader.col('setting');
  const valueCol = reader.col('value');
  reader.forEachRow((cells, row) => {
    const setting = reader.text(cells, settingCol);
    const key = headerKey(setting);
    const name = SETTING_NAMES[key] ?? SETTING_NAMES[englishSetting(key) ?? ''];
    const value = reader.raw(cells, valueCol);
    if (name === 'asOf') {
      // Read once the date order is known: a text as-of date is read in it.
      asOfCell = { row, setting, value };
    } else if (name === 'dateOrder') {
      const text = readText(value);
      if (typeof text === 'string') {
        dateOrder = readDateOrder(text);
        if (dateOrder === undefined)
          issues.push({
            row,
            setting,
            issue: { field: 'value', problem: { problem: 'bad-date-order', text } },
          });
      }
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
  if (asOfCell) {
    const { row, setting, value } = asOfCell;
    const day = readDay(value, options.date1904, dateOrder ?? options.dateOrder);
    if (isProblem(day)) issues.push({ row, setting, issue: { field: 'value', problem: day } });
    else if (day !== null) asOf = day;
  }
  const settings: Settings = {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(dateOrder !== undefined ? { dateOrder } : {}),
    ...(staleDays !== undefined ? { staleDays } : {}),
    ...(organisation !== undefined ? { organisation } : {}),
    ...flags,
    issues,
  };
  return { settings, info: reader.info };
}
