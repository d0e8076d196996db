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
