/**
 * The floor of reading a file with this adapter's libraries, for the benchmark: every part
 * inflated as the reader inflates it (zlib, streamed) and every XML part tokenized as the reader
 * tokenizes it (saxes, its text decoded the same way), and nothing else.
 */
import { promises as fs } from 'node:fs';
import { SaxesParser } from 'saxes';
import { Zip } from './zip';

/** Inflates and tokenizes every part of a package; returns the number of elements seen. */
export async function tokenizeEveryPart(path: string): Promise<number> {
  const zip = new Zip(await fs.readFile(path));
  let elements = 0;
  for (const entry of zip.entries) {
    const xml = /\.(xml|rels)$/i.test(entry.name);
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on('opentag', () => {
      elements += 1;
    });
    parser.on('text', () => undefined);
    parser.on('closetag', () => undefined);
    const decoder = new TextDecoder();
    for await (const chunk of zip.stream(entry, Number.MAX_SAFE_INTEGER)) {
      if (xml) parser.write(decoder.decode(chunk, { stream: true }));
    }
    if (xml) parser.write(decoder.decode()).close();
  }
  return elements;
}
