/// <reference types="office-js" />
/**
 * Writes the audit sheet into Excel: to the sheet the add-in wrote before, cleared first, or
 * to a new sheet under a free name. The admin's own "CAL Audit" is never touched, nor a copy
 * of the add-in's sheet (Excel's Move or Copy carries its mark along): the workbook records
 * which sheet is the add-in's by its id (marks.ts). One sync finds the sheets, tables and that
 * record, one more reads the recorded sheet's mark and contents (when there is one), then one
 * sync writes it all, or one per chunk of rows when a large findings table would not fit in
 * one request; a new sheet takes one sync more to record its id, known once it exists.
 *
 * Requirement sets: Worksheet.id ExcelApi 1.1, Workbook.settings 1.4, Worksheet
 * customProperties 1.12 (the manifest's minimum; without them no sheet is reused).
 */
import type { AuditReport } from '../../core';
import { areaAddress, columnLetters, columnPoints } from '../a1';
import { FILLS, FONTS, type StyleArea } from './audit-grid';
import { layoutAuditSheet, totalsFormulas, type AuditLayout } from './audit-layout';
import { isPayloadError, OfficeWorkbookError } from './errors';
import { API, queueWorkbookFacts, supports, syncWithFacts, type OfficeHost } from './host';
import {
  AUDIT_RECORD,
  freeSheetName,
  freeTableName,
  isAuditSheetName,
  MARK_KEY,
  MARKS,
} from './marks';
import { jsonBytes, TARGET_BYTES } from './payload';

/** Excel keeps at most 65,530 hyperlinks on a sheet; the Where column says the rest. */
export const MAX_LINKS = 65_000;
const TABLE_STYLE = 'TableStyleMedium2';
const CHART_NAME = 'CALAudit_Chart';

interface SheetId {
  readonly id: string;
  readonly name: string;
}

interface Target {
  readonly name: string;
  /** The add-in's own sheet from an earlier run, with what it holds. */
  readonly reuse?: {
    readonly id: string;
    readonly tables: readonly Excel.Table[];
    readonly charts: readonly Excel.Chart[];
  };
}

function asRecord(value: unknown): SheetId | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : undefined;
}

/**
 * The sheet the workbook records as the add-in's audit sheet: the one of the recorded name,
 * if its id is the recorded one. Excel keeps a sheet's id within a session but may give
 * every sheet a new one when the workbook is opened again (OfficeDev/office-js-docs#297,
 * OfficeDev/office-js#1390): when the recorded id is no sheet's, the name alone decides,
 * and a copy never has it (Excel names it "CAL Audit (2)"). Any other sheet that says it is
 * the audit sheet (a copy, or a workbook written before the record) is left alone.
 */
function recordedSheet(sheets: readonly SheetId[], record: SheetId | undefined) {
  if (!record) return undefined;
  const sheet = sheets.find((s) => s.name.toLowerCase() === record.name.toLowerCase());
  if (!sheet || !isAuditSheetName(sheet.name)) return undefined;
  const reopened = !sheets.some((s) => s.id === record.id);
  return sheet.id === record.id || reopened ? sheet : undefined;
}

async function findTarget(
  context: Excel.RequestContext,
  host: OfficeHost,
): Promise<{ target: Target; tables: Set<string>; date1904: boolean }> {
  const found = await syncWithFacts(context, host, (optional) => {
    const sheets = context.workbook.worksheets.load('items/name,items/id');
    const tables = context.workbook.tables.load('items/name');
    const record = context.workbook.settings.getItemOrNullObject(AUDIT_RECORD).load('value');
    const facts = queueWorkbookFacts(context, host, optional);
    return () => ({
      sheets: sheets.items.map((s) => ({ id: s.id, name: s.name })),
      tables: tables.items.map((t) => t.name),
      record: record.isNullObject ? undefined : asRecord(record.value),
      date1904: facts().date1904,
    });
  });
  const taken = new Set(found.tables.map((n) => n.toLowerCase()));
  let target: Target = { name: freeSheetName(found.sheets.map((s) => s.name)) };
  const recorded = recordedSheet(found.sheets, found.record);
  if (recorded && supports(host, API.customProperties)) {
    const sheet = context.workbook.worksheets.getItem(recorded.name);
    const mark = sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value');
    const tables = sheet.tables.load('items/name');
    const charts = sheet.charts.load('items/name');
    await context.sync();
    if (!mark.isNullObject && mark.value === MARKS.audit) {
      // Its tables go with its contents: their names are free again.
      tables.items.forEach((t) => taken.delete(t.name.toLowerCase()));
      target = {
        name: recorded.name,
        reuse: { id: recorded.id, tables: tables.items, charts: charts.items },
      };
    }
  }
  return { target, tables: taken, date1904: found.date1904 };
}

/** Records the sheet as the add-in's audit sheet, on the next sync. */
function recordSheet(context: Excel.RequestContext, sheet: SheetId): void {
  context.workbook.settings.add(AUDIT_RECORD, { id: sheet.id, name: sheet.name });
}

/** Rows [start, end) written in one sync. */
type Block = readonly [number, number];

function linkBytes(link: { documentReference: string; textToDisplay: string }): number {
  return jsonBytes(link) + 64;
}

/** Splits the rows into blocks of about TARGET_BYTES of request each. */
export function planBlocks(layout: AuditLayout, target = TARGET_BYTES): Block[] {
  const extra = new Map<number, number>();
  layout.links.slice(0, MAX_LINKS).forEach((l) => {
    extra.set(l.row, (extra.get(l.row) ?? 0) + linkBytes(l));
  });
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < layout.values.length; r += 1) {
    const row =
      jsonBytes(layout.values[r]) + jsonBytes(layout.formats[r]) + (extra.get(r) ?? 0) + 8;
    if (bytes + row > target && r > start) {
      blocks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += row;
  }
  blocks.push([start, layout.values.length]);
  return blocks;
}

/** Clears the add-in's sheet, or adds a new one (its id loaded, to record it). */
function prepareSheet(context: Excel.RequestContext, host: OfficeHost, target: Target) {
  if (target.reuse) {
    const sheet = context.workbook.worksheets.getItem(target.name);
    target.reuse.charts.forEach((chart) => chart.delete());
    target.reuse.tables.forEach((table) => table.delete());
    sheet.getRange().clear('All');
    // Its id may be new since the record was made (the workbook was opened again).
    recordSheet(context, { id: target.reuse.id, name: target.name });
    return sheet;
  }
  const sheet = context.workbook.worksheets.add(target.name);
  sheet.load('id');
  if (supports(host, API.customProperties)) sheet.customProperties.add(MARK_KEY, MARKS.audit);
  sheet.tabColor = '#1F3864';
  if (supports(host, API.gridlines)) sheet.showGridlines = false;
  return sheet;
}

function applyStyle(sheet: Excel.Worksheet, area: StyleArea): void {
  const range = sheet.getRangeByIndexes(
    area.top,
    area.left,
    area.bottom - area.top + 1,
    area.right - area.left + 1,
  );
  const font = FONTS[area.style.font];
  if (font.bold) range.format.font.bold = true;
  if (font.italic) range.format.font.italic = true;
  if (font.size) range.format.font.size = font.size;
  if (font.color) range.format.font.color = font.color;
  if (font.underline) range.format.font.underline = 'Single';
  if (area.style.fill !== 'none') range.format.fill.color = FILLS[area.style.fill];
  if (area.style.wrap) range.format.wrapText = true;
  if (area.style.underline) {
    const edge = range.format.borders.getItem('EdgeBottom');
    edge.style = 'Continuous';
    edge.color = '#7F7F7F';
  }
}

function writeRows(sheet: Excel.Worksheet, layout: AuditLayout, [start, end]: Block): void {
  if (end <= start) return;
  const range = sheet.getRangeByIndexes(start, 0, end - start, layout.width);
  // The format first: text cells become text ('@') before their values arrive.
  range.numberFormat = layout.formats.slice(start, end);
  range.values = layout.values.slice(start, end);
  layout.links.slice(0, MAX_LINKS).forEach((link) => {
    if (link.row < start || link.row >= end) return;
    sheet.getCell(link.row, link.column).hyperlink = {
      documentReference: link.documentReference,
      textToDisplay: link.textToDisplay,
    };
  });
}

function addChart(sheet: Excel.Worksheet, layout: AuditLayout): void {
  const chart = layout.chart;
  if (!chart) return;
  const [owned, required] = chart.series;
  const source = sheet.getRangeByIndexes(
    chart.top,
    Math.min(owned, required),
    chart.bottom - chart.top + 1,
    Math.abs(required - owned) + 1,
  );
  const added = sheet.charts.add('ColumnClustered', source, 'Columns');
  added.name = CHART_NAME;
  added.title.text = 'Owned and required CALs per licence';
  added.legend.position = 'Bottom';
  added.axes.categoryAxis.setCategoryNames(
    sheet.getRangeByIndexes(chart.top + 1, chart.categories, chart.bottom - chart.top, 1),
  );
  added.setPosition(`${columnLetters(layout.width + 2)}2`, `${columnLetters(layout.width + 9)}20`);
}

function finishSheet(sheet: Excel.Worksheet, layout: AuditLayout, names: string[]): void {
  layout.widths.forEach((chars, c) => {
    const letters = columnLetters(c + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(chars);
  });
  layout.styles.forEach((area) => applyStyle(sheet, area));
  addChart(sheet, layout);
  // Bottom table first: should Excel make room for a totals row by moving the cells under a
  // table down, everything below (tables included) moves with them and stays consistent.
  [...layout.tables.keys()].reverse().forEach((i) => {
    const plan = layout.tables[i];
    const table = sheet.tables.add(
      areaAddress(plan.top + 1, 1, plan.bottom + 1, plan.columns),
      true,
    );
    table.name = names[i];
    table.style = TABLE_STYLE;
    if (plan.totals) {
      table.showTotals = true;
      table.getTotalRowRange().formulas = [totalsFormulas(plan, names[i])];
    }
  });
  sheet.getRangeByIndexes(0, 0, layout.values.length, layout.width).format.autofitRows();
  sheet.activate();
  sheet.getRange('A1').select();
}

/** Writes the report to the audit sheet in the caller's Excel.run; returns the sheet's name. */
export async function writeAuditSheet(
  context: Excel.RequestContext,
  host: OfficeHost,
  report: AuditReport,
): Promise<string> {
  const { target, tables, date1904 } = await findTarget(context, host);
  const layout = layoutAuditSheet(report, date1904);
  const names = layout.tables.map((plan) => freeTableName(tables, plan.baseName));
  const blocks = planBlocks(layout);
  let created: Excel.Worksheet | undefined;
  for (let i = 0; i < blocks.length;) {
    const first = i === 0;
    const last = i === blocks.length - 1;
    if (first || last) context.application.suspendScreenUpdatingUntilNextSync();
    const sheet = first
      ? prepareSheet(context, host, target)
      : context.workbook.worksheets.getItem(target.name);
    if (first && !target.reuse) created = sheet;
    writeRows(sheet, layout, blocks[i]);
    if (last) finishSheet(sheet, layout, names);
    try {
      // One sync per chunk of rows: a findings table too large for one request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const [start, end] = blocks[i];
      if (!isPayloadError(error) || end - start < 2) {
        if (isPayloadError(error))
          throw new OfficeWorkbookError(
            'The audit sheet was too large for Excel to accept',
            'Correct the largest groups of findings first, or run cal-register on a copy of the file.',
            'RequestPayloadSizeLimitExceeded',
            { cause: error },
          );
        throw error;
      }
      const middle = start + Math.floor((end - start) / 2);
      blocks.splice(i, 1, [start, middle], [middle, end]);
      continue;
    }
    i += 1;
  }
  if (created) {
    recordSheet(context, { id: created.id, name: target.name });
    await context.sync();
  }
  return target.name;
}
