/**
 * Writes the export fixtures of test/fixtures/exports/ byte for byte: the encodings (UTF-8
 * with and without BOM, UTF-16 LE with BOM, Windows-1252), CRLF line ends, PowerShell's
 * quoting, a file cut short, an empty file and a binary one. The rows are in
 * ./build-export-fixtures-data.ts; test/fixtures/exports/README.md gives the command behind
 * each file. Deterministic: the same bytes every run.
 *
 *   npm run build:tools && node .build/scripts/build-export-fixtures.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from './fixtures/encode';
import { FIXTURES, type Fixture, type Quoting } from './build-export-fixtures-data';

const OUT = join(__dirname, '..', '..', 'test', 'fixtures', 'exports');

function quote(field: string, separator: string, quoting: Quoting): string {
  const needed = field.includes('"') || field.includes(separator) || /[\r\n]/.test(field);
  return quoting === 'all' || (quoting === 'needed' && needed)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/** The file's text: CRLF line ends, as Windows tools write them. */
function text(fixture: Fixture): string {
  const separator = fixture.separator ?? ',';
  const lines = fixture.rows.map((row) =>
    row
      .split('|')
      .map((field) => quote(field.replace(/\n/g, '\r\n'), separator, fixture.quoting ?? 'all'))
      .join(separator),
  );
  const all = [...(fixture.before ?? []), ...lines];
  if (fixture.cut) all[all.length - 1] = all[all.length - 1].slice(0, -9);
  return all.join('\r\n') + (fixture.cut ? '' : '\r\n');
}

/** Deterministic bytes that are no text: what a renamed binary file looks like. */
function binary(): Buffer {
  const bytes = Buffer.alloc(512);
  let x = 20261127;
  for (let i = 0; i < bytes.length; i += 1) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes[0] = 0x1f; // never a BOM or a zip signature
  return bytes;
}

mkdirSync(OUT, { recursive: true });
for (const fixture of FIXTURES) {
  writeFileSync(join(OUT, fixture.name), encode(text(fixture), fixture.encoding));
}
writeFileSync(join(OUT, 'empty.csv'), Buffer.alloc(0));
writeFileSync(join(OUT, 'binary.csv'), binary());
process.stdout.write(`Wrote ${FIXTURES.length + 2} export fixtures to ${OUT}\n`);
