/**
 * The audit sheet's requests, sized before they are sent: rows in blocks and styles in groups
 * of about TARGET_BYTES each, counted as Office.js builds a request (payload.ts).
 */
import { FONTS, type OfficeGrid, type StyleArea } from './audit-grid';
import {
  ACTION_BYTES,
  jsonBytes,
  PATH_BYTES,
  rowBlocks,
  TARGET_BYTES,
  type Block,
} from './payload';

/** Excel keeps at most 65,530 hyperlinks on a sheet; the Where column says the rest. */
export const MAX_LINKS = 65_000;

/** Request bytes of one hyperlink: the cell's object path, the action and its value. */
export function linkBytes(link: { location: string; display: string }): number {
  return (
    PATH_BYTES +
    ACTION_BYTES +
    jsonBytes({ documentReference: link.location, textToDisplay: link.display })
  );
}

/** Request bytes of a block of rows besides the rows: its range, and the two writes. */
const BLOCK_BYTES = 2 * PATH_BYTES + 2 * ACTION_BYTES;

/** Splits the rows into blocks of about `target` bytes of request each, links included. */
export function planBlocks(layout: OfficeGrid, target = TARGET_BYTES): Block[] {
  const extra = new Map<number, number>();
  layout.links.slice(0, MAX_LINKS).forEach((l) => {
    extra.set(l.row, (extra.get(l.row) ?? 0) + linkBytes(l));
  });
  // A row's values and formats, with the comma and brackets JSON puts around each.
  const rowBytes = (r: number) =>
    jsonBytes(layout.values[r]) + jsonBytes(layout.formats[r]) + (extra.get(r) ?? 0) + 4;
  const blocks = rowBlocks(layout.values.length, rowBytes, BLOCK_BYTES, target);
  return blocks.length > 0 ? blocks : [[0, 0]];
}

/**
 * Request bytes of one style area: its range, the format, font, fill and border objects,
 * and a property set for each part of the style.
 */
export function styleBytes(area: StyleArea): number {
  const font = FONTS[area.style.font];
  const sets =
    [font.bold, font.italic, font.size, font.color, font.underline].filter(Boolean).length +
    (area.style.fill !== 'none' ? 1 : 0) +
    (area.style.wrap ? 1 : 0) +
    (area.style.underline ? 2 : 0);
  return 5 * PATH_BYTES + sets * (ACTION_BYTES + 16);
}

/** The style areas in groups of about `target` bytes of request each. */
export function planStyles(styles: readonly StyleArea[], target = TARGET_BYTES): StyleArea[][] {
  const groups: StyleArea[][] = [];
  let group: StyleArea[] = [];
  let bytes = 0;
  for (const area of styles) {
    const size = styleBytes(area);
    if (group.length > 0 && bytes + size > target) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(area);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Clears the add-in's sheet, or adds a new one (its id loaded, to record it). */
