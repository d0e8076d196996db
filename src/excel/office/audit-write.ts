/// <reference types="office-js" />
/**
 * Writes the audit sheet into Excel: to the sheet the add-in wrote before, cleared first, or
 * to a new sheet under a free name. The admin's own "CAL Audit" is never touched, nor a copy
 * of the add-in's sheet (Excel's Move or Copy carries its mark along): the workbook records
 * which sheet is the add-in's by its id (marks.ts). One sync finds the sheets, tables and that
 * record, one more reads the recorded sheet's mark and contents (when there is one); then the
 * rows go in syncs of about 4 MB of request each, counted as Office.js builds a request
 * (every object path and action, not only the values: payload.ts), the styles likewise, and
 * one sync more adds the tables and the chart and records the sheet. Activating the sheet
 * and selecting A1 come last, in a sync of their own that can never fail the write (a sheet
 * added in a sync may not activate in it on the web).
 *
 * Requirement sets: Worksheet.id ExcelApi 1.1, Workbook.settings 1.4, Worksheet
 * customProperties 1.12 (the manifest's minimum; without them no sheet is reused).
 */
import type { AuditReport } from '../../core';
import { areaAddress, columnLetters, columnPoints, WorkbookError } from '../shared';
import { totalFormula, type TablePlan } from '../shared';
import { FILLS, FONTS, officeLayout, type OfficeGrid, type StyleArea } from './audit-grid';
import { isPayloadError, OfficeWorkbookError } from './errors';
import { API, queueWorkbookFacts, selectAfterWrite, supports, type OfficeHost } from './host';
import {
  AUDIT_RECORD,
  freeSheetName,
  freeTableName,
  isAuditSheetName,
  MARK_KEY,
  MARKS,
} from './marks';
import { MAX_LINKS, planBlocks, planStyles } from './audit-blocks';
import type { Block } from './payload';

const TABLE_STYLE = 'TableStyleMedium2';

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
  const sheetList = context.workbook.worksheets.load('items/name,items/id');
  const tableList = context.workbook.tables.load('items/name');
  const recordItem = context.workbook.settings.getItemOrNullObject(AUDIT_RECORD).load('value');
  const facts = queueWorkbookFacts(context, host);
  await context.sync();
  const found = {
    sheets: sheetList.items.map((s) => ({ id: s.id, name: s.name })),
    tables: tableList.items.map((t) => t.name),
    record: recordItem.isNullObject ? undefined : asRecord(recordItem.value),
    date1904: facts().date1904,
  };
  const taken = new Set(found.tables.map((n) => n.toLowerCase()));
  let target: Target = { name: freeSheetName(found.sheets.map((s) => s.name)) };
  const recorded = recordedSheet(found.sheets, found.record);
  if (recorded && supports(host, API.customProperties)) {
    const sheet = context.workbook.worksheets.getItem(recorded.name);
    const mark = sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value');
    const tables = sheet.tables.load('items/name');
    const charts = sheet.charts.load('items/name');
    const protection = sheet.protection.load('protected');
    await context.sync();
    if (!mark.isNullObject && mark.value === MARKS.audit) {
      if (protection.protected)
        throw new WorkbookError(
          `The audit sheet "${recorded.name}" is protected, so it cannot be written again`,
          'Unprotect it (Review > Unprotect Sheet) or delete it, then write the audit sheet again. Nothing was changed.',
        );
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

function writeRows(sheet: Excel.Worksheet, layout: OfficeGrid, [start, end]: Block): void {
  if (end <= start) return;
  const range = sheet.getRangeByIndexes(start, 0, end - start, layout.width);
  // The format first: text cells become text ('@') before their values arrive.
  range.numberFormat = layout.formats.slice(start, end);
  range.values = layout.values.slice(start, end);
  layout.links.slice(0, MAX_LINKS).forEach((link) => {
    if (link.row < start || link.row >= end) return;
    sheet.getCell(link.row, link.column).hyperlink = {
      documentReference: link.location,
      textToDisplay: link.display,
    };
  });
}

function addChart(sheet: Excel.Worksheet, layout: OfficeGrid): void {
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
  added.name = chart.name;
  added.title.text = chart.title;
  added.legend.position = 'Bottom';
  added.axes.categoryAxis.setCategoryNames(
    sheet.getRangeByIndexes(chart.top + 1, chart.categories, chart.bottom - chart.top, 1),
  );
  // The plan's corner past the chart is exclusive; setPosition takes the last cell it covers.
  added.setPosition(
    `${columnLetters(chart.from.column + 1)}${chart.from.row + 1}`,
    `${columnLetters(chart.to.column)}${chart.to.row}`,
  );
}

/** The totals row's formulas: the label as text, each sum the SUBTOTAL of its column. */
export function totalsFormulas(plan: TablePlan, tableName: string): string[] {
  return (plan.totals ?? []).map((total) => {
    if (total?.kind === 'sum') return `=${totalFormula(tableName, total.header)}`;
    return total?.kind === 'label' ? total.text : '';
  });
}

/** The widths, the chart and the tables: what comes once the cells are written and styled. */
function finishSheet(sheet: Excel.Worksheet, layout: OfficeGrid, names: string[]): void {
  layout.widths.forEach((chars, c) => {
    const letters = columnLetters(c + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(chars);
  });
  addChart(sheet, layout);
  // Bottom table first: should Excel make room for a totals row by moving the cells under a
  // table down, everything below (tables included) moves with them and stays consistent.
  [...layout.tables.keys()].reverse().forEach((i) => {
    const plan = layout.tables[i];
    // A Range, not an address: an address without a sheet means the active sheet.
    const table = sheet.tables.add(
      sheet.getRange(areaAddress(plan.top + 1, 1, plan.bottom + 1, plan.columns)),
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
}

/** Writes the report to the audit sheet in the caller's Excel.run; returns the sheet's name. */
export async function writeAuditSheet(
  context: Excel.RequestContext,
  host: OfficeHost,
  report: AuditReport,
): Promise<string> {
  const { target, tables, date1904 } = await findTarget(context, host);
  const layout = officeLayout(report, date1904);
  const names = layout.tables.map((plan) => freeTableName(tables, plan.baseName));
  const blocks = planBlocks(layout);
  let created: Excel.Worksheet | undefined;
  // Once, before the first write: suspending screen updates in a loop makes Excel flicker
  // (Microsoft, "Performance optimization using the Excel JavaScript API").
  context.application.suspendScreenUpdatingUntilNextSync();
  for (let i = 0; i < blocks.length;) {
    const first = i === 0;
    const sheet = first
      ? prepareSheet(context, host, target)
      : context.workbook.worksheets.getItem(target.name);
    if (first && !target.reuse) created = sheet;
    writeRows(sheet, layout, blocks[i]);
    try {
      // One sync per chunk of rows: a findings table too large for one request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const [start, end] = blocks[i];
      if (!isPayloadError(error) || end - start < 2) throw tooLarge(error);
      const middle = start + Math.floor((end - start) / 2);
      blocks.splice(i, 1, [start, middle], [middle, end]);
      continue;
    }
    i += 1;
  }
  for (const group of planStyles(layout.styles)) {
    const sheet = context.workbook.worksheets.getItem(target.name);
    group.forEach((area) => applyStyle(sheet, area));
    // One sync per group of styles, sized like the rows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync().catch((error: unknown) => {
      throw tooLarge(error);
    });
  }
  finishSheet(context.workbook.worksheets.getItem(target.name), layout, names);
  if (created) recordSheet(context, { id: created.id, name: target.name });
  await context.sync();
  await selectAfterWrite(context, target.name, 'A1');
  return target.name;
}

/** A payload error as the admin reads it; any other error as it is. */
function tooLarge(error: unknown): unknown {
  if (!isPayloadError(error)) return error;
  return new OfficeWorkbookError(
    'The audit sheet was too large for Excel to accept',
    'Correct the largest groups of findings first, or run cal-register on a copy of the file.',
    'RequestPayloadSizeLimitExceeded',
    { cause: error },
  );
}
