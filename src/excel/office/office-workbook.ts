/// <reference types="office-js" />
/**
 * The Office.js adapter of the RegisterWorkbook port: the open workbook, inside Excel.
 * Every batch waits for a cell edit to finish; every write suspends screen updating once.
 * Saving the settings is one undo step where Excel can merge it (ExcelApi 1.20); the other
 * writes are not merged (host.ts says why). Errors reach the pane as WorkbookErrors that say
 * what happened and what to do (a cancelled read rejects with an AbortError).
 */
import {
  assignmentCells,
  purchaseCells,
  type AuditReport,
  type ImportPlan,
  type Language,
  type TableInfo,
  type TableName,
  type UsageTableRow,
} from '../../core';
import { appendRegisterRows, type TableRows } from './register-write';
import type {
  GoToResult,
  GoToTarget,
  InteractiveWorkbook,
  ReadOptions,
  RegisterSettings,
  RegisterSource,
  SettingsSaved,
  UsageAdded,
  RegisterRowsAdded,
} from '../port';
import { WorkbookError } from '../shared';
import { writeAuditSheet } from './audit-write';
import { toWorkbookError } from './errors';
import { officeHost, runRead, runWrite, type OfficeHost } from './host';
import { goTo } from './navigate';
import { hasRegister } from './outline';
import { readRegister } from './read';
import { saveSettings } from './settings';
import { createTemplate } from './template-write';
import { appendUsage } from './usage-write';

export class OfficeRegisterWorkbook implements InteractiveWorkbook {
  constructor(private readonly host: OfficeHost = officeHost()) {}

  async read(options: ReadOptions = {}): Promise<RegisterSource> {
    try {
      return await runRead(this.host, (context) => readRegister(context, this.host, options));
    } catch (error) {
      throw toWorkbookError(error, 'reading the register');
    }
  }

  async writeAuditSheet(report: AuditReport): Promise<string> {
    try {
      return await runWrite(this.host, (context) => writeAuditSheet(context, this.host, report));
    } catch (error) {
      throw toWorkbookError(error, 'writing the audit sheet');
    }
  }

  /** Whether the workbook has sheets or tables named like a register (names only). */
  async hasRegister(): Promise<boolean> {
    try {
      return await runRead(this.host, (context) => hasRegister(context));
    } catch (error) {
      throw toWorkbookError(error, 'looking for the register');
    }
  }

  async createTemplate(language?: Language): Promise<void> {
    try {
      await runWrite(this.host, (context) => createTemplate(context, this.host, language));
    } catch (error) {
      throw toWorkbookError(error, 'creating the register');
    }
  }

  async goTo(target: GoToTarget): Promise<GoToResult> {
    try {
      return await runRead(this.host, (context) => goTo(context, target));
    } catch (error) {
      throw toWorkbookError(error, `going to ${target.sheet}!${target.column ?? 'A'}${target.row}`);
    }
  }

  async saveSettings(settings: RegisterSettings): Promise<SettingsSaved> {
    try {
      return await runWrite(this.host, (context) => saveSettings(context, this.host, settings), {
        mergeUndo: true,
      });
    } catch (error) {
      throw toWorkbookError(error, 'saving the settings');
    }
  }

  async appendRegisterRows(
    plan: ImportPlan,
    tables: Partial<Record<TableName, TableInfo>>,
  ): Promise<RegisterRowsAdded> {
    const rows: TableRows[] = [];
    const cells = {
      Purchases: plan.purchases.map(purchaseCells),
      Assignments: plan.assignments.map(assignmentCells),
    };
    for (const role of ['Purchases', 'Assignments'] as const) {
      if (cells[role].length === 0) continue;
      const info = tables[role];
      if (!info)
        throw new WorkbookError(
          `The register has no ${role} table for the ${role === 'Purchases' ? 'purchase lines' : 'assignments'} to go into`,
          `Add a ${role} sheet with the template's headers (Create register in an empty workbook shows them) as an Excel table, validate, and add the rows again. Nothing was changed.`,
        );
      rows.push({ info, cells: cells[role] });
    }
    try {
      return await runWrite(this.host, (context) => appendRegisterRows(context, this.host, rows));
    } catch (error) {
      throw toWorkbookError(error, 'adding the licence records');
    }
  }

  async appendUsage(rows: readonly UsageTableRow[]): Promise<UsageAdded> {
    try {
      return await runWrite(this.host, (context) => appendUsage(context, this.host, rows));
    } catch (error) {
      throw toWorkbookError(error, 'adding rows to the Usage table');
    }
  }
}
