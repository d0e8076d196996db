/** What went wrong, said so the admin knows what happened and what to do. */
import { describeOfficeError } from '../excel/office';

/** One or two sentences for a MessageBar: what happened, then what to do. */
export function messageOf(error: unknown, action = 'working on the workbook'): string {
  const { message, hint } = describeOfficeError(error, action);
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${sentence} ${hint}`;
}
