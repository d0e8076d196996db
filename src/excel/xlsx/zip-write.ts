/**
 * Writes a copy of a zip package: every entry carried across as its compressed bytes (no
 * inflating, no deflating: the cost is a copy of the file), except the parts replaced, which are
 * deflated anew, and the parts added at the end. Parts carried across that were not read to
 * their end are first checked against their CRC-32, so a copy is never less sound than the
 * parts it was audited from.
 */
import type { FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';
import { PackageDamage } from './damage';
import type { Zip, ZipEntry } from './zip';

const FLAG_UTF8 = 0x800;
const FLAG_DATA_DESCRIPTOR = 0x8;
const MAX_32 = 0xffffffff;

/** An entry as written: the directory's fields, at its offset in the copy. */
type Written = Omit<ZipEntry, 'name' | 'localOffset'> & { readonly offset: number };

function dosNow(): { dosTime: number; dosDate: number } {
  const now = new Date();
  return {
    dosTime: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    dosDate: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

function localHeader(entry: Omit<Written, 'offset'>): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(entry.dosTime, 10);
  header.writeUInt16LE(entry.dosDate, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.rawName.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.rawName]);
}

function centralHeader(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(entry.versionMadeBy, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(entry.dosTime, 12);
  header.writeUInt16LE(entry.dosDate, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.rawName.length, 28);
  header.writeUInt32LE(entry.externalAttributes, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.rawName]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** Writes buffers to a file in order, a batch at a time. */
class Output {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  offset = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(buffer: Buffer): Promise<void> {
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    this.offset += buffer.length;
    if (this.pendingBytes >= 4 * 1024 * 1024 || this.pending.length >= 512) await this.flush();
  }

  async flush(): Promise<void> {
    const buffers = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    let written = 0;
    const total = buffers.reduce((sum, b) => sum + b.length, 0);
    while (written < total) {
      const { bytesWritten } = await this.handle.writev(
        written === 0 ? buffers : [Buffer.concat(buffers).subarray(written)],
      );
      written += bytesWritten;
    }
  }
}

/** A part's content: whole, or already deflated (deflateChunks). */
export type PartContent = Buffer | Deflated;

export interface ZipChanges {
  /** New content of existing parts, by entry. */
  readonly replaced: ReadonlyMap<ZipEntry, Buffer>;
  /** Parts added after the existing ones, by name. */
  readonly added: ReadonlyMap<string, PartContent>;
}

/** A part deflated: its CRC-32 and size, and its deflated bytes. */
export interface Deflated {
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

/** Deflates chunks as one stream, never holding them all (only what they deflate to). */
export async function deflateChunks(chunks: Iterable<Buffer>): Promise<Deflated> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return { crc, size, data: Buffer.concat(out) };
}

function deflated(content: PartContent): Deflated {
  if (!Buffer.isBuffer(content)) return content;
  return { crc: crc32(content), size: content.length, data: deflateRawSync(content, { level: 6 }) };
}

/** Writes `zip` with `changes` to an open file. */
export async function writeZip(zip: Zip, changes: ZipChanges, handle: FileHandle): Promise<void> {
  for (const entry of zip.entries) {
    if (!changes.replaced.has(entry)) await zip.checkSound(entry);
  }
  if (zip.entries.length + changes.added.size > 0xffff) throw new PackageDamage('copy-too-large');
  const out = new Output(handle);
  const written: Written[] = [];
  const fresh = (rawName: Buffer, flags: number, content: PartContent) => ({
    rawName,
    flags,
    method: 8,
    ...dosNow(),
    ...deflated(content),
  });
  const put = async (
    entry: Omit<Written, 'offset' | 'compressedSize'>,
    data: Buffer,
  ): Promise<void> => {
    if (out.offset > MAX_32 || data.length > MAX_32 || entry.size > MAX_32)
      throw new PackageDamage('copy-too-large');
    const full = { ...entry, compressedSize: data.length };
    written.push({ ...full, offset: out.offset });
    await out.write(localHeader(full));
    await out.write(data);
  };
  for (const entry of zip.entries) {
    const replacement = changes.replaced.get(entry);
    const flags = entry.flags & ~FLAG_DATA_DESCRIPTOR;
    const kept = {
      versionMadeBy: entry.versionMadeBy,
      externalAttributes: entry.externalAttributes,
    };
    if (replacement) {
      const { data, ...fields } = fresh(entry.rawName, flags, replacement);
      await put({ ...fields, ...kept }, data);
    } else {
      await put(
        {
          rawName: entry.rawName,
          flags,
          method: entry.method,
          dosTime: entry.dosTime,
          dosDate: entry.dosDate,
          crc: entry.crc,
          size: entry.size,
          ...kept,
        },
        zip.compressed(entry),
      );
    }
  }
  for (const [name, content] of changes.added) {
    const { data, ...fields } = fresh(Buffer.from(name, 'utf8'), FLAG_UTF8, content);
    await put({ ...fields, versionMadeBy: 20, externalAttributes: 0 }, data);
  }
  const directoryOffset = out.offset;
  for (const entry of written) await out.write(centralHeader(entry));
  const directorySize = out.offset - directoryOffset;
  if (out.offset > MAX_32) throw new PackageDamage('copy-too-large');
  await out.write(endOfDirectory(written.length, directorySize, directoryOffset));
  await out.flush();
}
