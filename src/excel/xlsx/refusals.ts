/**
 * Every sentence the .xlsx adapter says when it cannot use a file: what the file is, or what is
 * wrong with it, and what to do. One line each (the CLI prints `message. hint`), never a
 * library's words.
 */
import { WorkbookError } from '../shared';
import type { PackageDamage } from './damage';
import type { FileKind } from './file-kind';

/** A path as it can be shown on one line. */
export function shown(path: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${path.replace(/[\u0000-\u001f\u007f]+/g, ' ')}"`;
}

const SAVE_IN_EXCEL = 'Open it in Excel and save it as Excel Workbook (.xlsx) (File > Save As).';
const SAVE_IN_CALC =
  'Open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx) (File > Save As).';
const GIVE_XLSX = 'Give the path of the register workbook (.xlsx).';
const GIVE_SAVED = 'Give the path of an .xlsx file saved by Excel or LibreOffice.';
const REPAIR =
  'Open it in Excel with File > Open > Open and Repair (or restore a backup), save it as Excel Workbook (.xlsx), and retry.';

/** The refusal of a file that is not an .xlsx package, by what it is. */
export function notAWorkbook(path: string, kind: FileKind): WorkbookError {
  const f = shown(path);
  const say = (what: string, hint: string) => new WorkbookError(`${f} ${what}`, hint);
  switch (kind.kind) {
    case 'empty':
      return say('is empty (0 bytes)', 'Give the path of a saved .xlsx workbook.');
    case 'encrypted':
      return say(
        'is password-protected (encrypted)',
        'Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and try again.',
      );
    case 'xls':
      return say('is an Excel 97-2003 (.xls) workbook, not an .xlsx', SAVE_IN_EXCEL);
    case 'xls-old':
      return say(
        'is an Excel 2.x-5.0 (.xls) workbook, not an .xlsx',
        'Open it in Excel or LibreOffice Calc and save it as Excel Workbook (.xlsx).',
      );
    case 'et':
      return say(
        'is a WPS Spreadsheets (.et) workbook, not an .xlsx',
        'Open it in WPS Spreadsheets and save it as Excel Workbook (.xlsx) (File > Save As).',
      );
    case 'qpw':
      return say(
        'is a Quattro Pro (.qpw) notebook, not an .xlsx',
        'Open it in Quattro Pro or LibreOffice Calc and save it as Excel Workbook (.xlsx).',
      );
    case 'doc':
      return say('is a Word 97-2003 document (.doc), not a workbook', GIVE_XLSX);
    case 'ppt':
      return say('is a PowerPoint 97-2003 presentation (.ppt), not a workbook', GIVE_XLSX);
    case 'ole':
      return say(
        'is an Office 97-2003 file (an OLE compound document), not an .xlsx workbook',
        `If it is a workbook, ${SAVE_IN_EXCEL.charAt(0).toLowerCase()}${SAVE_IN_EXCEL.slice(1)}`,
      );
    case 'xlsb':
      return say('is an Excel Binary Workbook (.xlsb), not an .xlsx', SAVE_IN_EXCEL);
    case 'ods':
      return say('is an OpenDocument spreadsheet (.ods), not an .xlsx', SAVE_IN_CALC);
    case 'ods-encrypted':
      return say(
        'is a password-protected (encrypted) OpenDocument spreadsheet (.ods)',
        'Open it in LibreOffice Calc with its password and save it as Excel 2007-365 (.xlsx) without one.',
      );
    case 'odf':
      return say(`is an OpenDocument ${kind.what}, not a workbook`, GIVE_XLSX);
    case 'numbers':
      return say(
        'is an Apple Numbers spreadsheet, not an .xlsx',
        'In Numbers, choose File > Export To > Excel, and audit the .xlsx it writes.',
      );
    case 'docx':
      return say('is a Word document (.docx), not a workbook', GIVE_XLSX);
    case 'pptx':
      return say('is a PowerPoint presentation (.pptx), not a workbook', GIVE_XLSX);
    case 'vsdx':
      return say('is a Visio drawing (.vsdx), not a workbook', GIVE_XLSX);
    case 'office-package':
      return say('is an Office file that holds no workbook', GIVE_XLSX);
    case 'zip-holding':
      return say(
        `is a zip archive holding "${kind.inner}", not a workbook itself`,
        `Extract "${kind.inner}" from it and give the path of that file.`,
      );
    case 'zip':
      return say('is a zip archive, not an Excel workbook', GIVE_SAVED);
    case 'html':
      return say(
        'is an HTML page (a web page, or the "Excel" export of a web application), not an .xlsx workbook',
        SAVE_IN_EXCEL,
      );
    case 'xml-spreadsheet':
      return say('is an XML Spreadsheet 2003 file, not an .xlsx', SAVE_IN_EXCEL);
    case 'fods':
      return say('is a flat OpenDocument spreadsheet (.fods), not an .xlsx', SAVE_IN_CALC);
    case 'xml':
      return say('is an XML file, not an .xlsx workbook', GIVE_SAVED);
    case 'sylk':
      return say('is a SYLK (.slk) file, not an .xlsx', SAVE_IN_EXCEL);
    case 'dif':
      return say('is a DIF (.dif) file, not an .xlsx', SAVE_IN_EXCEL);
    case 'csv':
      return say('looks like a CSV text file, not an .xlsx workbook', SAVE_IN_EXCEL);
    case 'tab-text':
      return say(
        kind.unicode
          ? 'is Unicode text (tab-separated, as Excel\'s "Unicode Text" writes it), not an .xlsx workbook'
          : 'looks like tab-separated text, not an .xlsx workbook',
        SAVE_IN_EXCEL,
      );
    case 'text':
      return say('is a text file, not an .xlsx workbook', GIVE_SAVED);
    case 'rtf':
      return say('is a Rich Text (.rtf) document, not a workbook', GIVE_XLSX);
    case 'pdf':
      return say('is a PDF document, not a workbook', GIVE_XLSX);
    case 'lotus':
      return say('is a Lotus 1-2-3 worksheet (.wk1, .wks), not an .xlsx', SAVE_IN_CALC);
    case 'quattro-dos':
      return say('is a Quattro Pro for DOS worksheet (.wq1), not an .xlsx', SAVE_IN_CALC);
    case 'dbf':
      return say(
        'is a dBase table (.dbf), not an .xlsx',
        'Open it in Excel or LibreOffice Calc and save it as Excel Workbook (.xlsx).',
      );
    case 'archive':
      return say(
        `is a ${kind.format} archive, not an .xlsx workbook`,
        'Extract the workbook from it and give the path of that file.',
      );
    case 'unknown':
      return say('is not an Excel .xlsx workbook', GIVE_SAVED);
  }
}

/** A size as people say it: 256 MB, 4 GB. */
function size(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** How a part is named to the admin: the sheet it holds, else its role, else its path. */
export type PartNamer = (part: string) => string;

/** The refusal of a package that is damaged, or past what this reader holds. */
export function damaged(path: string, damage: PackageDamage, name: PartNamer): WorkbookError {
  const f = shown(path);
  const what = damage.part !== undefined ? name(damage.part) : 'a part';
  const line = damage.line !== undefined ? ` (line ${damage.line})` : '';
  switch (damage.reason) {
    case 'truncated':
      return new WorkbookError(
        `${f} is incomplete: the file ends before the end of its package (it was cut short, perhaps by an interrupted copy, download or save)`,
        'Copy or download it again, or restore a backup; Excel may repair it (File > Open > Open and Repair).',
      );
    case 'structure':
      return new WorkbookError(`${f} is damaged: its zip directory is not readable`, REPAIR);
    case 'zip-encrypted':
      return new WorkbookError(
        `${f} is a zip file whose contents are encrypted with a zip password, which an Excel workbook never is`,
        'Unzip it with its password and give the path of the .xlsx inside, or save the register from Excel as Excel Workbook (.xlsx).',
      );
    case 'method':
      return new WorkbookError(
        `${f} is not a workbook Excel can open: ${what} is compressed with a method other than the standard one (deflate)`,
        'Save the register again from Excel or LibreOffice as Excel Workbook (.xlsx), and retry.',
      );
    case 'too-large':
      return new WorkbookError(
        damage.part === undefined
          ? `${f} is too large to audit: it holds over a million parts`
          : `${f} is too large to audit: ${what} is over ${size(damage.limit ?? 0)}`,
        'Keep the register in a workbook of its own, delete unused rows and columns, and retry.',
      );
    case 'copy-too-large':
      return new WorkbookError(
        `the copy of ${f} would be over 4 GB or 65,535 parts, more than this command writes`,
        'Audit it without --out, or keep the register in a workbook of its own.',
      );
    case 'size':
      return new WorkbookError(
        `${f} is damaged: ${what} is not the size the package says it is`,
        REPAIR,
      );
    case 'crc':
      return new WorkbookError(
        `${f} is damaged: ${what} does not match its checksum (the bytes changed after Excel wrote them)`,
        REPAIR,
      );
    case 'inflate':
      return new WorkbookError(`${f} is damaged: ${what} cannot be decompressed`, REPAIR);
    case 'xml':
      return new WorkbookError(`${f} is damaged: ${what} is not well-formed XML${line}`, REPAIR);
    case 'dtd':
      return new WorkbookError(
        `${f} is not a workbook Excel writes: ${what} declares a document type (DTD), which Excel never does and XML bombs do`,
        'Do not open it; ask for the register again, saved by Excel as Excel Workbook (.xlsx).',
      );
    case 'missing-sheet':
      return new WorkbookError(
        `${f} is damaged: the sheet "${damage.part ?? ''}" has no part in the package (its relationship is missing)`,
        REPAIR,
      );
    case 'missing-part':
      return new WorkbookError(
        `${f} is damaged: ${what} is not in the package, though the workbook refers to it`,
        REPAIR,
      );
  }
}

/** A sheet larger than this reader keeps in memory. */
export function tooManyCells(path: string, sheet: string, limit: number): WorkbookError {
  return new WorkbookError(
    `${shown(path)} is too large to audit: the sheet "${sheet}" holds more than ${limit.toLocaleString('en-US')} cells`,
    'Keep the register in a workbook of its own, delete unused rows and columns, and retry.',
  );
}

/** A file larger than this reader opens. */
export function fileTooLarge(path: string, bytes: number, limit: number): WorkbookError {
  const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
  return new WorkbookError(
    `${shown(path)} is too large to audit (${gb(bytes)}; the limit is ${gb(limit)})`,
    'Keep the register in a workbook of its own, delete unused rows and columns, and retry.',
  );
}
