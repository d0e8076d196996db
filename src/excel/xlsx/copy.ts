/**
 * Writes a copy of a workbook with the audit sheet added. The copy is made at the package
 * level: every part of the original (register sheets, charts, macros, pivots) is carried over
 * byte for byte; only the workbook's sheet list, its relationships, the content types and
 * appended styles change. The input file is never written.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AuditReport } from '../../core';
import { renderAuditSheet } from './audit-sheet-xml';
import { cannotWrite, WorkbookError } from '../errors';
import { EMPTY_STYLES, mergeStyles } from './styles';
import type { PackageInfo } from './package';
import { elements, escapeXml, relsPathOf, resolvePart } from './xml';

export const AUDIT_SHEET_NAME = 'CAL Audit';

const REL_WORKSHEET =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const REL_STYLES = /\/styles$/;
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** "CAL Audit", else "CAL Audit (2)", ...: never the name of a sheet the workbook has. */
export function freeSheetName(existing: readonly string[], base = AUDIT_SHEET_NAME): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  return name;
}

function freePart(info: PackageInfo, pattern: (n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const part = pattern(n);
    if (!info.zip.file(part)) return part;
  }
}

async function read(info: PackageInfo, part: string): Promise<string | undefined> {
  const file = info.zip.file(part);
  return file ? file.async('string') : undefined;
}

function relativeTo(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function insertBefore(xml: string, closing: RegExp, addition: string): string {
  const match = closing.exec(xml);
  if (!match)
    throw new WorkbookError(
      'the workbook structure could not be updated',
      'Open and save the workbook in Excel, then retry.',
    );
  return xml.slice(0, match.index) + addition + xml.slice(match.index);
}

async function maxTableId(info: PackageInfo): Promise<number> {
  let max = 0;
  for (const path of Object.keys(info.zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
    const xml = (await read(info, path)) ?? '';
    const id = Number(elements(xml, 'table')[0]?.id ?? '0');
    if (id > max) max = id;
  }
  return max;
}

/** Adds the audit sheet to the package (in memory); returns the name it was given. */
export async function addAuditSheet(info: PackageInfo, report: AuditReport): Promise<string> {
  const zip = info.zip;
  const sheetName = freeSheetName(info.sheets.map((s) => s.name));
  const workbookXml = (await read(info, info.workbookPart)) as string;
  const workbookRelsPart = relsPathOf(info.workbookPart);
  let workbookRels =
    (await read(info, workbookRelsPart)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let contentTypes = (await read(info, '[Content_Types].xml')) ?? '';

  const rendered = renderAuditSheet(report, {
    firstTableId: (await maxTableId(info)) + 1,
    takenNames: info.tableNames,
  });

  // Styles: append ours to the workbook's, then point the sheet's cells at them.
  const stylesRel = elements(workbookRels, 'Relationship').find((r) =>
    REL_STYLES.test(r.Type ?? ''),
  );
  const stylesPart = stylesRel
    ? resolvePart(info.workbookPart, stylesRel.Target ?? '')
    : 'xl/styles.xml';
  const merged = mergeStyles((await read(info, stylesPart)) ?? EMPTY_STYLES, rendered.styles);
  zip.file(stylesPart, merged.xml);
  const sheetXml = rendered.xml.replace(/@(\d+)@/g, (_, n: string) =>
    String(merged.xfIndex[Number(n)]),
  );

  const sheetPart = freePart(info, (n) => `xl/worksheets/sheet${n}.xml`);
  zip.file(sheetPart, sheetXml);
  const tableRels: string[] = [];
  let tablePart = 'xl/tables/table1.xml';
  for (const [i, table] of rendered.tables.entries()) {
    tablePart = freePart(info, (n) => `xl/tables/table${n}.xml`);
    zip.file(tablePart, table.xml);
    tableRels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL_TABLE}" Target="${relativeTo(sheetPart, tablePart)}"/>`,
    );
    contentTypes = insertBefore(
      contentTypes,
      /<\/Types>/,
      `<Override PartName="/${tablePart}" ContentType="${CT_TABLE}"/>`,
    );
  }
  if (tableRels.length > 0) {
    zip.file(
      relsPathOf(sheetPart),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${tableRels.join('')}</Relationships>`,
    );
  }
  contentTypes = insertBefore(
    contentTypes,
    /<\/Types>/,
    `<Override PartName="/${sheetPart}" ContentType="${CT_WORKSHEET}"/>`,
  );
  if (!contentTypes.includes(`PartName="/${stylesPart}"`)) {
    contentTypes = insertBefore(
      contentTypes,
      /<\/Types>/,
      `<Override PartName="/${stylesPart}" ContentType="${CT_STYLES}"/>`,
    );
    if (!stylesRel) {
      workbookRels = insertBefore(
        workbookRels,
        /<\/Relationships>/,
        `<Relationship Id="rIdCalAuditStyles" Type="${NS_REL}/styles" Target="${relativeTo(info.workbookPart, stylesPart)}"/>`,
      );
    }
  }
  zip.file('[Content_Types].xml', contentTypes);

  const usedIds = new Set(elements(workbookRels, 'Relationship').map((r) => r.Id));
  let relId = 'rIdCalAudit';
  for (let n = 2; usedIds.has(relId); n += 1) relId = `rIdCalAudit${n}`;
  workbookRels = insertBefore(
    workbookRels,
    /<\/(\w+:)?Relationships>/,
    `<Relationship Id="${relId}" Type="${REL_WORKSHEET}" Target="${relativeTo(info.workbookPart, sheetPart)}"/>`,
  );
  zip.file(workbookRelsPart, workbookRels);

  const prefix = /<(\w+:)?sheets[\s>]/.exec(workbookXml)?.[1] ?? '';
  const relPrefix = new RegExp(`xmlns:(\\w+)="${NS_REL.replace(/[/.]/g, '\\$&')}"`).exec(
    workbookXml,
  )?.[1];
  const sheetId =
    Math.max(
      0,
      ...info.sheets.map((s) => s.sheetId),
      ...elements(workbookXml, 'sheet').map((s) => Number(s.sheetId ?? '0')),
    ) + 1;
  const relAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${NS_REL}" r:id="${relId}"`;
  const sheetElement = `<${prefix}sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" ${relAttr}/>`;
  zip.file(
    info.workbookPart,
    insertBefore(workbookXml, new RegExp(`</${prefix}sheets>`), sheetElement),
  );
  return sheetName;
}

/**
 * Writes the package to `out` through a temporary file beside it, so a failure never leaves
 * a half-written workbook under the requested name.
 */
export async function writePackage(info: PackageInfo, out: string): Promise<void> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  const buffer = await info.zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  try {
    await fs.writeFile(temp, buffer);
    await fs.rename(temp, out);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw cannotWrite(out, error);
  }
}
