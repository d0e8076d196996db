/**
 * Writing a workbook so that it is never half written: the bytes go to a temporary file in
 * the same folder, are flushed to disk, and replace the target in one rename. If anything
 * fails, the target is as it was and the temporary file is removed.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cannotWrite } from '../shared';

/** Calls `write` with a temporary path next to `target`, then puts that file in its place. */
export async function replaceAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`,
  );
  try {
    await write(temporary);
    const handle = await fs.open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw cannotWrite(target, error);
  }
}

/** Writes bytes to `target` through a temporary file (see replaceAtomically). */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  await replaceAtomically(target, (temporary) => fs.writeFile(temporary, bytes));
}
