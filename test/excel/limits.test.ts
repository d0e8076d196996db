/**
 * The limits that end a read in a clear refusal rather than a long wait or an out-of-memory
 * crash: the file's size, a part's declared size, the cells of one sheet.
 */
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbookError } from '../../src/excel/shared';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { NO_STRINGS } from '../../src/excel/xlsx/shared-strings';
import { MAX_CELLS, SheetParser, TooManyCells } from '../../src/excel/xlsx/sheet';
import { LIMITS, Zip } from '../../src/excel/xlsx/zip';
import { tempDir } from '../cli/run-cli';
import { locate, registerPackage } from './make-package';

const dir = tempDir();

async function refusal(file: string): Promise<WorkbookError> {
  const error = await readWorkbookGrids(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`not refused: ${String(error)}`);
  return error;
}

test('a file over 1 GB is refused before it is read', async () => {
  const file = join(dir, 'huge.xlsx');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 1024 ** 3 + 1); // sparse: no disk used
  closeSync(fd);
  const error = await refusal(file);
  expect(error.message).toMatch(/is too large to audit \(1\.0 GB; the limit is 1\.0 GB\)/);
});

test('a small part that says it inflates to more than 256 MB is refused before it is inflated', async () => {
  const bytes = await registerPackage();
  const { central } = locate(bytes, 'xl/workbook.xml');
  bytes.writeUInt32LE(LIMITS.smallPart + 1, central + 24);
  const file = join(dir, 'bomb.xlsx');
  writeFileSync(file, bytes);
  expect((await refusal(file)).message).toMatch(
    /is too large to audit: the workbook part \(xl\/workbook\.xml\) is over 256 MB/,
  );
});

test('shared strings that say they inflate to more than 1 GB are refused before they are inflated', async () => {
  const bytes = await registerPackage({ shared: true });
  bytes.writeUInt32LE(1024 ** 3 + 1, locate(bytes, 'xl/sharedStrings.xml').central + 24);
  const file = join(dir, 'strings.xlsx');
  writeFileSync(file, bytes);
  expect((await refusal(file)).message).toMatch(
    /is too large to audit: the shared strings \(xl\/sharedStrings\.xml\) is over 1 GB/,
  );
});

test('a streamed part over its limit is refused before it is inflated', async () => {
  const zip = new Zip(await registerPackage());
  const sheet = zip.entry('xl/worksheets/sheet2.xml');
  if (!sheet) throw new Error('no sheet');
  const chunks = zip.stream(sheet, sheet.size - 1);
  await expect(chunks.next()).rejects.toMatchObject({ reason: 'too-large', part: sheet.name });
  expect(LIMITS.streamedPart).toBe(4 * 1024 ** 3);
});

test('a sheet past the cells one sheet may hold is refused', () => {
  const parser = new SheetParser({ strings: NO_STRINGS, date1904: false, part: 'x', maxCells: 5 });
  const row = `<row>${'<c><v>1</v></c>'.repeat(6)}</row>`;
  expect(() => parser.write(`<worksheet><sheetData>${row}</sheetData></worksheet>`)).toThrow(
    TooManyCells,
  );
  expect(MAX_CELLS).toBe(40_000_000);
});
