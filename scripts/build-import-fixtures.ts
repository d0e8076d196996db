/**
 * Writes the licence-export fixtures of test/fixtures/imports/ byte for byte, as each tool
 * writes its file: PHP's fputcsv (Snipe-IT's Licenses > Export), tableExport's every value
 * quoted with a BOM (Snipe-IT's export buttons), GLPI's `;` after every value, Excel's
 * Windows-1252 with CRLF. The rows are in ./build-import-fixtures-data.ts; the README there
 * names the command or menu behind each file. Deterministic: the same bytes every run.
 *
 *   npm run build:tools && node .build/scripts/build-import-fixtures.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from './fixtures/encode';
import { IMPORT_FIXTURES, type ImportFixture } from './build-import-fixtures-data';

const OUT = join(__dirname, '..', '..', 'test', 'fixtures', 'imports');

function quote(value: string, fixture: ImportFixture): string {
  const text = fixture.glpiQuotes ? value.replace(/"/g, "''") : value;
  const needed = text.includes('"') || text.includes(fixture.separator) || /[\r\n]/.test(text);
  // PHP's fputcsv also encloses values with a space or a tab.
  const php = needed || /[ \t]/.test(text);
  const enclose = fixture.quoting === 'all' || (fixture.quoting === 'php' ? php : needed);
  return enclose ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: readonly string[], fixture: ImportFixture): string {
  const joined = values.map((v) => quote(v, fixture)).join(fixture.separator);
  return fixture.trailingSeparator ? `${joined}${fixture.separator}` : joined;
}

function text(fixture: ImportFixture): string {
  const lines = [fixture.header, ...fixture.rows].map((row) =>
    line(row === 'header' ? fixture.header : row, fixture),
  );
  return lines.join(fixture.lineEnd) + fixture.lineEnd;
}

for (const fixture of IMPORT_FIXTURES) {
  const dir = join(OUT, fixture.case);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, fixture.file), encode(text(fixture), fixture.encoding));
}
process.stdout.write(`Wrote ${IMPORT_FIXTURES.length} fixtures to ${OUT}\n`);
