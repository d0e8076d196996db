/** What went wrong, said so the admin knows what happened and what to do. */

const OFFICE_ERRORS: Record<string, string> = {
  ItemNotFound:
    'A sheet or table the add-in needs is missing: it may have been renamed or deleted. Validate again.',
  InvalidOperationInCellEditMode:
    'Excel is editing a cell. Press Enter or Esc in the sheet, then try again.',
  AccessDenied:
    'Excel refused the change: the workbook or sheet may be protected or read-only. Unprotect it, then try again.',
  RequestPayloadSizeLimitExceeded:
    'The register is too large to write in one go. Try again; if it keeps failing, split the register.',
  ResponsePayloadSizeLimitExceeded:
    'The register is too large to read in one go. Try again; if it keeps failing, split the register.',
  UndoNotSupported: 'Excel could not group the change into one undo step. Try again.',
  GeneralException: 'Excel could not complete the request. Save the workbook, then try again.',
  InvalidArgument: 'Excel rejected a value the add-in sent. Validate again, then retry.',
};

export function messageOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && OFFICE_ERRORS[code]) return `${OFFICE_ERRORS[code]} (${code})`;
  return text || 'Something went wrong. Try again.';
}
