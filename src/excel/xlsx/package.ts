/**
 * Opening an .xlsx as Excel does: the package's relationships, not its part names, say which
 * part is the workbook, which parts are its worksheets (Numbers' `sheet.xml`, `Sheet1.xml`,
 * `xl/sheet1.xml` alike) and which are their tables; Transitional and Strict OOXML, prefixed
 * or not. What is not a package, or is damaged, is refused with one sentence (refusals.ts).
 */
import { promises as fs } from 'node:fs';
import type { TableRef } from '../../core';
import { WorkbookError } from '../shared';
import { isDamage, PackageDamage } from './damage';
import { isZip, kindOfBytes, kindOfZip } from './file-kind';
import { damaged, fileTooLarge, notAWorkbook, shown } from './refusals';
import { elementsOf, type XmlElement } from './xml-parts';
import { relsPathOf, resolvePart } from './xml';
import { Zip, type ZipEntry } from './zip';

export interface SheetInfo {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Path of the worksheet part in the package, as its relationship names it. */
  readonly part: string;
  readonly entry: ZipEntry;
  readonly hidden: boolean;
  readonly tables: readonly TableRef[];
}

export interface PackageInfo {
  readonly path: string;
  readonly zip: Zip;
  readonly workbookPart: string;
  /** Strict OOXML (ISO/IEC 29500 Strict namespaces) rather than Transitional. */
  readonly strict: boolean;
  readonly date1904: boolean;
  readonly sheets: readonly SheetInfo[];
  /** Every table name in the workbook, lower case (names are unique workbook-wide). */
  readonly tableNames: ReadonlySet<string>;
  /** The largest table id in the workbook (new tables take the ids after it). */
  readonly maxTableId: number;
  readonly sharedStrings?: ZipEntry;
}

/** Files past this size are refused before they are read. */
export const MAX_FILE_BYTES = 1024 ** 3;

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

async function readBytes(path: string): Promise<Buffer> {
  const f = shown(path);
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory())
      throw new WorkbookError(
        `${f} is a folder, not a workbook`,
        'Give the path of an .xlsx file.',
      );
    if (stat.size > MAX_FILE_BYTES) throw fileTooLarge(path, stat.size, MAX_FILE_BYTES);
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WorkbookError(
        `cannot find ${f}`,
        'Check the path, or run "cal-register template NEW.xlsx" to start a register.',
      );
    }
    if (code === 'EISDIR')
      throw new WorkbookError(
        `${f} is a folder, not a workbook`,
        'Give the path of an .xlsx file.',
      );
    if (code === 'EACCES' || code === 'EPERM')
      throw new WorkbookError(`cannot read ${f}: permission denied`, 'Check the file permissions.');
    throw new WorkbookError(
      `cannot read ${f} (${code ?? 'error'})`,
      'Check that the file is accessible.',
    );
  }
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

/** The elements of a part, or undefined when the package has no such part. */
function partElements(zip: Zip, part: string): XmlElement[] | undefined {
  const entry = zip.entry(part);
  return entry ? elementsOf(zip.read(entry), entry.name) : undefined;
}

function relationships(zip: Zip, part: string): Relationship[] {
  return (partElements(zip, relsPathOf(part)) ?? [])
    .filter((e) => e.name === 'Relationship')
    .map((e) => ({
      id: e.attributes.Id ?? '',
      type: e.attributes.Type ?? '',
      target: e.attributes.Target ?? '',
      external: e.attributes.TargetMode === 'External',
    }));
}

/** Relationship types end alike in Transitional and Strict: `.../relationships/worksheet`. */
function ofType(rel: Relationship, type: string): boolean {
  return !rel.external && rel.type.endsWith(`/${type}`);
}

interface TableFacts {
  readonly tables: TableRef[];
  readonly maxId: number;
}

function tablesOf(zip: Zip, sheetPart: string): TableFacts {
  const tables: TableRef[] = [];
  let maxId = 0;
  for (const rel of relationships(zip, sheetPart)) {
    if (!ofType(rel, 'table')) continue;
    // A table part that is missing is left out, as Excel's repair drops it.
    const table = partElements(zip, resolvePart(sheetPart, rel.target))?.find(
      (e) => e.name === 'table',
    );
    if (!table) continue;
    maxId = Math.max(maxId, Number(table.attributes.id ?? '0') || 0);
    const range = decodeRef(table.attributes.ref ?? '');
    if (!range || table.attributes.headerRowCount === '0') continue;
    const totals = Number(table.attributes.totalsRowCount ?? '0') || 0;
    tables.push({
      name: table.attributes.displayName ?? table.attributes.name ?? '',
      ...range,
      bottom: range.bottom - totals,
    });
  }
  return { tables, maxId };
}

/** The workbook part, by the package's officeDocument relationship. */
function workbookPartOf(path: string, zip: Zip): string {
  const officeDocument = relationships(zip, '').find((r) => ofType(r, 'officeDocument'));
  const part = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  if (zip.has(part) && !/\.bin$/i.test(part)) return part;
  const kind = kindOfZip(zip);
  // A package of a workbook whose workbook part is gone is damaged, not something else.
  if (
    (kind.kind === 'office-package' || kind.kind === 'zip') &&
    zip.entries.some((e) => /^xl\//i.test(e.name))
  )
    throw new PackageDamage('missing-part', part);
  throw notAWorkbook(path, kind);
}

function structure(path: string, zip: Zip): PackageInfo {
  const workbookPart = workbookPartOf(path, zip);
  const workbook = partElements(zip, workbookPart) ?? [];
  const root = workbook[0];
  if (root?.name !== 'workbook') throw notAWorkbook(path, kindOfZip(zip));
  const rels = relationships(zip, workbookPart);
  const date1904 = workbook.some(
    (e) =>
      e.name === 'workbookPr' &&
      (e.attributes.date1904 === '1' || e.attributes.date1904 === 'true'),
  );
  const sheets: SheetInfo[] = [];
  const tableNames = new Set<string>();
  let maxTableId = 0;
  for (const sheet of workbook) {
    if (sheet.name !== 'sheet' || sheet.depth !== 2) continue;
    const rel = rels.find((r) => r.id === sheet.relId);
    if (!rel) {
      if (!zip.has(relsPathOf(workbookPart)))
        throw new PackageDamage('missing-part', relsPathOf(workbookPart));
      throw new PackageDamage('missing-sheet', sheet.attributes.name ?? '');
    }
    if (!ofType(rel, 'worksheet')) continue; // chart sheets, dialog sheets, macro sheets
    const part = resolvePart(workbookPart, rel.target);
    const entry = zip.entry(part);
    if (!entry) throw new PackageDamage('missing-part', part);
    const { tables, maxId } = tablesOf(zip, entry.name);
    maxTableId = Math.max(maxTableId, maxId);
    for (const t of tables) tableNames.add(t.name.toLowerCase());
    sheets.push({
      name: sheet.attributes.name ?? '',
      sheetId: Number(sheet.attributes.sheetId ?? '0') || 0,
      relId: sheet.relId ?? '',
      part: entry.name,
      entry,
      hidden: sheet.attributes.state === 'hidden' || sheet.attributes.state === 'veryHidden',
      tables,
    });
  }
  const stringsRel = rels.find((r) => ofType(r, 'sharedStrings'));
  const sharedStrings = stringsRel
    ? zip.entry(resolvePart(workbookPart, stringsRel.target))
    : undefined;
  return {
    path,
    zip,
    workbookPart: zip.entry(workbookPart)?.name ?? workbookPart,
    strict: root.ns === STRICT_MAIN,
    date1904,
    sheets,
    tableNames,
    maxTableId,
    ...(sharedStrings ? { sharedStrings } : {}),
  };
}

/** How a part is named in a message: the sheet it holds, else what it is. */
export function partNamer(info: Pick<PackageInfo, 'sheets'> | undefined): (part: string) => string {
  return (part) => {
    const sheet = info?.sheets.find((s) => s.part.toLowerCase() === part.toLowerCase());
    if (sheet) return `the sheet "${sheet.name}" (${part})`;
    if (/sharedStrings/i.test(part)) return `the shared strings (${part})`;
    if (/workbook\.xml$/i.test(part)) return `the workbook part (${part})`;
    if (/\.rels$/i.test(part)) return `the relationships part ${part}`;
    return `the part ${part}`;
  };
}

/** Reads the package structure of an .xlsx file; throws WorkbookError when it is not one. */
export async function openPackage(path: string): Promise<PackageInfo> {
  const bytes = await readBytes(path);
  if (!isZip(bytes)) throw notAWorkbook(path, kindOfBytes(bytes));
  try {
    return structure(path, new Zip(bytes));
  } catch (error) {
    if (isDamage(error)) throw damaged(path, error, partNamer(undefined));
    throw error;
  }
}
