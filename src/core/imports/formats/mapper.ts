/**
 * What a licence-export mapper is: how it recognises its export by the header row, and how
 * it turns the records into register rows. One file per tool, listed in ./index.ts.
 */
import type { CsvTable, DateCulture } from '../../evidence';
import type { ExportColumns } from '../columns';
import type { ImportLines } from '../lines';
import type { ImportFormat, ImportProblem } from '../types';

export interface ImportContext {
  readonly source: string;
  /** How slash dates are read when the file does not show it. */
  readonly culture: DateCulture;
  /** The licence a seat list is of, when the admin names it. */
  readonly licence?: string;
}

export interface ImportMapper {
  readonly format: ImportFormat;
  /** The tool and the command or menu that writes the export. */
  readonly label: string;
  /** True when the header row is this export's. */
  matches(columns: ExportColumns): boolean;
  map(table: CsvTable, columns: ExportColumns, context: ImportContext): ImportLines | ImportProblem;
}
