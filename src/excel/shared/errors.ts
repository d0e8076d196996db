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

/** The folder part of a path, / or \\ separated (no Node API here: the pane bundles this). */
function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : '.';
}

/**
 * What a file-system error means, in words: Node's own message names the error code and
 * the temporary file the write went through, which the user never asked for.
 */
function reasonOf(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `the folder "${folderOf(path)}" does not exist`;
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EBUSY':
      return 'the file is in use by another program';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the drive is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A file that cannot be written: a missing folder, no permission, or open in Excel. */
export function cannotWrite(path: string, error: unknown): WorkbookError {
  return new WorkbookError(
    `cannot write "${path}": ${reasonOf(path, error)}`,
    'Check that the folder exists and is writable, and that the file is not open in Excel.',
  );
}
