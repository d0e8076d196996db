/**
 * The one place a problem becomes an Excel error: #VALUE! for a wrong argument, #N/A for a
 * value that names nothing known, each with its message. Nothing escapes as an exception.
 */
import { RangeProblem } from '../core';

export function excelError(problem: RangeProblem): CustomFunctions.Error {
  const code =
    problem.kind === 'na'
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  // Excel shows the message in the cell's error tooltip; keep it to one readable line.
  return new CustomFunctions.Error(
    code,
    problem.message.length > 250 ? `${problem.message.slice(0, 247)}...` : problem.message,
  );
}

/** The value, or throws the Excel error for a problem. */
export function valueOf<T>(answer: T | RangeProblem): T {
  if (answer instanceof RangeProblem) throw excelError(answer);
  return answer;
}

/**
 * Runs a function body: Excel errors pass through, anything unexpected becomes #VALUE! with
 * a message, so a cell never shows a bare failure or stays #BUSY!.
 */
export function guarded<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `CAL.${name}: ${message}`,
    );
  }
}

export async function guardedAsync<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `CAL.${name}: ${message}`,
    );
  }
}
