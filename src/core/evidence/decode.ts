/**
 * Bytes of an export to text. PowerShell writes many encodings: Windows PowerShell 5's
 * Out-File and `Export-Csv -Encoding Unicode` write UTF-16 LE with a BOM, `-Encoding UTF8`
 * UTF-8 with a BOM, `-Encoding Default` the ANSI code page (Windows-1252 on western
 * systems); PowerShell 7 writes UTF-8 without a BOM. Pure: TextDecoder only.
 */
import { PROBLEMS } from './messages';
import type { EvidenceProblem } from './types';

export type TextEncoding =
  | 'utf-8'
  | 'utf-8-bom'
  | 'utf-16le-bom'
  | 'utf-16le'
  | 'utf-16be-bom'
  | 'utf-16be'
  | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Windows-1252 for 0x80-0x9F; the five bytes it leaves undefined map to C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Windows-1252 text of bytes (every byte is a character, so this cannot fail). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + 8192);
    for (let i = start; i < end; i += 1) {
      const b = bytes[i];
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** UTF-16 text; big-endian bytes are swapped first, so only the always-present 'utf-16le' decoder is needed. */
function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  let data = bytes;
  if (bigEndian) {
    data = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      data[i] = bytes[i + 1];
      data[i + 1] = bytes[i];
    }
    if (bytes.length % 2 === 1) data[bytes.length - 1] = bytes[bytes.length - 1];
  }
  return new TextDecoder('utf-16le').decode(data);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM: text of ASCII characters has a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | undefined {
  const pairs = Math.min(bytes.length, 2048) >> 1;
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'be';
  return undefined;
}

/** True when text holds NULs or more than a few control characters: not an export. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65_536);
  let controls = 0;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) controls += 1;
  }
  return controls > Math.max(2, n * 0.01);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8-bom' };
    return { text: decodeWindows1252(bytes.subarray(3)), encoding: 'windows-1252' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le-bom' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be-bom' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 === 'le') return { text: decodeUtf16(bytes, false), encoding: 'utf-16le' };
  if (utf16 === 'be') return { text: decodeUtf16(bytes, true), encoding: 'utf-16be' };
  const text = decodeUtf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * The text of an export, or why it has none: 'empty', 'encoding' (binary), 'not-csv' (a
 * workbook). A leading BOM is removed.
 * @example (decodeExport(new Uint8Array([0xff, 0xfe, 0x41, 0])) as DecodedText).text === 'A'
 */
export function decodeExport(bytes: Uint8Array): DecodedText | EvidenceProblem {
  // PK\3\4: .xlsx (a zip); D0 CF 11 E0: .xls (OLE compound file).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return PROBLEMS.workbook();
  }
  const decoded = decodeBytes(bytes);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim().length === 0) return PROBLEMS.empty();
  if (looksBinary(text)) return PROBLEMS.binary();
  return { text, encoding: decoded.encoding };
}
