/**
 * What a file is when it is not an .xlsx package: told from its first bytes (and, for an OLE
 * compound file, its stream names; for a zip, its entry names), so the refusal can say what
 * the admin has and how to save it as .xlsx (refusals.ts words it).
 */
import { compoundFileNames } from './cfb';
import type { Zip } from './zip';

export type FileKind =
  | { readonly kind: 'empty' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'xls' }
  | { readonly kind: 'xls-old' }
  | { readonly kind: 'et' }
  | { readonly kind: 'qpw' }
  | { readonly kind: 'doc' }
  | { readonly kind: 'ppt' }
  | { readonly kind: 'ole' }
  | { readonly kind: 'xlsb' }
  | { readonly kind: 'ods' }
  | { readonly kind: 'ods-encrypted' }
  | { readonly kind: 'odf'; readonly what: string }
  | { readonly kind: 'numbers' }
  | { readonly kind: 'docx' }
  | { readonly kind: 'pptx' }
  | { readonly kind: 'vsdx' }
  | { readonly kind: 'office-package' }
  | { readonly kind: 'zip-holding'; readonly inner: string }
  | { readonly kind: 'zip' }
  | { readonly kind: 'html' }
  | { readonly kind: 'xml-spreadsheet' }
  | { readonly kind: 'fods' }
  | { readonly kind: 'xml' }
  | { readonly kind: 'sylk' }
  | { readonly kind: 'dif' }
  | { readonly kind: 'csv' }
  | { readonly kind: 'tab-text'; readonly unicode: boolean }
  | { readonly kind: 'text' }
  | { readonly kind: 'rtf' }
  | { readonly kind: 'pdf' }
  | { readonly kind: 'lotus' }
  | { readonly kind: 'quattro-dos' }
  | { readonly kind: 'dbf' }
  | { readonly kind: 'archive'; readonly format: string }
  | { readonly kind: 'unknown' };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGICS = [
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from([0x50, 0x4b, 0x05, 0x06]), // an empty zip
  Buffer.from([0x50, 0x4b, 0x07, 0x08]), // a spanned one
];

export function isZip(bytes: Buffer): boolean {
  return ZIP_MAGICS.some((magic) => bytes.subarray(0, 4).equals(magic));
}

/** Stream names written in a file whose directory cannot be followed (cut short, damaged). */
function namesInBytes(bytes: Buffer): string[] {
  const candidates = [
    'EncryptionInfo',
    'EncryptedPackage',
    'ETExtData',
    'NativeContent_MAIN',
    'Workbook',
  ];
  return candidates.filter((name) => bytes.includes(Buffer.from(name, 'utf16le')));
}

function compoundKind(bytes: Buffer): FileKind {
  const listed = compoundFileNames(bytes);
  const names = new Set(
    (listed.length > 0 ? listed : namesInBytes(bytes)).map((n) => n.toLowerCase()),
  );
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return { kind: 'encrypted' };
  if (names.has('etextdata')) return { kind: 'et' };
  if (names.has('nativecontent_main')) return { kind: 'qpw' };
  if (names.has('workbook') || names.has('book')) return { kind: 'xls' };
  if (names.has('worddocument')) return { kind: 'doc' };
  if (names.has('powerpoint document')) return { kind: 'ppt' };
  return { kind: 'ole' };
}

const DBF_VERSIONS = new Set([
  0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8b, 0xcb, 0xf5, 0xfb,
]);

/** A dBase header: version byte, a plausible last-update date, header and record lengths. */
function isDbf(bytes: Buffer): boolean {
  if (bytes.length < 65 || !DBF_VERSIONS.has(bytes[0])) return false;
  const [month, day] = [bytes[2], bytes[3]];
  const headerLength = bytes.readUInt16LE(8);
  const recordLength = bytes.readUInt16LE(10);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (headerLength < 65 || headerLength > bytes.length || recordLength < 2) return false;
  return bytes.subarray(32, headerLength).includes(0x0d);
}

function binaryKind(bytes: Buffer): FileKind | undefined {
  if (bytes.length >= 6 && bytes.readUInt16LE(0) === 0 && bytes.readUInt16LE(2) === 2) {
    const version = bytes.readUInt16LE(4);
    if (version >= 0x0404 && version <= 0x0406) return { kind: 'lotus' };
    if (version >= 0x5120 && version <= 0x5122) return { kind: 'quattro-dos' };
  }
  if (bytes.length >= 6 && bytes.readUInt16LE(0) === 0 && bytes.readUInt16LE(2) === 0x1a)
    return { kind: 'lotus' };
  // An Excel 2.x-5.0 file on its own (not in an OLE container): a BOF record first.
  if (bytes.length >= 8 && [0x0009, 0x0209, 0x0409, 0x0809].includes(bytes.readUInt16LE(0))) {
    const length = bytes.readUInt16LE(2);
    if (length >= 4 && length <= 20) return { kind: 'xls-old' };
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { kind: 'archive', format: 'gzip' };
  if (bytes.subarray(0, 6).equals(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])))
    return { kind: 'archive', format: '7-Zip' };
  if (bytes.subarray(0, 4).toString('latin1') === 'Rar!') return { kind: 'archive', format: 'RAR' };
  if (isDbf(bytes)) return { kind: 'dbf' };
  return undefined;
}

function textKind(text: string, unicode: boolean): FileKind {
  const head = text.replace(/^\ufeff/, '').trimStart();
  const lower = head.slice(0, 4096).toLowerCase();
  if (lower.startsWith('{\\rtf')) return { kind: 'rtf' };
  if (lower.startsWith('%pdf')) return { kind: 'pdf' };
  if (lower.startsWith('<')) {
    if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet') && !lower.includes('<html'))
      return { kind: 'xml-spreadsheet' };
    if (/<(!doctype html|html|head|body|table|meta)[\s>]/.test(lower)) return { kind: 'html' };
    if (lower.includes('urn:oasis:names:tc:opendocument')) return { kind: 'fods' };
    return { kind: 'xml' };
  }
  if (/^id;p/.test(lower)) return { kind: 'sylk' };
  if (/^table\r?\n0,1\r?\n/.test(lower)) return { kind: 'dif' };
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes('\t') && /\n/.test(head)) return { kind: 'tab-text', unicode };
  if (/[,;]/.test(firstLine) && /\n/.test(head)) return { kind: 'csv' };
  return { kind: 'text' };
}

/** What a file that is not a zip package is. */
export function kindOfBytes(bytes: Buffer): FileKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) return compoundKind(bytes);
  const binary = binaryKind(bytes);
  if (binary) return binary;
  const head = bytes.subarray(0, 64 * 1024);
  if (head[0] === 0xff && head[1] === 0xfe)
    return textKind(new TextDecoder('utf-16le').decode(head), true);
  if (head[0] === 0xfe && head[1] === 0xff)
    return textKind(new TextDecoder('utf-16be').decode(head), true);
  if (head.includes(0)) return { kind: 'unknown' };
  return textKind(head.toString('utf8'), false);
}

const OPEN_DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  text: 'text document (.odt)',
  presentation: 'presentation (.odp)',
  graphics: 'drawing (.odg)',
  chart: 'chart (.odc)',
  formula: 'formula (.odf)',
  database: 'database (.odb)',
};

function openDocumentKind(zip: Zip): FileKind | undefined {
  const entry = zip.entry('mimetype');
  if (!entry) return undefined;
  let mimetype = '';
  try {
    mimetype = zip.read(entry, 1024).toString('latin1').trim();
  } catch {
    return undefined;
  }
  const match = /^application\/vnd\.oasis\.opendocument\.([\w-]+)/.exec(mimetype);
  if (!match) return undefined;
  if (match[1].startsWith('spreadsheet')) {
    const manifest = zip.entry('META-INF/manifest.xml');
    let encrypted = false;
    try {
      encrypted = manifest ? zip.read(manifest).includes('encryption-data') : false;
    } catch {
      encrypted = false;
    }
    return { kind: encrypted ? 'ods-encrypted' : 'ods' };
  }
  return { kind: 'odf', what: OPEN_DOCUMENT_TYPES[match[1]] ?? 'document' };
}

/** What a zip file that holds no workbook part is. */
export function kindOfZip(zip: Zip): FileKind {
  const names = zip.entries.map((e) => e.name);
  const has = (pattern: RegExp) => names.some((n) => pattern.test(n));
  const openDocument = openDocumentKind(zip);
  if (openDocument) return openDocument;
  if (has(/(^|\/)workbook\.bin$/i)) return { kind: 'xlsb' };
  if (has(/(^|\/)Index\/Document\.iwa$/) || has(/(^|\/)Index\.zip$/) || has(/\.numbers\//i))
    return { kind: 'numbers' };
  if (has(/^word\//)) return { kind: 'docx' };
  if (has(/^ppt\//)) return { kind: 'pptx' };
  if (has(/^visio\//)) return { kind: 'vsdx' };
  if (zip.has('[Content_Types].xml')) return { kind: 'office-package' };
  const inner = names.find((n) => /\.(xlsx|xlsm|xls|xlsb|ods|numbers|csv)$/i.test(n));
  if (inner) return { kind: 'zip-holding', inner: inner.split('/').pop() ?? inner };
  return { kind: 'zip' };
}
