/**
 * The hand scanner of `sheetData` reads what saxes reads, or declines: every sheet below is
 * read both ways, whole and cut into pieces at every length, and gives the same rows; what
 * the scanner does not read makes it decline, never misread; and through the reader a
 * declined or damaged part gets the saxes answer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkbookError } from '../../src/excel/shared';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { SheetParser } from '../../src/excel/xlsx/sheet';
import type { SharedStrings } from '../../src/excel/xlsx/shared-strings';
import { tempDir } from '../cli/run-cli';
import { ASSIGNMENTS, PURCHASES, packageParts, zipOf } from './make-package';

const strings: SharedStrings = { at: (i: number) => `s${i}` };

interface Read {
  rows: unknown[];
  complete: boolean;
  declined: boolean;
  error?: string;
}

function read(xml: string, scan: boolean, piece = xml.length, lastRow?: number): Read {
  const parser = new SheetParser({
    strings,
    date1904: false,
    part: 'xl/worksheets/sheet1.xml',
    scan,
    ...(lastRow !== undefined ? { lastRow } : {}),
  });
  try {
    for (let i = 0; i < xml.length && !parser.done && !parser.declined; i += piece)
      parser.write(xml.slice(i, i + piece));
    if (!parser.done && !parser.declined) parser.end();
  } catch (error) {
    return { rows: [], complete: false, declined: false, error: (error as Error).constructor.name };
  }
  return { rows: parser.rows, complete: parser.complete, declined: parser.declined };
}

const sheet = (data: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${before}<sheetData>${data}</sheetData><mergeCells count="0"/></worksheet>`;

/** Sheets the scanner reads itself. */
const SCANNED = {
  'shared strings, numbers, blanks': sheet(
    '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45453</v></c><c r="C1" s="1"/></row>' +
      '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2"><v>-1.5E-3</v></c></row>',
  ),
  'booleans, errors, formula strings and ISO dates': sheet(
    '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c>' +
      '<c r="C1" t="str"><f>A1&amp;"x"</f><v>text_x000D_</v></c><c r="D1" t="d"><v>2026-11-27</v></c></row>',
  ),
  'cells and rows without references, shared formulas, self-closing values': sheet(
    '<row><c t="s"><v>2</v></c><c><f t="shared" ref="B1:B9" si="0"/><v>7</v></c><c><v/></c></row><row/>' +
      '<row r="9" ht="15" customHeight="1" x14ac:dyDescent="0.25"><c r="Z9" t="n"><v> 12 </v></c></row>',
  ),
  'white space and line breaks between tags, single quotes': sheet(
    "\n  <row r='1'>\n    <c r='A1' t='s'>\n      <v>3</v>\n    </c>\n  </row>\n",
    '<sheetPr><outlinePr summaryBelow="0"/></sheetPr><dimension ref="A1"/>',
  ),
  'a cell past Excel’s last column and a row past its last row are left out': sheet(
    '<row r="1"><c r="XFE1"><v>1</v></c><c r="A1"><v>2</v></c></row><row r="1048577"><c r="A1048577"><v>3</v></c></row>',
  ),
  'an empty sheetData': sheet(''),
  'two values in one cell (well-formed, read as saxes reads them)': sheet(
    '<row r="1"><c r="A1"><v>1</v><v>2</v></c><c r="B1"><f>1+1</f><v>2</v><f/></c></row>',
  ),
};

/** Sheets the scanner leaves to saxes (and what saxes makes of them). */
const DECLINED = {
  'a namespace prefix': sheet('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'),
  'an inline string': sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Dana</t></is></c></row>'),
  'a comment': sheet('<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>'),
  'an entity in a value': sheet('<row r="1"><c r="A1" t="str"><v>A &amp; B</v></c></row>'),
  'a carriage return': sheet('<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>'),
  CDATA: sheet('<row r="1"><c r="A1" t="str"><v><![CDATA[x]]></v></c></row>'),
  'an unknown element in a row': sheet('<row r="1"><extLst/><c r="A1"><v>1</v></c></row>'),
  'an attribute written twice (not well-formed)': sheet(
    '<row r="1" r="2"><c r="A1"><v>1</v></c></row>',
  ),
  'an attribute without quotes (not well-formed)': sheet('<row r=1><c r="A1"><v>1</v></c></row>'),
  'a closing tag that does not match (not well-formed)': sheet(
    '<row r="1"><c r="A1"><v>1</v></row></c>',
  ),
  'text between cells': sheet('<row r="1">x<c r="A1"><v>1</v></c></row>'),
  'a part cut short inside sheetData (damaged)': sheet(
    '<row r="1"><c r="A1"><v>1</v></c></row>',
  ).slice(0, -60),
};

describe('the scanner reads what saxes reads', () => {
  test.each(Object.entries(SCANNED))('%s', (_, xml) => {
    const saxes = read(xml, false);
    expect(saxes.error).toBeUndefined();
    for (const piece of [xml.length, 1, 2, 3, 5, 7, 11, 64]) {
      const scanned = read(xml, true, piece);
      expect(scanned.declined).toBe(false);
      expect(scanned).toEqual(saxes);
    }
  });

  test('its rows are what the sheet says', () => {
    const { rows } = read(SCANNED['booleans, errors, formula strings and ISO dates'], true);
    expect(rows).toEqual([[true, '#N/A', 'text\r', 46353]]);
    const plain = read(SCANNED['shared strings, numbers, blanks'], true).rows;
    expect(plain).toEqual([
      ['s0', 45453],
      ['s1', undefined, -0.0015],
    ]);
  });

  test('reading the first rows only stops where saxes stops', () => {
    const xml = sheet(
      Array.from(
        { length: 40 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
      ).join(''),
    );
    for (const piece of [xml.length, 13])
      expect(read(xml, true, piece, 10)).toEqual(read(xml, false, piece, 10));
    expect(read(xml, true, xml.length, 10).rows).toHaveLength(10);
  });
});

describe('the scanner declines what it does not read', () => {
  test.each(Object.entries(DECLINED))('%s', (_, xml) => {
    for (const piece of [xml.length, 1, 9]) expect(read(xml, true, piece).declined).toBe(true);
  });

  test('an empty <sheetData/> is left to saxes, with what follows it, as saxes alone reads it', () => {
    const broken = sheet('').replace('<sheetData></sheetData>', '<sheetData/><broken');
    expect(read(broken, true)).toEqual(read(broken, false));
    expect(read(broken, true).error).toBe('PackageDamage');
    const empty = sheet('').replace('<sheetData></sheetData>', '<sheetData/>');
    expect(read(empty, true)).toEqual(read(empty, false));
    expect(read(empty, true)).toEqual({ rows: [], complete: true, declined: false });
  });

  test('a sheetData inside a comment is not taken for the data', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<!-- <sheetData> -->');
    const scanned = read(xml, true);
    // Saxes read the prologue: the scanner was never started, and the rows are saxes's own.
    expect(scanned.declined).toBe(false);
    expect(scanned).toEqual(read(xml, false));
    expect(scanned.rows).toEqual([[1]]);
  });
});

describe('through the reader', () => {
  const dir = tempDir();

  async function readAssignments(shared: boolean, xml = ''): Promise<unknown> {
    const file = join(dir, `scan-${shared ? 'shared' : 'inline'}-${xml.length}.xlsx`);
    const parts = packageParts({
      shared,
      sheets: [
        { name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES },
        { name: 'Assignments', part: 'xl/worksheets/sheet2.xml', rows: ASSIGNMENTS, xml },
      ],
    });
    writeFileSync(file, await zipOf(parts));
    return readWorkbookGrids(file).then(
      ({ grids }) => grids.find((g) => g.name === 'Assignments')?.rows,
      (e: unknown) => e,
    );
  }

  test('a sheet of inline strings (declined, read again by saxes) gives the rows a sheet of shared strings (scanned) gives', async () => {
    const inline = await readAssignments(false);
    const shared = await readAssignments(true);
    expect(shared).toEqual(inline);
    expect((shared as unknown[]).length).toBe(ASSIGNMENTS.length);
  });

  test('a damaged sheet is refused as before', async () => {
    // A row left open before </sheetData>: the scanner declines, saxes finds the XML broken.
    const error = await readAssignments(true, '<row r="99"><c r="A99"><v>1</v></c>');
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).message).toMatch(/Assignments|sheet2/);
  });
});
