/** A workbook that cannot be used: what is wrong, and what to do about it. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

/** A file that cannot be written: a missing folder, no permission, or open in Excel. */
export function cannotWrite(path: string, error: unknown): WorkbookError {
  return new WorkbookError(
    `cannot write "${path}": ${error instanceof Error ? error.message : String(error)}`,
    'Check that the folder exists and is writable, and that the file is not open in Excel.',
  );
}
