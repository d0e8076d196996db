/**
 * Writes a copy of a workbook with the audit sheet added. The copy is made at the package
 * level: every part of the original (register sheets, charts, macros, pivots) is carried over
 * as its compressed bytes, unread; only the workbook's sheet list, its relationships, the
 * content types and appended styles change, and the audit sheet's parts are added. So the copy
 * of a 200,000-row register costs what is added, not the register. The input file is never
 * written.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AuditReport } from '../../core';
import { cannotWrite, freeSheetName, WorkbookError } from '../shared';
import { renderAuditSheet } from './audit-sheet-xml';
import type { PackageInfo } from './package';
import { EMPTY_STYLES, firstFreeCellFormat, mergeStyles } from './styles';
import { elements, escapeXml, relsPathOf, resolvePart } from './xml';
import { textOf } from './xml-parts';
import type { ZipEntry } from './zip';
import { deflateChunks, writeZip, type PartContent } from './zip-write';

/** The namespaces and relationship types of Transitional OOXML, and of Strict. */
const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_STYLES = /\/styles$/;
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
/** DrawingML's namespaces in Transitional OOXML, and in Strict. */
const DRAWINGML = [
  [
    'http://schemas.openxmlformats.org/drawingml/2006/chart',
    'http://purl.oclc.org/ooxml/drawingml/chart',
  ],
  [
    'http://schemas.openxmlformats.org/drawingml/2006/main',
    'http://purl.oclc.org/ooxml/drawingml/main',
  ],
  [
    'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
    'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
  ],
] as const;

/** The parts the audit sheet changes and adds, over the package as it is. */
export class PackageEdit {
  readonly replaced = new Map<ZipEntry, Buffer>();
  readonly added = new Map<string, PartContent>();

  constructor(readonly info: PackageInfo) {}

  has(part: string): boolean {
    return this.info.zip.has(part) || this.added.has(part);
  }

  read(part: string): string | undefined {
    const added = this.added.get(part);
    if (Buffer.isBuffer(added)) return added.toString('utf8');
    const entry = this.info.zip.entry(part);
    if (!entry) return undefined;
    const replaced = this.replaced.get(entry);
    return replaced ? replaced.toString('utf8') : textOf(this.info.zip.read(entry));
  }

  write(part: string, text: string): void {
    const entry = this.info.zip.entry(part);
    if (entry) this.replaced.set(entry, Buffer.from(text, 'utf8'));
    else this.added.set(part, Buffer.from(text, 'utf8'));
  }

  /** Adds a new part, deflated already. */
  add(part: string, content: PartContent): void {
    this.added.set(part, content);
  }
}

/** Pieces of text as UTF-8 buffers of about a megabyte each. */
function* batches(pieces: Iterable<string>): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= 1 << 20) {
      yield Buffer.from(batch.join(''), 'utf8');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield Buffer.from(batch.join(''), 'utf8');
}

function freePart(edit: PackageEdit, pattern: (n: number) => string): string {
  for (let n = 1; ; n += 1) {
    const part = pattern(n);
    if (!edit.has(part)) return part;
  }
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

/** The audit sheet's XML in the namespaces of the package it goes into. */
function inNamespaces(xml: string, strict: boolean): string {
  if (!strict) return xml;
  let out = xml.split(TRANSITIONAL.main).join(STRICT.main).split(TRANSITIONAL.rel).join(STRICT.rel);
  for (const [transitional, strictName] of DRAWINGML)
    out = out.split(transitional).join(strictName);
  return out;
}

/** Adds the audit sheet to the package; returns the name it was given and the parts changed. */
export async function addAuditSheet(
  info: PackageInfo,
  report: AuditReport,
): Promise<{ name: string; edit: PackageEdit }> {
  const edit = new PackageEdit(info);
  const ns = info.strict ? STRICT : TRANSITIONAL;
  const workbookXml = edit.read(info.workbookPart) ?? '';
  // Every sheet's name is taken, chart sheets' too.
  const sheetName = freeSheetName(elements(workbookXml, 'sheet').map((s) => s.name ?? ''));
  const workbookRelsPart = relsPathOf(info.workbookPart);
  let workbookRels =
    edit.read(workbookRelsPart) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}"></Relationships>`;
  let contentTypes = edit.read('[Content_Types].xml') ?? '';

  // Styles: ours go after the workbook's cell formats, numbered as the sheet first uses them.
  const stylesRel = elements(workbookRels, 'Relationship').find((r) =>
    REL_STYLES.test(r.Type ?? ''),
  );
  const stylesPart = stylesRel
    ? resolvePart(info.workbookPart, stylesRel.Target ?? '')
    : 'xl/styles.xml';
  const stylesXml = edit.read(stylesPart) ?? inNamespaces(EMPTY_STYLES, info.strict);
  const firstStyle = firstFreeCellFormat(stylesXml);
  const rendered = renderAuditSheet(report, {
    firstTableId: info.maxTableId + 1,
    takenNames: info.tableNames,
    sheetName,
    date1904: info.date1904,
    firstStyle,
  });
  // The sheet is deflated a row at a time, so its XML is never whole in memory; then the
  // styles it used are known, and appended to styles.xml (which the package holds before it).
  const sheet = await deflateChunks(
    batches(
      (function* () {
        for (const piece of rendered.pieces()) yield inNamespaces(piece, info.strict);
      })(),
    ),
  );
  const merged = mergeStyles(stylesXml, rendered.styles);
  if (merged.xfIndex.some((xf, i) => xf !== firstStyle + i))
    throw new Error("the audit sheet's cell formats were not appended where it numbered them");
  edit.write(stylesPart, merged.xml);

  const sheetPart = freePart(edit, (n) => `xl/worksheets/sheet${n}.xml`);
  edit.add(sheetPart, sheet);
  const sheetRels: string[] = [];
  for (const [i, table] of rendered.tables.entries()) {
    const tablePart = freePart(edit, (n) => `xl/tables/table${n}.xml`);
    edit.write(tablePart, inNamespaces(table.xml, info.strict));
    sheetRels.push(
      `<Relationship Id="rId${i + 1}" Type="${ns.rel}/table" Target="${relativeTo(sheetPart, tablePart)}"/>`,
    );
    contentTypes = insertBefore(
      contentTypes,
      /<\/Types>/,
      `<Override PartName="/${tablePart}" ContentType="${CT_TABLE}"/>`,
    );
  }
  if (rendered.chart) {
    // The drawing places the chart; the sheet links the drawing after its tables.
    const drawingPart = freePart(edit, (n) => `xl/drawings/drawing${n}.xml`);
    const chartPart = freePart(edit, (n) => `xl/charts/chart${n}.xml`);
    edit.write(drawingPart, inNamespaces(rendered.chart.drawing, info.strict));
    edit.write(chartPart, inNamespaces(rendered.chart.chart, info.strict));
    edit.write(
      relsPathOf(drawingPart),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}"><Relationship Id="rId1" Type="${ns.rel}/chart" Target="${relativeTo(drawingPart, chartPart)}"/></Relationships>`,
    );
    sheetRels.push(
      `<Relationship Id="rId${rendered.tables.length + 1}" Type="${ns.rel}/drawing" Target="${relativeTo(sheetPart, drawingPart)}"/>`,
    );
    contentTypes = insertBefore(
      contentTypes,
      /<\/Types>/,
      `<Override PartName="/${drawingPart}" ContentType="${CT_DRAWING}"/><Override PartName="/${chartPart}" ContentType="${CT_CHART}"/>`,
    );
  }
  if (sheetRels.length > 0) {
    edit.write(
      relsPathOf(sheetPart),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELS}">${sheetRels.join('')}</Relationships>`,
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
        `<Relationship Id="rIdCalAuditStyles" Type="${ns.rel}/styles" Target="${relativeTo(info.workbookPart, stylesPart)}"/>`,
      );
    }
  }
  edit.write('[Content_Types].xml', contentTypes);

  const usedIds = new Set(elements(workbookRels, 'Relationship').map((r) => r.Id));
  let relId = 'rIdCalAudit';
  for (let n = 2; usedIds.has(relId); n += 1) relId = `rIdCalAudit${n}`;
  workbookRels = insertBefore(
    workbookRels,
    /<\/(\w+:)?Relationships>/,
    `<Relationship Id="${relId}" Type="${ns.rel}/worksheet" Target="${relativeTo(info.workbookPart, sheetPart)}"/>`,
  );
  edit.write(workbookRelsPart, workbookRels);

  const prefix = /<(\w+:)?sheets[\s>]/.exec(workbookXml)?.[1] ?? '';
  const relPrefix = new RegExp(`xmlns:([\\w.-]+)="${ns.rel.replace(/[/.]/g, '\\$&')}"`).exec(
    workbookXml,
  )?.[1];
  const sheetId =
    Math.max(
      0,
      ...info.sheets.map((s) => s.sheetId),
      ...elements(workbookXml, 'sheet').map((s) => Number(s.sheetId ?? '0') || 0),
    ) + 1;
  const relAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${ns.rel}" r:id="${relId}"`;
  const sheetElement = `<${prefix}sheet name="${escapeXml(sheetName)}" sheetId="${sheetId}" ${relAttr}/>`;
  edit.write(
    info.workbookPart,
    insertBefore(workbookXml, new RegExp(`</${prefix}sheets>`), sheetElement),
  );
  return { name: sheetName, edit };
}

/**
 * Writes the package to `out` through a temporary file beside it, so a failure never leaves
 * a half-written workbook under the requested name.
 */
export async function writePackage(edit: PackageEdit, out: string): Promise<void> {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'w');
    await writeZip(edit.info.zip, edit, handle);
    await handle.close();
    handle = undefined;
    await fs.rename(temp, out);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    if (error instanceof WorkbookError || !(error instanceof Error) || !('code' in error))
      throw error;
    throw cannotWrite(out, error);
  }
}
