/**
 * One operation at a time: a read, a write or a Go to. The guard is a ref, so a double
 * click is refused before React re-renders the buttons disabled; `busy` (state) disables
 * every action button while one runs. Cancel ends the current operation at once: what
 * it still delivers afterwards is not current and is ignored, never shown.
 */
import { useCallback, useRef, useState } from 'react';

export interface Operation {
  /** What runs, e.g. "Write audit sheet". */
  readonly what: string;
  /** Aborted by Cancel; reads stop between chunks. */
  readonly signal: AbortSignal;
}

interface Running extends Operation {
  readonly controller: AbortController;
}

export interface Operations {
  /** What runs now, or undefined when the pane is idle. */
  readonly busy?: string;
  /**
   * Runs `body` as the one operation in flight; resolves undefined, without running it,
   * while another runs.
   */
  readonly exclusive: <T>(
    what: string,
    body: (op: Operation) => Promise<T>,
  ) => Promise<T | undefined>;
  /** Whether `op` is still the operation in flight (not finished, not cancelled). */
  readonly isCurrent: (op: Operation) => boolean;
  /** Aborts the operation in flight and frees the pane; false when none runs. */
  readonly cancel: () => boolean;
}

export function useOperations(): Operations {
  const current = useRef<Running>();
  const [busy, setBusy] = useState<string>();

  const exclusive = useCallback(
    async <T>(what: string, body: (op: Operation) => Promise<T>): Promise<T | undefined> => {
      if (current.current) return undefined;
      const controller = new AbortController();
      const op: Running = { what, signal: controller.signal, controller };
      current.current = op;
      setBusy(what);
      try {
        return await body(op);
      } finally {
        if (current.current === op) {
          current.current = undefined;
          setBusy(undefined);
        }
      }
    },
    [],
  );

  const isCurrent = useCallback((op: Operation) => current.current === op, []);

  const cancel = useCallback(() => {
    const op = current.current;
    if (!op) return false;
    op.controller.abort();
    current.current = undefined;
    setBusy(undefined);
    return true;
  }, []);

  return { busy, exclusive, isCurrent, cancel };
}
