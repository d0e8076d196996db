/** Progress on stderr for large files, only when stderr is a terminal. */
import type { ReadProgress } from '../excel/port';

export interface Progress {
  update(progress: ReadProgress): void;
  done(): void;
}

const QUIET: Progress = { update: () => undefined, done: () => undefined };
const MIN_INTERVAL_MS = 200;

export function progressOn(stream: NodeJS.WriteStream, largeFile: boolean): Progress {
  if (!stream.isTTY || !largeFile) return QUIET;
  let last = 0;
  let shown = false;
  return {
    update({ sheet, rows }) {
      const now = Date.now();
      if (now - last < MIN_INTERVAL_MS) return;
      last = now;
      shown = true;
      stream.write(`\rReading ${sheet}: ${rows.toLocaleString('en-US')} rows\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
