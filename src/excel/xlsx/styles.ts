/**
 * Cell styles of the generated audit sheet, and their merge into a workbook's existing
 * styles.xml: new fonts, fills, a border, a date format and cell formats are appended, so
 * every existing style index (the register's formatting) stays exactly as it was.
 */
import { FILLS, FONTS, type CellStyle, type FillKey, type FontKey } from '../shared';
import { escapeXml } from './xml';

export type { CellStyle } from '../shared';

/** Collects the distinct styles a sheet uses; index(style) is the sheet-local style number. */
export class StyleBook {
  private readonly styles: CellStyle[] = [];
  private readonly keys = new Map<string, number>();
  /** The index of each style object seen (the layout shares one object per body style). */
  private readonly seen = new Map<CellStyle, number>();

  index(style: CellStyle): number {
    const seen = this.seen.get(style);
    if (seen !== undefined) return seen;
    const key = `${style.font}|${style.fill}|${style.date ? 1 : 0}|${style.wrap ? 1 : 0}|${style.underline ? 1 : 0}`;
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.styles.length;
      this.styles.push(style);
      this.keys.set(key, index);
    }
    this.seen.set(style, index);
    return index;
  }

  get all(): readonly CellStyle[] {
    return this.styles;
  }
}

interface Section {
  readonly open: number;
  /** Index just after the opening tag. */
  readonly tagEnd: number;
  readonly close: number;
  readonly selfClosing: boolean;
  readonly count: number;
}

/** Finds `<prefix:name ...>...</prefix:name>` (or a self-closing one) and counts its children. */
function section(xml: string, prefix: string, name: string, child: string): Section | undefined {
  const tag = new RegExp(`<${prefix}${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!tag) return undefined;
  const tagEnd = tag.index + tag[0].length;
  if (tag[1] === '/')
    return { open: tag.index, tagEnd, close: tagEnd, selfClosing: true, count: 0 };
  const end = xml.indexOf(`</${prefix}${name}>`, tag.index);
  const inner = xml.slice(tagEnd, end);
  const count = (inner.match(new RegExp(`<${prefix}${child}(?=[\\s/>])`, 'g')) ?? []).length;
  return { open: tag.index, tagEnd, close: end, selfClosing: false, count };
}

/** Appends children to a section, creating it before `before` (or after the root) if absent. */
function append(
  xml: string,
  prefix: string,
  name: string,
  child: string,
  additions: string[],
  before: string[],
): { xml: string; offset: number } {
  if (additions.length === 0) return { xml, offset: 0 };
  const found = section(xml, prefix, name, child);
  if (found && !found.selfClosing) {
    const total = found.count + additions.length;
    const opening = xml
      .slice(found.open, found.tagEnd)
      .replace(/\scount="\d+"/, '')
      .replace(new RegExp(`^<${prefix}${name}`), `<${prefix}${name} count="${total}"`);
    const children = xml.slice(found.tagEnd, found.close);
    return {
      xml:
        xml.slice(0, found.open) + opening + children + additions.join('') + xml.slice(found.close),
      offset: found.count,
    };
  }
  const element = `<${prefix}${name} count="${additions.length}">${additions.join('')}</${prefix}${name}>`;
  if (found) return { xml: xml.slice(0, found.open) + element + xml.slice(found.close), offset: 0 };
  for (const next of before) {
    const at = new RegExp(`<${prefix}${next}(?=[\\s/>])`).exec(xml);
    if (at) return { xml: xml.slice(0, at.index) + element + xml.slice(at.index), offset: 0 };
  }
  const root = new RegExp(`<${prefix}styleSheet[^>]*>`).exec(xml);
  const at = root ? root.index + root[0].length : xml.length;
  return { xml: xml.slice(0, at) + element + xml.slice(at), offset: 0 };
}

const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

function after(name: string): string[] {
  return ORDER.slice(ORDER.indexOf(name) + 1);
}

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * The workbook-wide number the first cell format appended to a styles.xml gets (the number of
 * cell formats it has): a sheet's styles are numbered from it before they are appended.
 */
export function firstFreeCellFormat(stylesXml: string): number {
  const prefix = /<(\w+:)?styleSheet[\s>]/.exec(stylesXml)?.[1] ?? '';
  const found = section(stylesXml, prefix, 'cellXfs', 'xf');
  return found && !found.selfClosing ? found.count : 0;
}

/**
 * Appends the book's styles to a styles.xml; returns the new XML and the workbook-wide cell
 * format index of each sheet-local style (from firstFreeCellFormat, in the book's order).
 */
export function mergeStyles(
  stylesXml: string,
  book: StyleBook,
): { xml: string; xfIndex: number[] } {
  const prefix = /<(\w+:)?styleSheet[\s>]/.exec(stylesXml)?.[1] ?? '';
  const baseFont = /<(?:\w+:)?font(?=[\s>])[\s\S]*?<\/(?:\w+:)?font>/.exec(stylesXml)?.[0] ?? '';
  const fontName = /<(?:\w+:)?name\s+val="([^"]+)"/.exec(baseFont)?.[1] ?? 'Calibri';
  const baseSize = Number(/<(?:\w+:)?sz\s+val="([\d.]+)"/.exec(baseFont)?.[1] ?? '11');
  const p = prefix;

  const usedIds = [...stylesXml.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const dateFmtId = Math.max(163, ...usedIds) + 1;
  let xml = append(
    stylesXml,
    p,
    'numFmts',
    'numFmt',
    [`<${p}numFmt numFmtId="${dateFmtId}" formatCode="yyyy\\-mm\\-dd"/>`],
    after('numFmts'),
  ).xml;

  const fontKeys = Object.keys(FONTS) as FontKey[];
  const fonts = fontKeys.map((key) => {
    const f = FONTS[key];
    return (
      `<${p}font>${f.bold ? `<${p}b/>` : ''}${f.italic ? `<${p}i/>` : ''}${f.underline ? `<${p}u/>` : ''}` +
      `<${p}sz val="${f.size ?? baseSize}"/>${f.color ? `<${p}color rgb="FF${f.color}"/>` : ''}` +
      `<${p}name val="${escapeXml(fontName)}"/></${p}font>`
    );
  });
  const fontResult = append(xml, p, 'fonts', 'font', fonts, after('fonts'));
  xml = fontResult.xml;

  const fillKeys = Object.keys(FILLS) as Exclude<FillKey, 'none'>[];
  const fills = fillKeys.map(
    (key) =>
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${FILLS[key]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
  );
  const fillResult = append(xml, p, 'fills', 'fill', fills, after('fills'));
  xml = fillResult.xml;

  const border = `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom style="thin"><${p}color rgb="FF7F7F7F"/></${p}bottom><${p}diagonal/></${p}border>`;
  const borderResult = append(xml, p, 'borders', 'border', [border], after('borders'));
  xml = borderResult.xml;

  const xfs = book.all.map((style) => {
    const fontId = fontResult.offset + fontKeys.indexOf(style.font);
    const fillId = style.fill === 'none' ? 0 : fillResult.offset + fillKeys.indexOf(style.fill);
    const borderId = style.underline ? borderResult.offset : 0;
    const numFmtId = style.date ? dateFmtId : 0;
    const alignment = `<${p}alignment vertical="top"${style.wrap ? ' wrapText="1"' : ''}/>`;
    return (
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</${p}xf>`
    );
  });
  const xfResult = append(xml, p, 'cellXfs', 'xf', xfs, after('cellXfs'));
  return { xml: xfResult.xml, xfIndex: book.all.map((_, i) => xfResult.offset + i) };
}
