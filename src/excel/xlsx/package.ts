/**
 * Opening an .xlsx as a package: clear errors for files that are not one (missing, a folder,
 * an old .xls, an encrypted workbook, a CSV), and the parts the streaming reader skips:
 * sheet names and order, Excel tables, the 1904 date system.
 */
import { promises as fs } from 'node:fs';
import JSZip from 'jszip';
import type { TableRef } from '../../core';
import { WorkbookError } from '../errors';
import { elements, relsPathOf, resolvePart } from './xml';

export interface SheetInfo {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Path of the worksheet part in the zip, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
  readonly hidden: boolean;
  readonly tables: readonly TableRef[];
}

export interface PackageInfo {
  readonly zip: JSZip;
  readonly bytes: Buffer;
  readonly workbookPart: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetInfo[];
  /** Every table name in the workbook (names are unique workbook-wide). */
  readonly tableNames: ReadonlySet<string>;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_TABLE = /\/table$/;

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WorkbookError(
        `cannot find "${path}"`,
        'Check the path, or run "cal-register template NEW.xlsx" to start a register.',
      );
    }
    if (code === 'EISDIR')
      throw new WorkbookError(
        `"${path}" is a folder, not a workbook`,
        'Give the path of an .xlsx file.',
      );
    if (code === 'EACCES' || code === 'EPERM') {
      throw new WorkbookError(
        `cannot read "${path}": permission denied`,
        'Check the file permissions.',
      );
    }
    throw new WorkbookError(
      `cannot read "${path}" (${code ?? String(error)})`,
      'Check that the file is accessible.',
    );
  }
}

/** Explains a file that is not a zip package. */
function notAPackage(path: string, bytes: Buffer): WorkbookError {
  if (bytes.length === 0)
    return new WorkbookError(`"${path}" is empty`, 'Give the path of a saved .xlsx workbook.');
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    if (bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      return new WorkbookError(
        `"${path}" is password-protected (encrypted)`,
        'Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and try again.',
      );
    }
    return new WorkbookError(
      `"${path}" is an Excel 97-2003 (.xls) workbook, not an .xlsx`,
      'Open it in Excel and save it as Excel Workbook (.xlsx).',
    );
  }
  const head = bytes.subarray(0, 512).toString('utf8');
  if (/^[^\0]*[,;\t][^\0]*\n/.test(head)) {
    return new WorkbookError(
      `"${path}" looks like a CSV text file, not an .xlsx workbook`,
      'Open it in Excel and save it as Excel Workbook (.xlsx).',
    );
  }
  return new WorkbookError(
    `"${path}" is not an Excel .xlsx workbook`,
    'Give the path of an .xlsx file saved by Excel or LibreOffice.',
  );
}

function decodeRef(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return undefined;
  const col = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = col(match[1]);
  const top = Number(match[2]);
  return {
    top,
    left,
    right: match[3] ? col(match[3]) : left,
    bottom: match[4] ? Number(match[4]) : top,
  };
}

async function text(zip: JSZip, part: string): Promise<string | undefined> {
  const file = zip.file(part);
  return file ? file.async('string') : undefined;
}

async function tablesOf(zip: JSZip, sheetPart: string): Promise<TableRef[]> {
  const rels = await text(zip, relsPathOf(sheetPart));
  if (!rels) return [];
  const tables: TableRef[] = [];
  for (const rel of elements(rels, 'Relationship')) {
    if (!REL_TABLE.test(rel.Type ?? '') || rel.TargetMode === 'External') continue;
    const xml = await text(zip, resolvePart(sheetPart, rel.Target ?? ''));
    const table = xml ? elements(xml, 'table')[0] : undefined;
    const range = table ? decodeRef(table.ref ?? '') : undefined;
    if (!table || !range || table.headerRowCount === '0') continue;
    const totals = Number(table.totalsRowCount ?? '0') || 0;
    tables.push({
      name: table.displayName ?? table.name ?? '',
      ...range,
      bottom: range.bottom - totals,
    });
  }
  return tables;
}

/** Reads the package structure of an .xlsx file; throws WorkbookError when it is not one. */
export async function openPackage(path: string): Promise<PackageInfo> {
  const bytes = await readBytes(path);
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notAPackage(path, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookError(
      `"${path}" is damaged: it is not a readable .xlsx package`,
      'Open it in Excel, let Excel repair it, and save it again.',
    );
  }
  const rootRels = (await text(zip, '_rels/.rels')) ?? '';
  const officeDocument = elements(rootRels, 'Relationship').find((r) =>
    REL_OFFICE_DOCUMENT.test(r.Type ?? ''),
  );
  const workbookPart = officeDocument
    ? resolvePart('', officeDocument.Target ?? '')
    : 'xl/workbook.xml';
  const workbookXml = await text(zip, workbookPart);
  if (workbookXml === undefined) {
    throw new WorkbookError(
      `"${path}" is a zip file but not an Excel workbook`,
      'Give the path of an .xlsx file (Word, PowerPoint and OpenDocument files are not registers).',
    );
  }
  const workbookRels = elements((await text(zip, relsPathOf(workbookPart))) ?? '', 'Relationship');
  const date1904 = elements(workbookXml, 'workbookPr').some(
    (a) => a.date1904 === '1' || a.date1904 === 'true',
  );
  const sheets: SheetInfo[] = [];
  const tableNames = new Set<string>();
  for (const sheet of elements(workbookXml, 'sheet')) {
    const relId = sheet.id ?? '';
    const rel = workbookRels.find((r) => r.Id === relId);
    if (!rel || !/\/worksheet$/.test(rel.Type ?? '')) continue; // chart sheets, dialog sheets
    const part = resolvePart(workbookPart, rel.Target ?? '');
    const tables = await tablesOf(zip, part);
    for (const t of tables) tableNames.add(t.name.toLowerCase());
    sheets.push({
      name: sheet.name ?? '',
      sheetId: Number(sheet.sheetId ?? '0'),
      relId,
      part,
      hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
      tables,
    });
  }
  return { zip, bytes, workbookPart, date1904, sheets, tableNames };
}
