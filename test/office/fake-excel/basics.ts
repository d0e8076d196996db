/**
 * The fake's plumbing: Office-style errors, A1 addresses (whole rows and columns included),
 * and payload sizes. Browser-safe: no Node APIs.
 */

/** An error as Office.js rejects with: `code` names the problem. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading it, call load() and context.sync().`,
  );
}

export function notFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based and inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function letters(column: number): string {
  let n = column + 1;
  let text = '';
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The box spans whole columns (every row) or whole rows (every column). */
export function isUnbounded(box: Box): boolean {
  return (
    (box.top === 0 && box.bottom === MAX_ROWS - 1) ||
    (box.left === 0 && box.right === MAX_COLUMNS - 1)
  );
}

/**
 * `A1`, `B2:C3` of a box; a box of whole rows or columns as Excel writes it: `A:D`, `1:5`
 * (a used range that reaches row 1,048,576 or column XFD comes back so).
 */
export function boxAddress(box: Box): string {
  if (box.left === 0 && box.right === MAX_COLUMNS - 1) return `${box.top + 1}:${box.bottom + 1}`;
  if (box.top === 0 && box.bottom === MAX_ROWS - 1)
    return `${letters(box.left)}:${letters(box.right)}`;
  const first = `${letters(box.left)}${box.top + 1}`;
  if (box.top === box.bottom && box.left === box.right) return first;
  return `${first}:${letters(box.right)}${box.bottom + 1}`;
}

/** A sheet name as Excel writes it in an address: quoted unless plain. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses `A1`, `A1:B2`, `A:C`, `2:5`, optionally after `Sheet!`; returns the box and sheet. */
export function parseBox(address: string): { sheet?: string; box: Box } {
  let sheet: string | undefined;
  let cells = address.trim();
  const bang = cells.lastIndexOf('!');
  if (bang >= 0) {
    const raw = cells.slice(0, bang);
    sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    cells = cells.slice(bang + 1);
  }
  const [from, to = from] = cells.split(':');
  const a = PART.exec(from ?? '');
  const b = PART.exec(to);
  if (!a || !b || (a[1] === '' && a[2] === '') || (b[1] === '' && b[2] === ''))
    throw new FakeOfficeError('InvalidArgument', `Not an address: ${address}`);
  const wholeRows = a[1] === '' && b[1] === '';
  const wholeColumns = a[2] === '' && b[2] === '';
  const box: Box = {
    top: wholeColumns ? 0 : Math.min(Number(a[2]), Number(b[2])) - 1,
    bottom: wholeColumns ? MAX_ROWS - 1 : Math.max(Number(a[2]), Number(b[2])) - 1,
    left: wholeRows ? 0 : Math.min(columnIndex(a[1]), columnIndex(b[1])),
    right: wholeRows ? MAX_COLUMNS - 1 : Math.max(columnIndex(a[1]), columnIndex(b[1])),
  };
  if (box.top < 0 || box.left < 0 || box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS)
    throw new FakeOfficeError('InvalidArgument', `Address out of the sheet: ${address}`);
  return sheet === undefined ? { box } : { sheet, box };
}

export function intersect(a: Box, b: Box): Box | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top > box.bottom || box.left > box.right ? null : box;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** UTF-8 bytes of a value's JSON: what travels between an add-in and Excel. */
export function jsonSize(value: unknown): number {
  return ENCODER.encode(JSON.stringify(value) ?? '').length;
}

const ENCODER = new TextEncoder();

/** Property names of a load() argument: `'a,b'`, `['a']`, `{ select: 'a' }`; `items/` dropped. */
export function loadNames(argument: unknown): string[] {
  let raw: unknown = argument;
  if (raw && typeof raw === 'object' && !Array.isArray(raw))
    raw = (raw as { select?: unknown }).select ?? '';
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(',') : [];
  return list.map((p) => p.trim().replace(/^items\//, '')).filter((p) => p !== '');
}

/** `version` (`1.13`) is at most `highest`. */
export function versionAtMost(version: string, highest: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = highest.split('.').map(Number);
  return a < x || (a === x && b <= y);
}
