/**
 * Payload sizes. Excel on the web refuses a request or a response over 5 MB; the adapter
 * aims at 4 MB per sync and never more than 5 million cells per read. A request is not only
 * its values: Office.js sends every object the batch creates (a range, a cell, a format) as
 * an object path, and every property set or method call as an action, each a JSON record
 * (`{"Id":…,"ObjectPathType":…,"Name":…,"ParentObjectPathId":…,"ArgumentInfo":{…}}`, and an
 * action that instantiates it), as Microsoft's "Payload size limit best practices" says: the
 * size combines the number of API calls, the number of objects and the values.
 */

/** Request bytes of one object path with its instantiating action, rounded up. */
export const PATH_BYTES = 200;
/** Request bytes of one action (a property set, a method call), besides its value. */
export const ACTION_BYTES = 120;

/** Bytes of values per sync the adapter aims at: well under Excel's 5 MB limit. */
export const TARGET_BYTES = 4_000_000;
/**
 * What a chunk may stretch to (90% of the limit) when that saves a whole sync: the rest of
 * a read then goes in fewer, evenly sized chunks.
 */
export const STRETCH_BYTES = 4_500_000;

/**
 * Bytes per chunk for `remaining` bytes: TARGET_BYTES, or the even share of fewer chunks
 * when chunks of up to STRETCH_BYTES need fewer syncs.
 */
export function chunkBytes(remaining: number): number {
  const usual = Math.ceil(remaining / TARGET_BYTES);
  const fewer = Math.ceil(remaining / STRETCH_BYTES);
  if (fewer >= usual) return TARGET_BYTES;
  // A little slack so that rounding rows down leaves no sliver for one more sync.
  return Math.min(STRETCH_BYTES, (remaining / fewer) * 1.02);
}
/** Rows [start, end) sent in one sync. */
export type Block = readonly [number, number];

/**
 * Splits `count` rows into blocks of about `target` bytes of request each: `fixed` bytes for
 * what every block sends besides its rows (ranges, actions), `rowBytes(i)` for row i. A block
 * holds at least one row, so a row over the target goes alone.
 */
export function rowBlocks(
  count: number,
  rowBytes: (row: number) => number,
  fixed: number,
  target = TARGET_BYTES,
): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let bytes = fixed;
  for (let r = 0; r < count; r += 1) {
    const row = rowBytes(r);
    if (r > start && bytes + row > target) {
      blocks.push([start, r]);
      start = r;
      bytes = fixed;
    }
    bytes += row;
  }
  if (count > start) blocks.push([start, count]);
  return blocks;
}

/** Cells per read, at most. */
export const MAX_CELLS = 5_000_000;
/** Below this many rows a chunk that still fails is given up on. */
export const MIN_ROWS = 100;

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value serialized as JSON, as it travels between the add-in and Excel. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
