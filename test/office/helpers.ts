/**
 * Shared by the adapter tests: registers as grids (small, and a 100k-row one), a report
 * built by the engine, and the adapter on a fake workbook.
 */
import {
  audit,
  buildReport,
  templateHeaders,
  type AuditReport,
  type AuditResult,
  type SheetGrid,
} from '../../src/core';
import { OfficeRegisterWorkbook } from '../../src/excel/office';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../core/helpers';
import { fakeHost, FakeWorkbook, type WorkbookDump } from './fake-excel';

export const EX = 'Exchange Server 2019 Standard User CAL';
export const WS = 'Windows Server 2022 User CAL';

/** A register with a shortfall, a stale assignee and invalid cells. */
export function smallRegister(): SheetGrid[] {
  return register({
    purchases: [...SERVER_LICENCES, purchase(EX, 2), purchase(WS, 5, { 'Invoice number': '' })],
    assignments: [
      userCal(EX, 'dana@contoso.com'),
      userCal(EX, 'eve@contoso.com', { Status: 'Left' }),
      userCal(EX, 'fay@contoso.com'),
      userCal(WS, 'dana@contoso.com'),
      userCal(EX, 'not an account'),
    ],
    settings: { 'As-of date': '2026-11-27', 'Stale after days': 90 },
  });
}

/** The grids with an Excel table over each sheet's rows, named after the sheet. */
export function withTables(grids: readonly SheetGrid[]): SheetGrid[] {
  return grids.map((g) => {
    const width = Math.max(...g.rows.map((r) => r?.length ?? 0));
    const top = g.top ?? 1;
    const left = g.left ?? 1;
    return {
      ...g,
      tables: [
        { name: g.name, top, bottom: top + g.rows.length - 1, left, right: left + width - 1 },
      ],
    };
  });
}

const FIRST = ['Dana', 'Eve', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon', 'Kim', 'Lea', 'Max'];
const LAST = ['Scott', 'Moreau', 'Okafor', 'Lindqvist', 'Tanaka', 'Novak', 'García'];

/**
 * A register of `rows` assignments as large organisations keep them: names, accounts,
 * dates as serials, a status, and a note on some rows.
 */
export function largeRegister(rows: number): SheetGrid[] {
  const headers = templateHeaders('Assignments');
  const at = (name: string) => headers.indexOf(name);
  const body: unknown[][] = [];
  for (let i = 0; i < rows; i += 1) {
    const row: unknown[] = headers.map(() => '');
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    row[at('Licence')] = i % 3 === 0 ? WS : EX;
    row[at('Assigned to')] = `${first} ${last}`;
    row[at('Account')] = `${first}.${last}${i}@contoso.com`.toLowerCase();
    row[at('Assigned on')] = 45000 + (i % 700);
    row[at('Status')] = i % 50 === 0 ? 'Left' : 'Active';
    if (at('Last activity') >= 0) row[at('Last activity')] = 46000 + (i % 300);
    if (i % 10 === 0) row[at('Notes')] = `Moved from the old tenant, ticket ${10000 + i}`;
    body.push(row);
  }
  const grids = register({
    purchases: [...SERVER_LICENCES, purchase(EX, rows), purchase(WS, rows)],
    settings: { 'Stale after days': 90 },
  });
  grids.splice(1, 0, { name: 'Assignments', rows: [headers, ...body] });
  return withTables(grids);
}

export function auditOf(grids: readonly SheetGrid[], date1904 = false): AuditResult {
  return audit(grids, { today: TODAY, date1904 });
}

export function reportOf(grids: readonly SheetGrid[]): AuditReport {
  return buildReport(auditOf(grids), {
    source: 'Register.xlsx',
    generatedAt: '2026-11-27 10:00',
    generator: 'CAL Register (test)',
  });
}

/** The adapter on a fake workbook seeded with the grids. */
export function adapterOn(grids: readonly SheetGrid[]): {
  book: FakeWorkbook;
  workbook: OfficeRegisterWorkbook;
} {
  const book = FakeWorkbook.fromGrids(grids);
  return { book, workbook: new OfficeRegisterWorkbook(fakeHost(book, 'Register.xlsx')) };
}

/** What an audit says, without the register it was made from: for comparing two audits. */
export function outcome(result: AuditResult): unknown {
  return {
    asOf: result.asOf,
    staleDays: result.staleDays,
    position: result.position,
    findings: result.findings,
    summary: result.summary,
  };
}

/** The dump without the sheet and table named, to compare what must not change. */
export function except(dump: WorkbookDump, sheet: string): unknown {
  return {
    ...dump,
    sheets: dump.sheets.filter((s) => s.name !== sheet),
    tables: dump.tables.filter((t) => t.sheet !== sheet),
  };
}
