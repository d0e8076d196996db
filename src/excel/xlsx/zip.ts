/**
 * The zip container of an .xlsx package, read as Excel reads it: the central directory at the
 * end of the file says which parts there are and where; a part is inflated only when it is
 * needed, and as far as it is needed (the first rows of a sheet, or all of it, streamed).
 * Every part read to its end is checked against its size and CRC-32, so a damaged part is
 * refused rather than read as something else. Inflating is Node's zlib (native, and in the
 * streaming case on a worker thread, beside the XML tokenizer on the main one).
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import { PackageDamage } from './damage';

export interface ZipEntry {
  /** The name as stored, with `/` separators. */
  readonly name: string;
  /** The raw name bytes and their flag (bit 11: UTF-8), copied as they are. */
  readonly rawName: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly versionMadeBy: number;
  readonly externalAttributes: number;
}

/** Sizes past which a package is refused rather than read (see PackageDamage 'too-large'). */
export const LIMITS = {
  /** A part read whole into memory (the workbook, relationships, styles, tables). */
  smallPart: 256 * 1024 * 1024,
  /** A part streamed (a worksheet, the shared strings). */
  streamedPart: 4 * 1024 * 1024 * 1024,
  entries: 1_000_000,
};

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;
const CHUNK = 256 * 1024;

function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (bytes.readUInt32LE(at) === SIG_END && at + 22 + bytes.readUInt16LE(at + 20) <= bytes.length)
      return at;
  }
  return -1;
}

/** A 64-bit size or offset as a number (safe up to 2^53, far past any file read here). */
function readUInt64(bytes: Buffer, at: number): number {
  return bytes.readUInt32LE(at) + bytes.readUInt32LE(at + 4) * 0x1_0000_0000;
}

export class Zip {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  /** Names of the parts read to their end and found sound (size and CRC-32). */
  readonly verified = new Set<ZipEntry>();

  constructor(readonly bytes: Buffer) {
    this.entries = Zip.centralDirectory(bytes);
    for (const entry of this.entries) {
      const key = Zip.key(entry.name);
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
  }

  /** Part names compare case-insensitively (OPC), with or without a leading slash. */
  private static key(name: string): string {
    return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  }

  private static centralDirectory(bytes: Buffer): ZipEntry[] {
    const end = findEnd(bytes);
    if (end < 0) throw new PackageDamage('truncated');
    let count = bytes.readUInt16LE(end + 10);
    let size = bytes.readUInt32LE(end + 12);
    let offset = bytes.readUInt32LE(end + 16);
    const locator = end - 20;
    if (locator >= 0 && bytes.readUInt32LE(locator) === SIG_END64_LOCATOR) {
      const at = readUInt64(bytes, locator + 8);
      if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== SIG_END64)
        throw new PackageDamage('structure');
      count = readUInt64(bytes, at + 32);
      size = readUInt64(bytes, at + 40);
      offset = readUInt64(bytes, at + 48);
    }
    if (count > LIMITS.entries) throw new PackageDamage('too-large');
    if (offset + size > bytes.length) throw new PackageDamage('truncated');
    const entries: ZipEntry[] = [];
    let at = offset;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== SIG_CENTRAL)
        throw new PackageDamage('structure');
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const commentLength = bytes.readUInt16LE(at + 32);
      const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
      let compressedSize = bytes.readUInt32LE(at + 20);
      let uncompressed = bytes.readUInt32LE(at + 24);
      let localOffset = bytes.readUInt32LE(at + 42);
      // Zip64: the sizes and offset that did not fit are in the extra field, in this order.
      const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length;) {
        const id = extra.readUInt16LE(e);
        const length = extra.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let p = e + 4;
          const next = (): number => {
            if (p + 8 > e + 4 + length) throw new PackageDamage('structure');
            const value = readUInt64(extra, p);
            p += 8;
            return value;
          };
          if (uncompressed === 0xffffffff) uncompressed = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localOffset === 0xffffffff) localOffset = next();
        }
        e += 4 + length;
      }
      const flags = bytes.readUInt16LE(at + 8);
      entries.push({
        name: rawName.toString(flags & 0x800 ? 'utf8' : 'latin1').replace(/\\/g, '/'),
        rawName,
        flags,
        method: bytes.readUInt16LE(at + 10),
        dosTime: bytes.readUInt16LE(at + 12),
        dosDate: bytes.readUInt16LE(at + 14),
        crc: bytes.readUInt32LE(at + 16),
        compressedSize,
        size: uncompressed,
        localOffset,
        versionMadeBy: bytes.readUInt16LE(at + 4),
        externalAttributes: bytes.readUInt32LE(at + 38),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** The entry of a part, by its name (case-insensitive). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(Zip.key(name));
  }

  has(name: string): boolean {
    return this.byName.has(Zip.key(name));
  }

  /** The compressed bytes of an entry, as they are in the file. */
  compressed(entry: ZipEntry): Buffer {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== SIG_LOCAL)
      throw new PackageDamage(at >= this.bytes.length ? 'truncated' : 'structure', entry.name);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new PackageDamage('truncated', entry.name);
    return this.bytes.subarray(start, end);
  }

  private check(entry: ZipEntry, limit: number): void {
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
      throw new PackageDamage('zip-encrypted', entry.name);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new PackageDamage('method', entry.name);
    if (entry.size > limit) throw new PackageDamage('too-large', entry.name, undefined, limit);
  }

  private verify(entry: ZipEntry, size: number, crc: number): void {
    if (size !== entry.size) throw new PackageDamage('size', entry.name);
    if (crc !== entry.crc) throw new PackageDamage('crc', entry.name);
    this.verified.add(entry);
  }

  /** A part in full, checked against its size and CRC-32. */
  read(entry: ZipEntry, limit = LIMITS.smallPart): Buffer {
    this.check(entry, limit);
    const data = this.compressed(entry);
    let out: Buffer;
    if (entry.method === STORED) {
      out = data;
    } else {
      try {
        // One byte more than declared: a part that inflates to more is damaged, not read.
        out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      } catch (error) {
        throw new PackageDamage(inflateReason(error), entry.name);
      }
    }
    this.verify(entry, out.length, crc32(out));
    return out;
  }

  /**
   * A part as a stream of chunks, inflated on zlib's worker thread while the caller works on
   * the chunk before. Checked against its size and CRC-32 when read to the end; a caller may
   * stop early (return from the loop), which ends the inflating.
   */
  async *stream(entry: ZipEntry, limit = LIMITS.streamedPart): AsyncGenerator<Buffer> {
    this.check(entry, limit);
    const data = this.compressed(entry);
    let size = 0;
    let crc = 0;
    if (entry.method === STORED) {
      for (let at = 0; at < data.length; at += CHUNK) {
        const chunk = data.subarray(at, at + CHUNK);
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    } else {
      const inflate = createInflateRaw({ chunkSize: CHUNK });
      inflate.end(data);
      try {
        for await (const chunk of inflate as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > entry.size) throw new PackageDamage('size', entry.name);
          crc = crc32(chunk, crc);
          yield chunk;
        }
      } catch (error) {
        if (error instanceof PackageDamage) throw error;
        throw new PackageDamage(inflateReason(error), entry.name);
      } finally {
        inflate.destroy();
      }
    }
    this.verify(entry, size, crc);
  }

  /**
   * Checks a part that was not read to its end (its size and CRC-32), inflating it as a stream
   * and keeping nothing: before it is carried into a copy unchanged.
   */
  async checkSound(entry: ZipEntry): Promise<void> {
    if (this.verified.has(entry)) return;
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new PackageDamage('method', entry.name);
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
      throw new PackageDamage('zip-encrypted', entry.name);
    for await (const chunk of this.stream(entry, Number.MAX_SAFE_INTEGER)) void chunk;
  }
}

/** What zlib's message says about a part, as one of ours. */
function inflateReason(error: unknown): 'inflate' | 'size' {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ERR_BUFFER_TOO_LARGE' ? 'size' : 'inflate';
}
