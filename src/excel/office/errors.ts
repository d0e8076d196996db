/**
 * Office errors as the task pane shows them: what happened and what to do, in the admin's
 * words. Office.js rejects with an error whose `code` names the problem (ItemNotFound,
 * InvalidOperation, ...); everything else keeps its own message.
 */
import { WorkbookError } from '../shared';

/** A WorkbookError that came from Excel, with the code Excel gave. */
export class OfficeWorkbookError extends WorkbookError {
  constructor(
    message: string,
    hint: string,
    /** Excel's error code, e.g. "ItemNotFound". */
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, hint);
    this.name = 'OfficeWorkbookError';
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Excel's error code (`error.code`), if the error carries one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The rejection of a cancelled read: a DOMException named AbortError, as fetch() gives. */
export function abortError(): DOMException {
  return new DOMException('The read was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

interface Explanation {
  readonly message: string;
  readonly hint: string;
}

const EXPLANATIONS: Readonly<Record<string, Explanation>> = {
  ItemNotFound: {
    message: 'Excel could not find a sheet, table or cell the add-in expected',
    hint: 'It may have been renamed or deleted since the register was read. Validate again, then retry.',
  },
  InvalidOperation: {
    message: 'Excel refused the change',
    hint: 'Finish editing any cell (press Enter or Esc), unprotect the sheet if it is protected, and retry.',
  },
  InvalidOperationInCellEditMode: {
    message: 'Excel is waiting for a cell edit to finish',
    hint: 'Press Enter or Esc to leave the cell, then retry.',
  },
  UndoNotSupported: {
    message: 'Excel could not keep the change as one undo step and stopped part-way',
    hint: 'Part of it may already be in the workbook: look at what changed (or press Undo) before you try again; if it happens again, update Excel.',
  },
  RequestPayloadSizeLimitExceeded: {
    message: 'The data to write was too large for Excel to accept, even in small pieces',
    hint: 'Correct the largest groups of findings first, or run cal-register on a copy of the file.',
  },
  ResponsePayloadSizeLimitExceeded: {
    message: 'The register is too large for Excel to hand over, even in small pieces',
    hint: 'Delete stray values far below or right of the register, or run cal-register on a copy of the file.',
  },
  AccessDenied: {
    message: 'Excel did not allow the add-in to change this workbook',
    hint: 'The workbook may be read-only or protected: choose Enable Editing, or unprotect it, and retry.',
  },
  GeneralException: {
    message: 'Excel reported an internal error',
    hint: 'Save the workbook, close and reopen the add-in, and retry.',
  },
  InvalidArgument: {
    message: 'Excel rejected a value the add-in sent',
    hint: 'Retry; if it happens again, report it with the steps that led to it.',
  },
  InvalidReference: {
    message: 'A cell reference is no longer valid',
    hint: 'Rows or sheets may have been deleted: validate again, then retry.',
  },
  ItemAlreadyExists: {
    message: 'A sheet or table with that name already exists',
    hint: 'Rename or delete it, then retry.',
  },
  InsertDeleteConflict: {
    message: 'Excel could not insert or delete cells there',
    hint: 'A table, merged cells or an array formula is in the way: move it and retry.',
  },
  Conflict: {
    message: 'Someone else changed the workbook at the same time',
    hint: 'Wait a moment and retry.',
  },
  ApiNotFound: {
    message: 'This version of Excel lacks a feature the add-in needs',
    hint: 'Update Excel (Microsoft 365), or use Excel on the web.',
  },
  RequestAborted: {
    message: 'Excel stopped the request',
    hint: 'Retry.',
  },
  // Excel's own codes, as Microsoft's "Error handling with the application-specific
  // JavaScript APIs" describes them.
  OperationCellsExceedLimit: {
    message: 'Excel on the web refused to move that many cells (more than 33,554,000)',
    hint: 'Delete stray values far right of or below your tables (Ctrl+End shows the last cell Excel counts), or do it in Excel on Windows or Mac.',
  },
  RangeExceedsLimit: {
    message: 'The range was larger than Excel hands over at once (five million cells)',
    hint: 'Delete stray values far below or right of the register (Ctrl+End shows the last cell Excel counts), then retry.',
  },
  MergedRangeConflict: {
    message: 'Merged cells or another table are in the way',
    hint: 'Unmerge the cells (Home > Merge & Center) or move the other table, then retry.',
  },
  FilteredRangeConflict: {
    message: 'A filter hides rows where the add-in had to write',
    hint: 'Clear the filters on that sheet (Data > Clear), then retry.',
  },
  InactiveWorkbook: {
    message: 'Another workbook took the focus',
    hint: 'Click into this workbook, keep it in front until the add-in is done, and retry.',
  },
  NonBlankCellOffSheet: {
    message: 'Excel would have pushed cells with something in them off the end of the sheet',
    hint: 'Delete the rows or columns at the very end of the sheet that hold a value, format or formula, then retry.',
  },
  PropertyNotFound: {
    message: 'This version of Excel lacks a feature the add-in asked for',
    hint: 'Update Excel (Microsoft 365), or use Excel on the web.',
  },
};

/**
 * What happened and what to do, for an error from Office.js (or anything else thrown): one
 * sentence in the admin's words, never a library's or the runtime's own text.
 */
export function describeOfficeError(error: unknown, action: string): Explanation {
  if (error instanceof WorkbookError) return { message: error.message, hint: error.hint };
  const code = officeErrorCode(error);
  const known = code !== undefined ? EXPLANATIONS[code] : undefined;
  if (known) return { message: `${known.message} while ${action}.`, hint: known.hint };
  if (code !== undefined && /^[A-Za-z]+$/.test(code))
    return {
      message: `Excel stopped with the error ${code} while ${action}.`,
      hint: 'Retry; if it happens again, save the workbook, reopen the add-in and report the error name.',
    };
  return {
    message: `The add-in could not finish ${action}.`,
    hint: 'Retry; if it happens again, save the workbook, reopen the add-in and report what you did.',
  };
}

/**
 * The error the pane shows: an AbortError or a WorkbookError as it is, anything else as an
 * OfficeWorkbookError that says what happened and what to do.
 */
export function toWorkbookError(error: unknown, action: string): Error {
  if (isAbortError(error) || error instanceof WorkbookError) return error as Error;
  const { message, hint } = describeOfficeError(error, action);
  return new OfficeWorkbookError(message, hint, officeErrorCode(error), { cause: error });
}
