/**
 * The stream names of an OLE compound file (the container of .xls, .doc, .et, .qpw and of
 * password-protected Office files): enough to say which of them a file is. Reads the
 * directory chain through the FAT, every step bounded, so a damaged file gives fewer names,
 * never a hang.
 */
const FREE_OR_END = 0xfffffffa;
const HEADER_DIFAT = 109;

export function compoundFileNames(bytes: Buffer): string[] {
  if (bytes.length < 512) return [];
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * size;
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i += 1) {
    const n = bytes.readUInt32LE(0x4c + 4 * i);
    if (n < FREE_OR_END) fatSectors.push(n);
  }
  // Further FAT sectors are listed in the DIFAT chain (files over about 7 MB).
  let difat = bytes.readUInt32LE(0x44);
  for (let guard = 0; difat < FREE_OR_END && guard < 10_000; guard += 1) {
    const at = sectorAt(difat);
    if (at + size > bytes.length) break;
    for (let i = 0; i < size / 4 - 1; i += 1) {
      const n = bytes.readUInt32LE(at + 4 * i);
      if (n < FREE_OR_END) fatSectors.push(n);
    }
    difat = bytes.readUInt32LE(at + size - 4);
  }
  const next = (sector: number): number => {
    const perSector = size / 4;
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined) return FREE_OR_END;
    const at = sectorAt(fat) + 4 * (sector % perSector);
    return at + 4 <= bytes.length ? bytes.readUInt32LE(at) : FREE_OR_END;
  };
  const names: string[] = [];
  let sector = bytes.readUInt32LE(0x30);
  for (let guard = 0; sector < FREE_OR_END && guard < 10_000; guard += 1) {
    const at = sectorAt(sector);
    for (let entry = at; entry + 128 <= Math.min(at + size, bytes.length); entry += 128) {
      const length = bytes.readUInt16LE(entry + 0x40);
      const type = bytes[entry + 0x42];
      if (type !== 0 && length >= 2 && length <= 64)
        names.push(bytes.toString('utf16le', entry, entry + length - 2));
    }
    sector = next(sector);
  }
  return names;
}
