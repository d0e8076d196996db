/** Column constructors of the report model's tables. */
import type { ReportColumn } from './model';

export function text(column: string, width: number, wrap = false): ReportColumn {
  return { header: column, type: 'text', width, ...(wrap ? { wrap } : {}) };
}

export function number(column: string, width = 11): ReportColumn {
  return { header: column, type: 'number', width };
}
