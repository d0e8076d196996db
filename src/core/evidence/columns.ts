/**
 * The header of an export, looked up by name: case-insensitive, with white space folded, so
 * "User Principal Name", "user principal name" and "UserPrincipalName " are found by the
 * name the mapper gives ("userprincipalname" or "user principal name", as written).
 */
import type { CsvRecord } from './csv';

/** The lookup key of a column name: lower case, BOMs dropped, white space folded. */
export function columnKey(name: string): string {
  return name
    .replace(/\ufeff/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export class Columns {
  private readonly index = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, i) => {
      const key = columnKey(name);
      if (key !== '' && !this.index.has(key)) this.index.set(key, i);
    });
  }

  /** True when every one of the names is a column. */
  has(...names: string[]): boolean {
    return names.every((name) => this.index.has(name));
  }

  /** True when at least one of the names is a column. */
  hasAny(...names: string[]): boolean {
    return names.some((name) => this.index.has(name));
  }

  /** The position of the first of the names that is a column; -1 when none is. */
  find(...names: string[]): number {
    for (const name of names) {
      const i = this.index.get(name);
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** The positions of every column whose key passes the test. */
  where(test: (key: string) => boolean): number[] {
    return [...this.index].filter(([key]) => test(key)).map(([, i]) => i);
  }
}

/** The trimmed text of a record's field; '' for a missing column or field. */
export function cell(record: CsvRecord, index: number): string {
  if (index < 0) return '';
  const value = record.fields[index];
  return value === undefined ? '' : value.trim();
}

/** Every non-empty value of the given columns, for date-order detection. */
export function values(records: readonly CsvRecord[], indices: readonly number[]): string[] {
  const found: string[] = [];
  // Indexed loops: this runs over every record of an export, often before it is optimised.
  for (let r = 0; r < records.length; r += 1) {
    for (let k = 0; k < indices.length; k += 1) {
      const value = cell(records[r], indices[k]);
      if (value !== '') found.push(value);
    }
  }
  return found;
}

/**
 * True and false as PowerShell and the admin center write them, and as Excel writes them
 * when it saves a CSV in German, French, Dutch, Italian or Spanish (WAHR/FALSCH, VRAI/FAUX,
 * WAAR/ONWAAR, VERO/FALSO, VERDADERO/FALSO).
 */
const TRUE = new Set([
  'true',
  'yes',
  '1',
  'wahr',
  'ja',
  'vrai',
  'oui',
  'waar',
  'vero',
  'verdadero',
]);
const FALSE = new Set([
  'false',
  'no',
  '0',
  'falsch',
  'nein',
  'faux',
  'non',
  'onwaar',
  'nee',
  'falso',
]);

/** A boolean cell; undefined when it is empty or says neither. */
export function readBoolean(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}
