/**
 * What a format mapper is: how it recognises its export by the header row, and how it turns
 * the records into evidence rows. One mapper per export, one file each, listed in ./index.ts.
 */
import type { ProductId } from '../../licensing';
import type { Columns } from '../columns';
import type { CsvTable } from '../csv';
import type { DateCulture, EvidenceFormat, EvidenceProblem, EvidenceRow } from '../types';

export interface MapContext {
  /** How slash dates are read when the file does not show it. */
  readonly culture: DateCulture;
}

/** What a mapper makes of a table; readEvidence adds the source and drops nameless rows. */
export interface Mapped {
  readonly rows: readonly EvidenceRow[];
  readonly label: string;
  readonly capturedOn?: number;
  readonly completeFor?: string;
  readonly wholeDomains?: readonly string[];
  readonly notes: readonly string[];
}

export interface FormatMapper {
  readonly format: EvidenceFormat;
  /** The command or report, for people: also the label when the mapper has nothing to add. */
  readonly label: string;
  /**
   * The product whose use a logon in this export shows (a mailbox logon is Exchange use, a
   * domain logon Windows Server use); absent when its logons show use of no one product.
   */
  readonly logonsShow?: ProductId;
  /** True when the header row is this export's. */
  matches(columns: Columns): boolean;
  map(table: CsvTable, columns: Columns, context: MapContext): Mapped | EvidenceProblem;
}
