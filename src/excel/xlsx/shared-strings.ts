/**
 * The shared string table (`xl/sharedStrings.xml`): each `<si>` as the text Excel shows, its
 * rich-text runs joined, its phonetic guide (`<rPh>`) left out, `_x000D_` escapes decoded.
 */
import { SaxesParser } from 'saxes';
import { PackageDamage } from './damage';

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
  /** The table is read to its end (a reader stops early only in a sheet). */
  readonly done = false;
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
