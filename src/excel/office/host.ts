/// <reference types="office-js" />
/**
 * The Excel host the adapter talks to: `Excel.run` and the requirement-set check, injectable
 * so tests (and the end-to-end fake host) can stand in for Excel.
 */
import { officeErrorCode } from './errors';

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
  /** Workbook.use1904DateSystem */
  dateSystem: '1.16',
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

/** Runs a batch that only reads (and selects): waits for a cell edit to finish. */
export function runRead<T>(host: OfficeHost, batch: Batch<T>): Promise<T> {
  return host.run({ delayForCellEdit: true }, batch);
}

/**
 * Runs a batch that writes: waits for a cell edit, and merges its syncs into one undo step
 * where Excel can (ExcelApi 1.20). If Excel answers UndoNotSupported, runs it once more
 * without merging.
 */
export async function runWrite<T>(host: OfficeHost, batch: Batch<T>): Promise<T> {
  if (!supports(host, API.mergeUndo)) return host.run({ delayForCellEdit: true }, batch);
  try {
    return await host.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
  } catch (error) {
    if (officeErrorCode(error) !== 'UndoNotSupported') throw error;
    return host.run({ delayForCellEdit: true }, batch);
  }
}

/** Workbook.use1904DateSystem is newer than the typings this project builds with. */
interface WorkbookDateSystem {
  readonly use1904DateSystem?: boolean;
}

export interface WorkbookFacts {
  readonly date1904: boolean;
  readonly name: string | undefined;
}

/**
 * Queues the load of the workbook's date system and name, where Excel has them, on the
 * next sync. Returns what to call after that sync. With `optional` false nothing is loaded
 * (the fallback for a host that rejects the newer property).
 */
export function queueWorkbookFacts(
  context: Excel.RequestContext,
  host: OfficeHost,
  optional = true,
): () => WorkbookFacts {
  const properties: string[] = [];
  if (host.workbookName === undefined && supports(host, API.workbookName)) properties.push('name');
  if (optional && supports(host, API.dateSystem)) properties.push('use1904DateSystem');
  const workbook = context.workbook;
  if (properties.length > 0) workbook.load(properties);
  return () => ({
    date1904:
      properties.includes('use1904DateSystem') &&
      (workbook as unknown as WorkbookDateSystem).use1904DateSystem === true,
    name: host.workbookName ?? (properties.includes('name') ? workbook.name : undefined),
  });
}

/**
 * Syncs a batch that loads the workbook facts; if that sync fails for a reason other than
 * size, queues the batch again without the optional date-system load and syncs once more.
 */
export async function syncWithFacts<T>(
  context: Excel.RequestContext,
  host: OfficeHost,
  queue: (optional: boolean) => () => T,
): Promise<T> {
  const first = queue(true);
  try {
    await context.sync();
    return first();
  } catch (error) {
    if (!supports(host, API.dateSystem)) throw error;
    const code = officeErrorCode(error);
    if (code !== 'InvalidArgument' && code !== 'ApiNotFound' && code !== 'PropertyNotFound')
      throw error;
  }
  const second = queue(false);
  await context.sync();
  return second();
}
