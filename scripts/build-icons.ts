/**
 * Draws the add-in icons (assets/icon-16/32/64/80/128.png): a blue rounded tile with a white
 * licence badge and tick. PNGs are written with Node's zlib, no image library.
 *
 *   npm run build:tools && node .build/scripts/build-icons.js
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 64, 80, 128];
const BLUE: RGBA = [31, 56, 100, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GREEN: RGBA = [46, 160, 67, 255];
type RGBA = [number, number, number, number];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function icon(size: number): Buffer {
  const s = size;
  const radius = s * 0.18;
  return png(s, (x, y) => {
    const u = (x + 0.5) / s;
    const v = (y + 0.5) / s;
    // Rounded tile.
    const cx = Math.min(Math.max(x + 0.5, radius), s - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), s - radius);
    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return [0, 0, 0, 0];
    // A document (the register) with three lines, and a tick.
    const tick = Math.min(
      toSegment(u, v, 0.5, 0.7, 0.62, 0.82),
      toSegment(u, v, 0.62, 0.82, 0.86, 0.52),
    );
    if (tick < Math.max(0.055, 1.2 / s)) return GREEN;
    const inDoc = u > 0.2 && u < 0.68 && v > 0.16 && v < 0.84;
    if (inDoc) {
      const line =
        [0.3, 0.42, 0.54].some((ly) => Math.abs(v - ly) < Math.max(0.03, 0.6 / s)) &&
        u > 0.28 &&
        u < 0.6;
      return line ? BLUE : WHITE;
    }
    return BLUE;
  });
}

for (const size of SIZES) {
  const file = join(__dirname, '..', '..', 'assets', `icon-${size}.png`);
  writeFileSync(file, icon(size));
  process.stdout.write(`Wrote ${file}\n`);
}
