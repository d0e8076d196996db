/**
 * Test helpers for the licence imports: the fixture exports of test/fixtures/imports/, read
 * as bytes, and opened as Excel opens a CSV (numbers become numbers, dates in the en-US
 * order become dates), so `audit` can be run on an export as an admin would save it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayToSerial, isoToDay, type SheetGrid } from '../../src/core';
import { decodeExport, parseCsv, type DecodedText } from '../../src/core/evidence';

export const IMPORTS = join(__dirname, '..', 'fixtures', 'imports');

/** The export file of a fixture case (each case folder holds one). */
export function fixtureFile(name: string): { path: string; file: string; bytes: Buffer } {
  const dir = join(IMPORTS, name);
  const [file] = readdirSync(dir).filter((f) => /\.csv$/i.test(f));
  return { path: join(dir, file), file, bytes: readFileSync(join(dir, file)) };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2})?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A CSV value as Excel (en-US) turns it into a cell when it opens the file. */
function excelCell(text: string): unknown {
  const value = text.trim();
  if (value === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  const iso = ISO.exec(value);
  const us = US.exec(value);
  const day = iso
    ? isoToDay(`${iso[1]}-${iso[2]}-${iso[3]}`)
    : us
      ? isoToDay(`${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`)
      : undefined;
  return day !== undefined ? dayToSerial(day) : value;
}

/** The sheet Excel makes of a fixture export: every line a row (a repeated header too). */
export function openedInExcel(name: string): SheetGrid {
  const { file, bytes } = fixtureFile(name);
  const decoded = decodeExport(bytes) as DecodedText;
  // parseCsv refuses a repeated header as two files joined; Excel just shows the line.
  const table = parseCsv(decoded.text, { repeatedHeaders: 'skip' });
  if ('problem' in table) throw new Error(table.message);
  const lines: { line: number; fields: readonly string[] }[] = [
    { line: 1, fields: table.header },
    ...table.records,
    ...(table.repeatedHeaders ?? []).map((line) => ({ line, fields: table.header })),
  ].sort((a, b) => a.line - b.line);
  const rows: unknown[][] = [];
  for (const { line, fields } of lines) rows[line - 1] = fields.map(excelCell);
  return { name: file.replace(/\.csv$/i, '').slice(0, 31), rows };
}
