/**
 * Files the reader cannot use, each made here: what is wrong with it, or what it is, said in
 * one sentence with what to do (a WorkbookError, which the CLI prints as one line). Never a
 * library's message.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WorkbookError } from '../../src/excel/shared';
import { readWorkbookGrids } from '../../src/excel/xlsx';
import { tempDir } from '../cli/run-cli';
import {
  compoundFile,
  flipBytes,
  locate,
  packageParts,
  PURCHASES,
  registerPackage,
  wrongChecksum,
  wrongSize,
  zipOf,
} from './make-package';

const dir = tempDir();
let count = 0;
const SHEET = 'xl/worksheets/sheet2.xml'; // the Assignments sheet of registerPackage()

async function refusal(bytes: Buffer | string): Promise<WorkbookError> {
  const file = join(dir, `file-${(count += 1)}.xlsx`);
  writeFileSync(file, bytes);
  try {
    await readWorkbookGrids(file);
  } catch (error) {
    if (error instanceof WorkbookError) {
      expect(`${error.message}. ${error.hint}`).not.toMatch(/\n|undefined|Cannot read|Error:/);
      return error;
    }
    throw error;
  }
  throw new Error('the file was read');
}

const text = (lines: string[]) => lines.join('\r\n');

describe('damaged packages', () => {
  test('cut short: no zip directory at its end', async () => {
    const register = await registerPackage();
    for (const length of [Math.floor(register.length * 0.8), register.length - 200]) {
      const error = await refusal(register.subarray(0, length));
      expect(error.message).toMatch(/is incomplete: the file ends before the end of its package/);
      expect(error.hint).toMatch(/Copy or download it again/);
    }
  });

  test('a part that does not match its checksum (CRC)', async () => {
    const error = await refusal(wrongChecksum(await registerPackage(), SHEET));
    expect(error.message).toMatch(
      /is damaged: the sheet "Assignments" \(xl\/worksheets\/sheet2\.xml\) does not match its checksum/,
    );
    expect(error.hint).toMatch(/Open and Repair/);
  });

  test('bytes flipped in a sheet', async () => {
    const register = await registerPackage({ shared: false });
    const error = await refusal(flipBytes(register, SHEET));
    expect(error.message).toMatch(
      /is damaged: the sheet "Assignments" .*(decompressed|checksum|size)/,
    );
  });

  test('a part larger than the directory says', async () => {
    const error = await refusal(wrongSize(await registerPackage(), SHEET));
    expect(error.message).toMatch(/is damaged: the sheet "Assignments" .*is not the size/);
  });

  test('a sheet that is not well-formed XML', async () => {
    const parts = packageParts({
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    parts.set(
      'xl/worksheets/sheet1.xml',
      (parts.get('xl/worksheets/sheet1.xml') ?? '').replace('</sheetData>', '<row></sheetData>'),
    );
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(/is damaged: the sheet "Purchases" .*is not well-formed XML/);
  });

  test('an XML bomb: a DTD with nested entities, refused before anything expands', async () => {
    const parts = packageParts({
      shared: true,
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    const entities = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`,
    ).join('');
    parts.set(
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e0 "lol">${entities}]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e10;</t></si></sst>`,
    );
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(/declares a document type \(DTD\)/);
  });

  test('the workbook part is missing', async () => {
    const parts = packageParts({
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    parts.delete('xl/workbook.xml');
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(
      /is damaged: the workbook part \(xl\/workbook\.xml\) is not in the package/,
    );
  });

  test('the workbook has no relationships part for its sheets', async () => {
    const parts = packageParts({
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    parts.delete('xl/_rels/workbook.xml.rels');
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(/is damaged: .*workbook\.xml\.rels is not in the package/);
  });

  test('a sheet the workbook lists without a relationship to its part', async () => {
    const parts = packageParts({
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
    parts.set('xl/_rels/workbook.xml.rels', rels.replace('Id="rId1"', 'Id="rIdOther"'));
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(/is damaged: the sheet "Purchases" has no part in the package/);
  });

  test('a sheet the workbook lists whose part is not there', async () => {
    const parts = packageParts({
      sheets: [{ name: 'Purchases', part: 'xl/worksheets/sheet1.xml', rows: PURCHASES }],
    });
    parts.delete('xl/worksheets/sheet1.xml');
    const error = await refusal(await zipOf(parts));
    expect(error.message).toMatch(
      /is damaged: the part xl\/worksheets\/sheet1\.xml is not in the package/,
    );
  });

  test('parts encrypted with a zip password, or compressed by another method', async () => {
    const register = await registerPackage();
    const encrypted = Buffer.from(register);
    const { central } = locate(encrypted, SHEET);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(central + 8) | 1, central + 8);
    expect((await refusal(encrypted)).message).toMatch(/encrypted with a zip password/);
    const bzip2 = Buffer.from(register);
    bzip2.writeUInt16LE(12, locate(bzip2, SHEET).central + 10);
    expect((await refusal(bzip2)).message).toMatch(/compressed with a method other than/);
  });
});

describe('other kinds of file, each named with how to save it as .xlsx', () => {
  const zipped = (parts: Record<string, string>) => zipOf(new Map(Object.entries(parts)));

  test.each<[string, () => Promise<Buffer> | Buffer | string, RegExp, RegExp]>([
    ['an empty file', () => '', /is empty/, /saved \.xlsx/],
    [
      'a password-protected workbook (OLE with EncryptionInfo)',
      () => compoundFile(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']),
      /is password-protected \(encrypted\)/,
      /remove the password/,
    ],
    [
      'an Excel 97-2003 workbook',
      () => compoundFile(['Workbook', 'SummaryInformation']),
      /Excel 97-2003 \(\.xls\)/,
      /save it as Excel Workbook \(\.xlsx\)/,
    ],
    [
      'a WPS Spreadsheets workbook',
      () => compoundFile(['Workbook', 'ETExtData']),
      /WPS Spreadsheets \(\.et\)/,
      /save it as Excel Workbook/,
    ],
    [
      'a Quattro Pro notebook',
      () => compoundFile(['NativeContent_MAIN']),
      /Quattro Pro \(\.qpw\)/,
      /save it as Excel Workbook/,
    ],
    [
      'a Word 97-2003 document',
      () => compoundFile(['WordDocument']),
      /Word 97-2003 document/,
      /register workbook/,
    ],
    [
      'an Excel Binary Workbook',
      () =>
        zipped({
          '[Content_Types].xml': '<Types/>',
          'xl/workbook.bin': 'x',
          '_rels/.rels': '<Relationships/>',
        }),
      /Excel Binary Workbook \(\.xlsb\)/,
      /save it as Excel Workbook/,
    ],
    [
      'an OpenDocument spreadsheet',
      () =>
        zipped({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<x/>',
        }),
      /OpenDocument spreadsheet \(\.ods\)/,
      /LibreOffice Calc.*\.xlsx/,
    ],
    [
      'a password-protected OpenDocument spreadsheet',
      () =>
        zipped({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'META-INF/manifest.xml':
            '<manifest:file-entry><manifest:encryption-data/></manifest:file-entry>',
        }),
      /password-protected \(encrypted\) OpenDocument spreadsheet/,
      /with its password/,
    ],
    [
      'an OpenDocument text',
      () => zipped({ mimetype: 'application/vnd.oasis.opendocument.text' }),
      /OpenDocument text document \(\.odt\)/,
      /register workbook/,
    ],
    [
      'an Apple Numbers spreadsheet',
      () => zipped({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' }),
      /Apple Numbers/,
      /Export To > Excel/,
    ],
    [
      'a Word document',
      () =>
        zipped({
          '[Content_Types].xml': '<Types/>',
          '_rels/.rels': '<Relationships/>',
          'word/document.xml': '<w:document/>',
        }),
      /Word document \(\.docx\)/,
      /register workbook/,
    ],
    [
      'a PowerPoint presentation',
      () => zipped({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }),
      /PowerPoint presentation/,
      /register workbook/,
    ],
    [
      'a zip holding a workbook',
      () => zipped({ 'backup/register.xlsx': 'x', 'notes.txt': 'x' }),
      /zip archive holding "register\.xlsx"/,
      /Extract "register\.xlsx"/,
    ],
    [
      'a zip of text files',
      () => zipped({ 'register.txt': 'a', 'README.txt': 'b' }),
      /is a zip archive, not an Excel workbook/,
      /\.xlsx file/,
    ],
    [
      'an HTML table',
      () =>
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Licence</td></tr></table></body></html>',
      /HTML page/,
      /save it as Excel Workbook/,
    ],
    [
      'an XML Spreadsheet 2003',
      () =>
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      /XML Spreadsheet 2003/,
      /save it as Excel Workbook/,
    ],
    [
      'a CSV file',
      () => text(['Licence,Quantity', 'Exchange Server 2019 Standard User CAL,5', '']),
      /looks like a CSV text file/,
      /save it as Excel Workbook/,
    ],
    [
      'Unicode text (UTF-16, tab-separated)',
      () =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(text(['Licence\tQuantity', 'x\t1', '']), 'utf16le'),
        ]),
      /Unicode text \(tab-separated/,
      /save it as Excel Workbook/,
    ],
    [
      'a SYLK file',
      () => text(['ID;PWXL;N;E', 'C;Y1;X1;K"Licence"', 'E', '']),
      /SYLK \(\.slk\)/,
      /save it as Excel Workbook/,
    ],
    [
      'a DIF file',
      () => text(['TABLE', '0,1', '"EXCEL"', 'VECTORS', '0,1', '""', '']),
      /DIF \(\.dif\)/,
      /save it as Excel Workbook/,
    ],
    [
      'a Lotus 1-2-3 worksheet',
      () => Buffer.from([0, 0, 2, 0, 6, 4, 6, 0, 8, 0, 0, 0, 0, 0]),
      /Lotus 1-2-3/,
      /LibreOffice Calc/,
    ],
    [
      'a dBase table',
      () => {
        const dbf = Buffer.alloc(97 + 10);
        dbf[0] = 0x03;
        dbf[1] = 124;
        dbf[2] = 5;
        dbf[3] = 17;
        dbf.writeUInt32LE(1, 4);
        dbf.writeUInt16LE(97, 8);
        dbf.writeUInt16LE(11, 10);
        dbf.write('LICENCE', 32, 'latin1');
        dbf[32 + 11] = 0x43; // C
        dbf[32 + 16] = 10;
        dbf[96] = 0x0d;
        return dbf;
      },
      /dBase table \(\.dbf\)/,
      /save it as Excel Workbook/,
    ],
    ['a gzip file', () => gzipSync('Licence,Quantity\n'), /gzip archive/, /Extract the workbook/],
    ['a PDF', () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n', /PDF document/, /register workbook/],
    [
      'a text file',
      () => 'Attachment f:\\register.xls not found!',
      /is a text file/,
      /\.xlsx file/,
    ],
  ])('%s', async (_, make, says, hint) => {
    const error = await refusal(await make());
    expect(error.message).toMatch(says);
    expect(error.hint).toMatch(hint);
  });
});
