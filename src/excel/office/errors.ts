/**
 * Office errors as the task pane shows them: what happened and what to do, in the admin's
 * words. Office.js rejects with an error whose `code` names the problem (ItemNotFound,
 * InvalidOperation, ...); everything else keeps its own message.
 */
import { WorkbookError } from '../errors';

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
    message: 'Excel could not group the change into one undo step',
    hint: 'Retry; if it happens again, update Excel.',
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
};

/** What happened and what to do, for an error from Office.js (or anything else thrown). */
export function describeOfficeError(error: unknown, action: string): Explanation {
  if (error instanceof WorkbookError) return { message: error.message, hint: error.hint };
  const code = officeErrorCode(error);
  const known = code !== undefined ? EXPLANATIONS[code] : undefined;
  if (known) return { message: `${known.message} while ${action}.`, hint: known.hint };
  const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
  return {
    message: `Something went wrong while ${action}${detail}`,
    hint: 'Retry; if it happens again, save the workbook and reopen the add-in.',
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
