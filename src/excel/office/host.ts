/// <reference types="office-js" />
/**
 * The Excel host the adapter talks to: `Excel.run` and the requirement-set check, injectable
 * so tests (and the end-to-end fake host) can stand in for Excel.
 */
import { orderOfPattern, type DateOrder } from '../../core';
import { officeErrorCode, OfficeWorkbookError } from './errors';

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeHost {
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** The workbook's name as the user knows it; read from Excel when absent. */
  readonly workbookName?: string;
}

/** The real thing: the global Excel.run and Office's requirement-set check. */
export function officeHost(): OfficeHost {
  return {
    run: <T>(options: Excel.RunOptions, batch: Batch<T>) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** ExcelApi requirement sets the adapter checks for. */
export const API = {
  /** Workbook.name */
  workbookName: '1.7',
  /** Worksheet.showGridlines */
  gridlines: '1.8',
  /** Worksheet custom properties: the mark on the audit sheet. */
  customProperties: '1.12',
  /** Application.cultureInfo.datetimeFormat: the order of day and month in the workbook's dates. */
  culture: '1.12',
  /** Table.resize: a table grows over the empty cells beside or under it. */
  resize: '1.13',
  /** RunOptions.mergeUndoGroup: one click, one undo. */
  mergeUndo: '1.20',
} as const;

export function supports(host: OfficeHost, version: string): boolean {
  try {
    return host.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

/**
 * Activates a sheet and selects a cell, in a sync of its own after a write: on the web a
 * sheet added in a sync may not be active yet in it, and a selection must never fail a write
 * already made.
 */
export async function selectAfterWrite(
  context: Excel.RequestContext,
  sheetName: string,
  address: string,
): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  } catch {
    // What was asked is written; where Excel's selection stays is of no consequence.
  }
}

/** Runs a batch that only reads (and selects): waits for a cell edit to finish. */
export function runRead<T>(host: OfficeHost, batch: Batch<T>): Promise<T> {
  return host.run({ delayForCellEdit: true }, batch);
}

export interface WriteOptions {
  /**
   * Merge the batch's syncs into one undo step (ExcelApi 1.20). Opt-in: only for a batch whose
   * every call Excel can undo on every platform (Microsoft, "Undo support with the Excel
   * JavaScript API": Worksheet.visibility, .name, .position and .delete cannot join a group
   * on Windows and Mac; more on the web), and even then Excel may refuse a group
   * (office-js #6711, #6255, #6491).
   */
  readonly mergeUndo?: boolean;
}

/**
 * Runs a batch that writes: waits for a cell edit, and merges its syncs into one undo step
 * when asked and Excel can. Excel answers UndoNotSupported at the sync that holds the call
 * it cannot group, after the operations before it were applied; so a batch is never run
 * again: the error says that the change may be half-made.
 */
export async function runWrite<T>(
  host: OfficeHost,
  batch: Batch<T>,
  options: WriteOptions = {},
): Promise<T> {
  const merge = options.mergeUndo === true && supports(host, API.mergeUndo);
  try {
    return await host.run(
      { delayForCellEdit: true, ...(merge ? { mergeUndoGroup: true } : {}) },
      batch,
    );
  } catch (error) {
    if (officeErrorCode(error) !== 'UndoNotSupported') throw error;
    throw new OfficeWorkbookError(
      'Excel stopped the change part-way: it could not keep it as one undo step',
      'Part of it may already be in the workbook. Look at what changed (or press Undo) before you try again; if it happens again, update Excel.',
      'UndoNotSupported',
      { cause: error },
    );
  }
}

export interface WorkbookFacts {
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly name: string | undefined;
  /** Day or month first, as the workbook's culture writes dates (where Excel says). */
  readonly dateOrder: DateOrder | undefined;
}

/**
 * Queues, for the next sync, what the adapter needs to know of the workbook: its date system,
 * (where Excel has them) its name, and the order of day and month in its culture's short
 * date pattern (Application.cultureInfo, ExcelApi 1.12), for text dates such as 01/03/2025. Returns what to call after that sync. The date system
 * comes from a released API: DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one
 * (Workbook.functions, ExcelApi 1.2; Workbook.use1904DateSystem is a preview API that
 * released Excel does not have).
 */
export function queueWorkbookFacts(
  context: Excel.RequestContext,
  host: OfficeHost,
): () => WorkbookFacts {
  const workbook = context.workbook;
  const loadName = host.workbookName === undefined && supports(host, API.workbookName);
  if (loadName) workbook.load('name');
  const origin = dateOrigin(context);
  const format = supports(host, API.culture)
    ? context.application.cultureInfo.datetimeFormat.load('shortDatePattern')
    : undefined;
  return () => ({
    date1904: origin() === 0,
    name: host.workbookName ?? (loadName ? workbook.name : undefined),
    dateOrder: format ? orderOfPattern(format.shortDatePattern) : undefined,
  });
}

/** DATE(1904,1,1) as the workbook counts it, after the next sync: 0 or 1462. */
export function dateOrigin(context: Excel.RequestContext): () => number {
  const result = context.workbook.functions.date(1904, 1, 1).load('value');
  return () => Number(result.value);
}
