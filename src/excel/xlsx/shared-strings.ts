/**
 * The shared string table (`xl/sharedStrings.xml`): each `<si>` as the text Excel shows, its
 * rich-text runs joined, its phonetic guide (`<rPh>`) left out, `_x000D_` escapes decoded.
 *
 * A workbook's table holds the strings of every sheet, and the register needs only its own:
 * the part is inflated whole (and checked against its CRC), the start of each item found by a
 * byte search, and an item decoded only when a cell of the register refers to it. A table with
 * comments, CDATA sections or a DTD (which no Excel writes) is tokenized in full by saxes.
 */
import { SaxesParser } from 'saxes';
import { PackageDamage } from './damage';
import { encodingOf, textOf } from './xml-parts';
import type { Zip, ZipEntry } from './zip';

export interface SharedStrings {
  /** The string at a 0-based index; undefined past the table's end. */
  at(index: number): string | undefined;
}

export const NO_STRINGS: SharedStrings = { at: () => undefined };

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` an underscore. */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Collects the table from the part's text, written to it in pieces. */
export class SharedStringsParser implements SharedStrings {
  private readonly strings: string[] = [];
  private readonly parser = new SaxesParser({ xmlns: false, position: false });
  private inItem = false;
  private inText = false;
  private phonetic = 0;
  private text = '';

  constructor(part: string) {
    const parser = this.parser;
    parser.on('doctype', () => {
      throw new PackageDamage('dtd', part);
    });
    parser.on('error', () => {
      throw new PackageDamage('xml', part);
    });
    parser.on('opentag', (tag) => {
      switch (localName(tag.name)) {
        case 'si':
          this.inItem = true;
          this.text = '';
          break;
        case 't':
          this.inText = this.inItem && this.phonetic === 0;
          break;
        case 'rPh':
          this.phonetic += 1;
          break;
      }
    });
    parser.on('closetag', (tag) => {
      switch (localName(tag.name)) {
        case 'si':
          this.strings.push(decodeEscapes(this.text));
          this.inItem = false;
          break;
        case 't':
          this.inText = false;
          break;
        case 'rPh':
          this.phonetic -= 1;
          break;
      }
    });
    const onText = (text: string) => {
      if (this.inText) this.text += text;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
  }

  at(index: number): string | undefined {
    return this.strings[index];
  }
}

/** The largest table read (inflated, it is held in memory while the sheets are read). */
export const MAX_SHARED_STRINGS_BYTES = 1024 ** 3;

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED[entity];
    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const SIMPLE_ITEM =
  /^<(?:[\w.-]+:)?si>\s*<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?t>\s*<\/(?:[\w.-]+:)?si>/;
const PHONETIC = /<((?:[\w.-]+:)?rPh)[\s>][\s\S]*?<\/\1>/g;
const TEXT = /<((?:[\w.-]+:)?t)(?:\s[^>]*)?(?:\/>|>([^<]*)<\/\1>)/g;

/** The text of one `<si>` item's XML, as a parser gives it. */
function itemText(xml: string): string {
  const simple = SIMPLE_ITEM.exec(xml);
  let text: string;
  if (simple) {
    text = simple[1];
  } else {
    text = '';
    for (const match of xml.replace(PHONETIC, '').matchAll(TEXT)) text += match[2] ?? '';
  }
  if (text.includes('&')) text = decodeEntities(text);
  // XML reads a line end written \r\n or \r as \n.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return decodeEscapes(text);
}

/** The table's items found by byte search in the inflated part, decoded when asked for. */
class IndexedSharedStrings implements SharedStrings {
  private readonly starts: number[] = [];
  private readonly decoded: (string | undefined)[] = [];

  constructor(private readonly bytes: Buffer) {
    // The items' tag, with the prefix the table's root element has (`<x:sst>`: `<x:si`).
    const root = /<([\w.-]+:)?sst[\s>]/.exec(bytes.toString('latin1', 0, 4096));
    const needle = Buffer.from(`<${root?.[1] ?? ''}si`, 'latin1');
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
      const next = bytes[at + needle.length];
      // `<si>`, `<si/>`, `<si attr...>`: not `<sizes>` or the like.
      if (
        next === 0x3e ||
        next === 0x2f ||
        next === 0x20 ||
        next === 0x09 ||
        next === 0x0a ||
        next === 0x0d
      )
        this.starts.push(at);
    }
  }

  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.starts.length) return undefined;
    let text = this.decoded[index];
    if (text === undefined) {
      const end = index + 1 < this.starts.length ? this.starts[index + 1] : this.bytes.length;
      text = itemText(this.bytes.toString('utf8', this.starts[index], end));
      this.decoded[index] = text;
    }
    return text;
  }
}

/** Reads the table of a package: indexed, or (for an unusual part) tokenized in full. */
export function readSharedStrings(zip: Zip, entry: ZipEntry): SharedStrings {
  const bytes = zip.read(entry, MAX_SHARED_STRINGS_BYTES);
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8' && !bytes.includes('<!')) return new IndexedSharedStrings(bytes);
  const parser = new SharedStringsParser(entry.name);
  parser.write(textOf(bytes));
  parser.end();
  return parser;
}
