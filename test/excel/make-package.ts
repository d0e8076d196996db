/**
 * Small packages made for the tests, the way other producers write them: parts under any name
 * (the relationships say which is which), Strict or Transitional namespaces, prefixed elements,
 * inline or shared strings; and the ways files get damaged (cut short, a flipped bit, a wrong
 * checksum). Made with JSZip and by hand, never with the code under test.
 */
import JSZip from 'jszip';
import { columnLetters } from '../../src/excel/shared';

export const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
export const STRICT = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export type Cell = string | number | boolean | null;

/** A small register with findings: a server, two User CALs bought, three assigned, one left. */
export const PURCHASES: Cell[][] = [
  ['Licence', 'Quantity', 'Purchase date', 'Invoice number', 'Order number'],
  ['Exchange Server 2019 Standard', 1, '2024-03-01', 'INV-100', 'PO-7'],
  ['Exchange Server 2019 Standard User CAL', 2, '2024-03-01', 'INV-100', 'PO-7'],
];
export const ASSIGNMENTS: Cell[][] = [
  ['Licence', 'Assigned to', 'Account', 'Device', 'Assigned on', 'Status'],
  [
    'Exchange Server 2019 Standard User CAL',
    'Ada Lovelace',
    'ada@contoso.example',
    null,
    '2024-03-05',
    'Active',
  ],
  [
    'Exchange Server 2019 Standard User CAL',
    'Alan Turing',
    'alan@contoso.example',
    null,
    '2024-03-05',
    'Left',
  ],
  [
    'Exchange Server 2019 Standard User CAL',
    'Grace Hopper',
    'grace@contoso.example',
    'PC-042',
    45383,
    'Active',
  ],
];

export interface SheetSpec {
  readonly name: string;
  /** Path of the worksheet part: any name; the relationships point at it. */
  readonly part: string;
  readonly rows: readonly (readonly Cell[])[];
  /** Raw XML inserted into sheetData after the rows (or replacing them, with `xml`). */
  readonly xml?: string;
  /** Raw XML after sheetData (merged ranges, ...). */
  readonly after?: string;
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly strict?: boolean;
  /** Prefix of every SpreadsheetML element (`x` writes `<x:worksheet>`); none by default. */
  readonly prefix?: string;
  /** Prefix of the relationships namespace in the workbook (`r` by default). */
  readonly relPrefix?: string;
  /** Strings as shared strings (`t="s"`) rather than inline. */
  readonly shared?: boolean;
  readonly workbookPart?: string;
  readonly date1904?: boolean;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common += 1;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The parts of a package, by name, as text. */
export function packageParts(spec: PackageSpec): Map<string, string> {
  const ns = spec.strict ? STRICT : TRANSITIONAL;
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const r = spec.relPrefix ?? 'r';
  const workbookPart = spec.workbookPart ?? 'xl/workbook.xml';
  const strings: string[] = [];
  const stringIndex = (text: string) => {
    const at = strings.indexOf(text);
    if (at >= 0) return at;
    strings.push(text);
    return strings.length - 1;
  };
  const parts = new Map<string, string>();
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  const sheetElements: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((value, c) => {
            const ref = `${columnLetters(c + 1)}${r + 1}`;
            if (value === null) return '';
            if (typeof value === 'number')
              return `<${p}c r="${ref}"><${p}v>${value}</${p}v></${p}c>`;
            if (typeof value === 'boolean')
              return `<${p}c r="${ref}" t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
            if (spec.shared)
              return `<${p}c r="${ref}" t="s"><${p}v>${stringIndex(value)}</${p}v></${p}c>`;
            return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escape(value)}</${p}t></${p}is></${p}c>`;
          })
          .join('');
        return `<${p}row r="${r + 1}">${cells}</${p}row>`;
      })
      .join('');
    parts.set(
      sheet.part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}><${p}sheetData>${rows}${sheet.xml ?? ''}</${p}sheetData>${sheet.after ?? ''}</${p}worksheet>`,
    );
    overrides.push(`<Override PartName="/${sheet.part}" ContentType="${CT_SHEET}"/>`);
    workbookRels.push(
      `<Relationship Id="rId${i + 1}" Type="${ns.rel}/worksheet" Target="${relative(workbookPart, sheet.part)}"/>`,
    );
    sheetElements.push(
      `<${p}sheet name="${escape(sheet.name)}" sheetId="${i + 1}" ${r}:id="rId${i + 1}"/>`,
    );
  });
  if (spec.shared) {
    const items = strings.map((s) => `<${p}si><${p}t>${escape(s)}</${p}t></${p}si>`).join('');
    parts.set(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${xmlns} count="${strings.length}" uniqueCount="${strings.length}">${items}</${p}sst>`,
    );
    workbookRels.push(
      `<Relationship Id="rIdStrings" Type="${ns.rel}/sharedStrings" Target="${relative(workbookPart, 'xl/sharedStrings.xml')}"/>`,
    );
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
  }
  const workbookPr = spec.date1904 ? `<${p}workbookPr date1904="1"/>` : '';
  parts.set(
    workbookPart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${xmlns} xmlns:${r}="${ns.rel}">${workbookPr}<${p}sheets>${sheetElements.join('')}</${p}sheets></${p}workbook>`,
  );
  parts.set(
    relsOf(workbookPart),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}">${workbookRels.join('')}</Relationships>`,
  );
  parts.set(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${ns.rel}/officeDocument" Target="${workbookPart}"/></Relationships>`,
  );
  parts.set(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join('')}</Types>`,
  );
  return parts;
}

/** A zip of the given parts, in order, deflated. */
export async function zipOf(parts: ReadonlyMap<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The register as a package: Purchases and Assignments, as the spec writes them. */
export async function registerPackage(
  options: Omit<PackageSpec, 'sheets'> & { parts?: [string, string] } = {},
): Promise<Buffer> {
  const [purchases, assignments] = options.parts ?? [
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
  ];
  return zipOf(
    packageParts({
      ...options,
      sheets: [
        { name: 'Purchases', part: purchases, rows: PURCHASES },
        { name: 'Assignments', part: assignments, rows: ASSIGNMENTS },
      ],
    }),
  );
}

// ---- damage, by hand on the zip's bytes ---------------------------------------------------

interface Located {
  readonly name: string;
  /** Offset of the central directory entry. */
  readonly central: number;
  /** Offset of the compressed data. */
  readonly data: number;
  readonly compressedSize: number;
}

/** The entries of a zip's central directory, in order (found from its end record). */
function directory(zip: Buffer): Located[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip');
  const entries: Located[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      central: at,
      data: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
      compressedSize: zip.readUInt32LE(at + 20),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The names in a zip's directory, in order. */
export function partNames(zip: Buffer): string[] {
  return directory(zip).map((e) => e.name);
}

/** Where a part's directory entry and data are in a zip. */
export function locate(zip: Buffer, name: string): Located {
  const found = directory(zip).find((e) => e.name === name);
  if (!found) throw new Error(`no part ${name} in the zip`);
  return found;
}

/** A copy with `count` bytes flipped in the middle of a part's compressed data. */
export function flipBytes(zip: Buffer, name: string, count = 8): Buffer {
  const copy = Buffer.from(zip);
  const { data, compressedSize } = locate(copy, name);
  const middle = data + Math.floor(compressedSize / 2);
  for (let i = 0; i < count && middle + i < data + compressedSize; i += 1) copy[middle + i] ^= 0xff;
  return copy;
}

/** A copy whose directory gives a part another CRC-32 (its bytes unchanged). */
export function wrongChecksum(zip: Buffer, name: string): Buffer {
  const copy = Buffer.from(zip);
  const { central } = locate(copy, name);
  copy.writeUInt32LE((copy.readUInt32LE(central + 16) ^ 0x5a5a5a5a) >>> 0, central + 16);
  return copy;
}

/** A copy whose directory says a part is smaller than it inflates to. */
export function wrongSize(zip: Buffer, name: string): Buffer {
  const copy = Buffer.from(zip);
  const { central } = locate(copy, name);
  copy.writeUInt32LE(Math.max(1, copy.readUInt32LE(central + 24) - 10), central + 24);
  return copy;
}

// ---- OLE compound files ---------------------------------------------------------------------

/** A minimal OLE compound file (version 3) whose directory lists these streams (all empty). */
export function compoundFile(streams: readonly string[]): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  const entries = ['Root Entry', ...streams];
  const directorySectors = Math.ceil(entries.length / 4);
  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // the FAT sector itself
  for (let s = 0; s < directorySectors; s += 1)
    fat.writeUInt32LE(s === directorySectors - 1 ? END : s + 2, 4 * (s + 1));
  const directory = Buffer.alloc(directorySectors * SECTOR);
  entries.forEach((name, i) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2;
    directory.writeUInt32LE(FREE, at + 0x44);
    directory.writeUInt32LE(FREE, at + 0x48);
    directory.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : FREE, at + 0x4c);
    directory.writeUInt32LE(END, at + 0x74);
  });
  return Buffer.concat([header, fat, directory]);
}
