/**
 * The small XML parts of a package (relationships, the workbook, tables) as lists of elements,
 * tokenized by saxes: a prefixed part (`<x:sheet>`) reads as a plain one, a relationship id is
 * found whatever prefix its namespace has (Transitional or Strict), and a part that is not
 * well-formed, or declares a DTD, is refused.
 */
import { SaxesParser } from 'saxes';
import { PackageDamage } from './damage';

/** The relationships namespace of Transitional and of Strict OOXML. */
export const REL_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

export interface XmlElement {
  /** The local name: `sheet` for `<x:sheet>` as for `<sheet>`. */
  readonly name: string;
  readonly ns: string;
  readonly depth: number;
  /** Attributes without a namespace, by name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The `r:id` attribute, in either relationships namespace. */
  readonly relId?: string;
}

/** A part's encoding, from its byte order mark (XML parts are UTF-8 unless marked). */
export function encodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The text of a whole part. */
export function textOf(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}

/** Every element of a part, in document order. */
export function elementsOf(bytes: Uint8Array, part: string): XmlElement[] {
  const found: XmlElement[] = [];
  // Namespaces resolved here rather than by saxes, leniently: an `x:id` whose prefix is not
  // declared in scope (some writers declare it on a sibling) is still the relationship id.
  const scopes: Map<string, string>[] = [
    new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]),
  ];
  const uriOf = (prefix: string): string | undefined => {
    for (let i = scopes.length - 1; i >= 0; i -= 1) {
      const uri = scopes[i].get(prefix);
      if (uri !== undefined) return uri;
    }
    return undefined;
  };
  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    throw new PackageDamage('dtd', part);
  });
  parser.on('error', () => {
    throw new PackageDamage('xml', part, parser.line);
  });
  parser.on('opentag', (tag) => {
    const scope = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
    scopes.push(scope);
    const attributes: Record<string, string> = {};
    let relId: string | undefined;
    for (const [name, value] of Object.entries(tag.attributes)) {
      const colon = name.indexOf(':');
      if (colon < 0) {
        if (name !== 'xmlns') attributes[name] = value;
        continue;
      }
      const prefix = name.slice(0, colon);
      if (prefix === 'xmlns' || name.slice(colon + 1) !== 'id') continue;
      const uri = uriOf(prefix);
      if (uri === undefined || REL_NAMESPACES.has(uri)) relId = value;
    }
    const colon = tag.name.indexOf(':');
    found.push({
      name: colon < 0 ? tag.name : tag.name.slice(colon + 1),
      ns: uriOf(colon < 0 ? '' : tag.name.slice(0, colon)) ?? '',
      depth: scopes.length - 2,
      attributes,
      ...(relId !== undefined ? { relId } : {}),
    });
  });
  parser.on('closetag', () => {
    scopes.pop();
  });
  parser.write(textOf(bytes)).close();
  return found;
}
