/** An InteractiveWorkbook in memory, recording what the pane asked of it. */
import type { AuditReport, SheetGrid } from '../../src/core';
import type {
  GoToResult,
  GoToTarget,
  InteractiveWorkbook,
  ReadOptions,
  RegisterSettings,
  RegisterSource,
} from '../../src/excel/port';

export class FakeWorkbook implements InteractiveWorkbook {
  readonly reports: AuditReport[] = [];
  readonly goTos: GoToTarget[] = [];
  readonly saved: RegisterSettings[] = [];
  templates = 0;
  /** When set, read() waits for this promise (to test the validating state and Cancel). */
  gate?: Promise<void>;
  failRead?: Error;
  failAudit?: Error;

  constructor(public grids: SheetGrid[]) {}

  async read(options: ReadOptions = {}): Promise<RegisterSource> {
    options.onProgress?.({ sheet: 'Assignments', rows: 0, total: 100 });
    if (this.gate) {
      await Promise.race([
        this.gate,
        new Promise<void>((_, reject) =>
          options.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          ),
        ),
      ]);
    }
    if (this.failRead) throw this.failRead;
    options.onProgress?.({ sheet: 'Assignments', rows: 100, total: 100 });
    return { grids: this.grids, date1904: false, name: 'register.xlsx' };
  }

  async writeAuditSheet(report: AuditReport): Promise<string> {
    if (this.failAudit) throw this.failAudit;
    this.reports.push(report);
    return Promise.resolve('CAL Audit');
  }

  async createTemplate(): Promise<void> {
    this.templates += 1;
    return Promise.resolve();
  }

  async goTo(target: GoToTarget): Promise<GoToResult> {
    this.goTos.push(target);
    return Promise.resolve({
      address: `${target.sheet}!${target.column ?? 'A'}${target.row}`,
      moved: false,
      lost: false,
    });
  }

  async saveSettings(settings: RegisterSettings): Promise<void> {
    this.saved.push(settings);
    return Promise.resolve();
  }
}
