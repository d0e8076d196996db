/** An InteractiveWorkbook in memory, recording what the pane asked of it. */
import {
  assignmentCells,
  dayToSerial,
  purchaseCells,
  type AuditReport,
  type ImportPlan,
  type Language,
  type SheetGrid,
  type TableInfo,
  type TableName,
} from '../../src/core';
import type { UsageTableRow } from '../../src/core/evidence';
import { templateHeaders } from '../../src/core/register/schema';
import { planUsageAppend } from '../../src/excel/shared';
import type {
  GoToResult,
  GoToTarget,
  InteractiveWorkbook,
  ReadOptions,
  RegisterRowsAdded,
  RegisterSettings,
  RegisterSource,
  SettingsSaved,
  UsageAdded,
} from '../../src/excel/port';

export class FakeWorkbook implements InteractiveWorkbook {
  readonly reports: AuditReport[] = [];
  readonly goTos: GoToTarget[] = [];
  readonly saved: RegisterSettings[] = [];
  templates = 0;
  /** When set, read() waits for this promise (to test the validating state and Cancel). */
  gate?: Promise<void>;
  /** read() finishes its gated read even when aborted (as a read between chunks may). */
  ignoreAbort = false;
  /** When set, writeAuditSheet() and createTemplate() wait for it (to test busy states). */
  writeGate?: Promise<void>;
  /** How many reads were made. */
  reads = 0;
  failRead?: Error;
  failAudit?: Error;
  failAppend?: Error;
  /** The language of every createTemplate call. */
  readonly templateLanguages: Language[] = [];
  /** The rows of every appendUsage call. */
  readonly appended: (readonly UsageTableRow[])[] = [];

  constructor(public grids: SheetGrid[]) {}

  async read(options: ReadOptions = {}): Promise<RegisterSource> {
    this.reads += 1;
    options.onProgress?.({ sheet: 'Assignments', rows: 0, total: 100 });
    if (this.gate) {
      await Promise.race([
        this.gate,
        new Promise<void>((_, reject) =>
          options.signal?.addEventListener('abort', () => {
            if (!this.ignoreAbort) reject(new DOMException('Aborted', 'AbortError'));
          }),
        ),
      ]);
    }
    if (this.failRead) throw this.failRead;
    options.onProgress?.({ sheet: 'Assignments', rows: 100, total: 100 });
    return { grids: this.grids, date1904: false, name: 'register.xlsx' };
  }

  async writeAuditSheet(report: AuditReport): Promise<string> {
    if (this.writeGate) await this.writeGate;
    if (this.failAudit) throw this.failAudit;
    this.reports.push(report);
    return Promise.resolve('CAL Audit');
  }

  async createTemplate(language?: Language): Promise<void> {
    this.templates += 1;
    this.templateLanguages.push(language ?? 'en');
    if (this.writeGate) await this.writeGate;
    // As Excel does: a second template over the first fails (ItemAlreadyExists).
    if (this.templates > 1)
      throw Object.assign(new Error('A resource with the same name already exists.'), {
        code: 'ItemAlreadyExists',
      });
  }

  async goTo(target: GoToTarget): Promise<GoToResult> {
    this.goTos.push(target);
    return Promise.resolve({
      address: `${target.sheet}!${target.column ?? 'A'}${target.row}`,
      moved: false,
      lost: false,
    });
  }

  async saveSettings(settings: RegisterSettings): Promise<SettingsSaved> {
    this.saved.push(settings);
    return Promise.resolve({ sheet: 'Settings', created: false });
  }

  /** The plan of every appendRegisterRows call. */
  readonly imported: ImportPlan[] = [];

  /** Adds the rows under the columns the validation found, at the end of each table's sheet. */
  async appendRegisterRows(
    plan: ImportPlan,
    tables: Partial<Record<TableName, TableInfo>>,
  ): Promise<RegisterRowsAdded> {
    if (this.failAppend) throw this.failAppend;
    this.imported.push(plan);
    const added: RegisterRowsAdded['tables'][number][] = [];
    const jobs = [
      ['Purchases', plan.purchases.map(purchaseCells)],
      ['Assignments', plan.assignments.map(assignmentCells)],
    ] as const;
    for (const [role, rows] of jobs) {
      const info = tables[role];
      if (rows.length === 0 || !info) continue;
      const column = (letter: string) => letter.charCodeAt(0) - 65;
      const lines = rows.map((cells) => {
        const line: unknown[] = [];
        for (const cell of cells) {
          const letter = info.letters[cell.field];
          if (letter === undefined || cell.value === undefined) continue;
          line[column(letter)] =
            cell.date && typeof cell.value === 'number' ? dayToSerial(cell.value) : cell.value;
        }
        return Array.from(line, (v) => v ?? '');
      });
      const grid = this.grids.find((g) => g.name === info.sheet);
      if (!grid) throw new Error(`the fake workbook has no sheet ${info.sheet}`);
      const updated = { ...grid, rows: [...grid.rows, ...lines], tables: [] };
      this.grids = this.grids.map((g) => (g === grid ? updated : g));
      added.push({
        role,
        sheet: info.sheet,
        rows: lines.length,
        firstRow: grid.rows.length + 1,
        lastRow: grid.rows.length + lines.length,
      });
    }
    return Promise.resolve({ tables: added });
  }

  /** Appends to the grid named Usage (header in its first row), or adds one. */
  async appendUsage(rows: readonly UsageTableRow[]): Promise<UsageAdded> {
    if (this.failAppend) throw this.failAppend;
    this.appended.push(rows);
    let grid = this.grids.find((g) => g.name.toLowerCase() === 'usage');
    const created = grid === undefined;
    if (!grid) {
      grid = { name: 'Usage', rows: [templateHeaders('Usage')] };
      this.grids = [...this.grids, grid];
    }
    const header = [...(grid.rows[0] ?? [])];
    const plan = planUsageAppend(header, rows, false);
    const body = grid.rows
      .slice(1)
      .filter((r) => r?.some((v) => v !== '' && v !== null && v !== undefined));
    const added = plan.values.map((line) => line.map((v) => v ?? ''));
    const updated = { ...grid, rows: [[...header, ...plan.addHeaders], ...body, ...added] };
    this.grids = this.grids.map((g) => (g === grid ? updated : g));
    return Promise.resolve({
      sheet: 'Usage',
      firstRow: body.length + 2,
      lastRow: body.length + 1 + rows.length,
      rows: rows.length,
      addedColumns: plan.addHeaders,
      created,
    });
  }
}
