/**
 * The audit sheet's layout (shared/audit-layout.ts) serialised as SpreadsheetML: one worksheet
 * part, its table parts, and the chart's drawing and chart parts. Every text is an inline
 * string, so nothing from the register can become a formula; the only formulas are the
 * tables' totals (stored with their values, which a file must carry: Excel computes its own
 * when it recalculates). Links to register cells are internal hyperlinks (a location, no
 * formula, no relationship). A file cannot ask Excel to fit a row to wrapped text, so the
 * rows that wrap get the height the layout estimates.
 */
import { dayToSerial, type AuditReport } from '../../core';
import {
  columnLetters,
  layoutAuditSheet,
  quoteSheet,
  totalFormula,
  type AuditLayout,
  type ChartPlan,
  type LayoutRow,
  type LinkPlan,
  type TablePlan,
} from '../shared';
import { StyleBook } from './styles';
import { escapeXml } from './xml';

export { wrappedLines } from '../shared';

export interface RenderedTable {
  readonly name: string;
  readonly xml: string;
}

export interface RenderedChart {
  /** The drawing part, which places the chart; it links the chart as rId1. */
  readonly drawing: string;
  /** The chart part. */
  readonly chart: string;
}

export interface RenderedSheet {
  /**
   * The worksheet XML in pieces (a row each), each made as it is read: an audit of many
   * findings is never in memory whole. A cell's style is `firstStyle` plus the number
   * `styles` gives its style, numbered as the cells first use them: `styles` holds them all
   * once the pieces have been read to their end (the same pieces each time).
   */
  pieces(): Generator<string>;
  /** The pieces joined. */
  readonly xml: string;
  /** Linked from the sheet as rId1, rId2, ... in this order. */
  readonly tables: readonly RenderedTable[];
  /** Linked from the sheet after the tables (rId of tables.length + 1). */
  readonly chart?: RenderedChart;
  readonly styles: StyleBook;
}

export interface RenderOptions {
  /** Next free table id in the workbook. */
  readonly firstTableId: number;
  /** Table names already used in the workbook (lower case). */
  readonly takenNames: ReadonlySet<string>;
  /** The audit sheet's name, which the chart's ranges name. */
  readonly sheetName?: string;
  /** The workbook counts dates from 1904. */
  readonly date1904?: boolean;
  /** Cell formats the workbook has before the sheet's own (0 when none). */
  readonly firstStyle?: number;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_SHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TABLE_STYLE = 'TableStyleMedium2';
const LINE_HEIGHT = 15;

/** Letters of a 0-based column index. */
export function columnName(index: number): string {
  return columnLetters(index + 1);
}

/** How rows are written: the sheet's styles, after the workbook's, and its date system. */
interface RowContext {
  readonly styles: StyleBook;
  readonly firstStyle: number;
  readonly serial: (day: number) => number;
}

/** One row of the sheet; `formulas` by column for a totals row. */
function rowXml(
  r: number,
  row: LayoutRow,
  { styles, firstStyle, serial }: RowContext,
  formulas?: ReadonlyMap<number, string>,
): string {
  const lines = row.lines;
  const height = lines > 1 ? ` ht="${Math.min(409, lines * LINE_HEIGHT)}" customHeight="1"` : '';
  const xml: string[] = [`<row r="${r}"${height}>`];
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    const ref = `${columnName(i)}${r}`;
    const s = ` s="${firstStyle + styles.index(cell.style)}"`;
    const v = cell.value;
    const formula = formulas?.get(i);
    if (formula !== undefined && typeof v === 'number')
      xml.push(`<c r="${ref}"${s}><f>${escapeXml(formula)}</f><v>${v}</v></c>`);
    else if (v === null || v === '') xml.push(`<c r="${ref}"${s}/>`);
    else if (typeof v === 'number') xml.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
    else if (typeof v === 'object') xml.push(`<c r="${ref}"${s}><v>${serial(v.date)}</v></c>`);
    else
      xml.push(
        `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`,
      );
  });
  xml.push('</row>');
  return xml.join('');
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A table part: its header row, body and (when it has one) its totals row. */
function tableXml(id: number, name: string, plan: TablePlan): string {
  const last = columnName(plan.columns - 1);
  const totals = plan.totals !== undefined;
  const bodyRef = `A${plan.top + 1}:${last}${plan.bottom + 1}`;
  const ref = totals ? `A${plan.top + 1}:${last}${plan.bottom + 2}` : bodyRef;
  const columns = plan.headers
    .map((h, i) => {
      const total = plan.totals?.[i];
      const extra =
        total?.kind === 'label'
          ? ` totalsRowLabel="${escapeXml(total.text)}"`
          : total?.kind === 'sum'
            ? ' totalsRowFunction="sum"'
            : '';
      return `<tableColumn id="${i + 1}" name="${escapeXml(h)}"${extra}/>`;
    })
    .join('');
  return (
    XML_HEAD +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1"${totals ? ' totalsRowCount="1"' : ''}>` +
    `<autoFilter ref="${bodyRef}"/><tableColumns count="${plan.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}

/** An absolute reference to a column's rows [first, last] (0-based) on the audit sheet. */
function area(sheet: string, column: number, first: number, last: number): string {
  const letters = columnName(column);
  const end = last > first ? `:$${letters}$${last + 1}` : '';
  return `${quoteSheet(sheet)}!$${letters}$${first + 1}${end}`;
}

function textCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join('')}</c:strCache>`;
}

/** The clustered column chart of the layout's chart plan, its data cached from the layout. */
function chartXml(plan: ChartPlan, layout: AuditLayout, sheet: string): string {
  const body = layout.rows.slice(plan.top + 1, plan.bottom + 1);
  const textOf = (row: LayoutRow | undefined, column: number) => {
    const value = row?.cells[column]?.value;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  const categories = `<c:cat><c:strRef><c:f>${escapeXml(area(sheet, plan.categories, plan.top + 1, plan.bottom))}</c:f>${textCache(body.map((row) => textOf(row, plan.categories)))}</c:strRef></c:cat>`;
  const series = plan.series
    .map((column, index) => {
      const points = body.map((row, i) => {
        const value = row.cells[column]?.value;
        return typeof value === 'number' ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : '';
      });
      return (
        `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(area(sheet, column, plan.top, plan.top))}</c:f>${textCache([textOf(layout.rows[plan.top], column)])}</c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>${categories}` +
        `<c:val><c:numRef><c:f>${escapeXml(area(sheet, column, plan.top + 1, plan.bottom))}</c:f>` +
        `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${body.length}"/>${points.join('')}</c:numCache></c:numRef></c:val></c:ser>`
      );
    })
    .join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(plan.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING}" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>' +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

/** The drawing that places the chart (linked as rId1) over the cells the plan names. */
function drawingXml(plan: ChartPlan): string {
  const corner = (tag: string, { column, row }: { column: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${NS_SHEET_DRAWING}" xmlns:a="${NS_DRAWING}">` +
    `<xdr:twoCellAnchor>${corner('from', plan.from)}${corner('to', plan.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(plan.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** Renders the report as a worksheet, its tables and its chart. */
export function renderAuditSheet(report: AuditReport, options: RenderOptions): RenderedSheet {
  const layout = layoutAuditSheet(report);
  const styles = new StyleBook();
  const taken = new Set(options.takenNames);
  const sheetName = options.sheetName ?? 'CAL Audit';
  const serial = (day: number) => dayToSerial(day) - (options.date1904 ? 1462 : 0);
  const names = layout.tables.map((plan) => uniqueName(plan.baseName, taken));
  // The totals rows' formulas, by row and column.
  const formulas = new Map<number, Map<number, string>>();
  layout.tables.forEach((plan, t) => {
    if (!plan.totals) return;
    const row = new Map<number, string>();
    plan.totals.forEach((total, c) => {
      if (total?.kind === 'sum') row.set(c, totalFormula(names[t], total.header));
    });
    formulas.set(plan.bottom + 1, row);
  });
  const context: RowContext = { styles, firstStyle: options.firstStyle ?? 0, serial };
  const link = (plan: LinkPlan) =>
    `<hyperlink ref="${columnName(plan.column)}${plan.row + 1}" location="${escapeXml(plan.location)}" display="${escapeXml(plan.display)}"/>`;
  const tables = layout.tables.map((plan, t) => ({
    name: names[t],
    xml: tableXml(options.firstTableId + t, names[t], plan),
  }));
  const chart = layout.chart && {
    drawing: drawingXml(layout.chart),
    chart: chartXml(layout.chart, layout, sheetName),
  };
  const cols = layout.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const relIds = (count: number, from = 1) =>
    Array.from({ length: count }, (_, i) => `rId${from + i}`);
  function* pieces(): Generator<string> {
    yield XML_HEAD;
    yield `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
    yield '<sheetPr><tabColor rgb="FF1F3864"/><pageSetUpPr fitToPage="1"/></sheetPr>';
    yield `<dimension ref="A1:${columnName(layout.width - 1)}${Math.max(1, layout.rows.length)}"/>`;
    yield '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>';
    yield '<sheetFormatPr defaultRowHeight="15"/>';
    yield `<cols>${cols}</cols>`;
    yield '<sheetData>';
    for (const [r, row] of layout.rows.entries())
      yield rowXml(r + 1, row, context, formulas.get(r));
    yield '</sheetData>';
    if (layout.links.length > 0) {
      yield '<hyperlinks>';
      for (const plan of layout.links) yield link(plan);
      yield '</hyperlinks>';
    }
    yield '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    yield '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
    yield chart ? `<drawing r:id="rId${tables.length + 1}"/>` : '';
    yield tables.length > 0
      ? `<tableParts count="${tables.length}">${relIds(tables.length)
          .map((id) => `<tablePart r:id="${id}"/>`)
          .join('')}</tableParts>`
      : '';
    yield '</worksheet>';
  }
  return {
    pieces,
    get xml() {
      return [...pieces()].join('');
    },
    tables,
    ...(chart ? { chart } : {}),
    styles,
  };
}
