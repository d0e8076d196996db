/**
 * The header of a licence export, looked up by name (case-insensitive, white space folded,
 * as the evidence import does). GLPI may prefix a column with its group ("Financial and
 * administrative information - Order number"): a name is also found after such a prefix.
 */
import {
  Columns,
  cell,
  values,
  type CsvRecord,
  dateReader,
  type DateReader,
  type DateCulture,
} from '../evidence';

export class ExportColumns {
  private readonly columns: Columns;

  constructor(readonly names: readonly string[]) {
    this.columns = new Columns(names);
  }

  /** The position of the first of the names that is a column (or ends one after " - "); -1 when none is. */
  find(...names: string[]): number {
    const exact = this.columns.find(...names);
    if (exact >= 0) return exact;
    for (const name of names) {
      const [suffixed] = this.columns.where((key) => key.endsWith(` - ${name}`));
      if (suffixed !== undefined) return suffixed;
    }
    return -1;
  }

  /** True when every one of the names is found. */
  has(...names: string[]): boolean {
    return names.every((name) => this.find(name) >= 0);
  }

  hasAny(...names: string[]): boolean {
    return names.some((name) => this.find(name) >= 0);
  }

  /** The header as written of the column found by these names; '' when none is. */
  header(...names: string[]): string {
    const at = this.find(...names);
    return at < 0 ? '' : (this.names[at] ?? '').trim();
  }
}

/** The trimmed text of a record's field; '' for a missing column. */
export { cell };

/** A date reader over the values of the given columns (the file's own order wins). */
export function datesOf(
  records: readonly CsvRecord[],
  indices: readonly number[],
  culture: DateCulture,
): DateReader {
  return dateReader(
    values(
      records,
      indices.filter((i) => i >= 0),
    ),
    culture,
  );
}
