/**
 * Reads the register from an .xlsx file, and nothing else of it: the first rows of every
 * worksheet (what the engine looks at to find the register: table names, sheet names, header
 * rows), then in full only the sheets that hold a table of the register. A sheet that is not
 * part of the register is inflated only as far as its first rows; its other parts (merged
 * ranges, drawings, comments) are never opened.
 *
 * Underneath: Node's zlib to inflate (native, and on a worker thread while the main thread
 * tokenizes), saxes to tokenize. Chosen by measurement on a 200,000-row register (`npm run
 * bench`; README, "How the command line reads a workbook"): zlib inflates 2-3x faster than
 * fflate; saxes tokenizes faster than htmlparser2, sax and sax-wasm and checks that the XML is
 * well-formed, so a damaged part is refused rather than misread; SheetJS (@e965/xlsx) and
 * ExcelJS load or spool the whole workbook before the first row, which took seconds and
 * hundreds of MB where this takes a fraction.
 */
import { HEADER_SCAN_ROWS, locateRegister, type SheetGrid } from '../../core';
import { isDamage } from './damage';
import { encodingOf } from './xml-parts';
import { openPackage, partNamer, type PackageInfo, type SheetInfo } from './package';
import { damaged, tooManyCells } from './refusals';
import { NO_STRINGS, readSharedStrings } from './shared-strings';
import { MAX_CELLS, SheetParser, TooManyCells, type SheetParserOptions } from './sheet';
import type { Zip, ZipEntry } from './zip';

export interface ReadProgress {
  readonly sheet: string;
  readonly rows: number;
}

export interface ReadOptions {
  /** Called every few thousand rows. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

export interface WorkbookGrids {
  /** Every worksheet: in full those that hold the register, any other its first rows. */
  readonly grids: SheetGrid[];
  readonly date1904: boolean;
  readonly info: PackageInfo;
}

const PROGRESS_EVERY = 5_000;
/** XML read of a sheet, at most, to find its first rows (a sheet of huge cells gives fewer). */
const FIRST_ROWS_BYTES = 64 * 1024 * 1024;

interface TextSink {
  readonly done: boolean;
  /** The sink stopped early and wants the part again from its start (SheetParser.declined). */
  readonly declined?: boolean;
  write(text: string): void;
  end(): void;
}

/**
 * Streams a part's text into a parser. With `whole`, the part is inflated to its end (and so
 * checked against its CRC) even after the parser is done; otherwise reading stops there, or
 * after `maxBytes` of XML.
 */
async function feed(
  zip: Zip,
  entry: ZipEntry,
  sink: TextSink,
  whole: boolean,
  maxBytes = Infinity,
): Promise<void> {
  let decoder: TextDecoder | undefined;
  let bytes = 0;
  for await (const chunk of zip.stream(entry)) {
    if (sink.declined) return;
    if (sink.done) {
      if (whole) continue;
      return;
    }
    decoder ??= new TextDecoder(encodingOf(chunk));
    sink.write(decoder.decode(chunk, { stream: true }));
    bytes += chunk.length;
    if (bytes > maxBytes && !sink.done) return;
  }
  if (!sink.done) {
    if (decoder) sink.write(decoder.decode());
    sink.end();
  }
}

/**
 * Reads a worksheet part: scanned by hand where its data has the usual shape, else (the
 * scanner declined) read again from its start by saxes alone.
 */
async function readSheet(
  zip: Zip,
  entry: ZipEntry,
  options: SheetParserOptions,
  whole: boolean,
  maxBytes = Infinity,
): Promise<SheetParser> {
  const scanned = new SheetParser(options);
  await feed(zip, entry, scanned, whole, maxBytes);
  if (!scanned.declined) return scanned;
  const parser = new SheetParser({ ...options, scan: false });
  await feed(zip, entry, parser, whole, maxBytes);
  return parser;
}

function gridOf(sheet: SheetInfo, parser: SheetParser): SheetGrid {
  return { name: sheet.name, rows: parser.rows, top: 1, left: 1, tables: sheet.tables };
}

/** Reads the register's worksheets of an .xlsx file as grids, with their tables and date system. */
export async function readWorkbookGrids(
  path: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  const info = await openPackage(path);
  let reading = '';
  try {
    const strings = info.sharedStrings
      ? readSharedStrings(info.zip, info.sharedStrings)
      : NO_STRINGS;
    const optionsFor = (sheet: SheetInfo, more: Partial<SheetParserOptions> = {}) => ({
      strings,
      date1904: info.date1904,
      part: sheet.part,
      ...more,
    });

    // The first rows of every sheet: all the engine looks at to find the register.
    const probes: SheetParser[] = [];
    for (const sheet of info.sheets) {
      reading = sheet.name;
      const probe = optionsFor(sheet, { lastRow: HEADER_SCAN_ROWS });
      probes.push(await readSheet(info.zip, sheet.entry, probe, false, FIRST_ROWS_BYTES));
    }
    const located = locateRegister(info.sheets.map((sheet, i) => gridOf(sheet, probes[i])));
    const holding = new Set(Object.values(located).map((table) => table.sheet));

    // Then in full the sheets that hold the register (unless their first rows were all).
    const grids: SheetGrid[] = [];
    for (const [i, sheet] of info.sheets.entries()) {
      if (!holding.has(sheet.name) || probes[i].complete) {
        grids.push(gridOf(sheet, probes[i]));
        continue;
      }
      reading = sheet.name;
      const whole = optionsFor(sheet, {
        onRow: (rows) => {
          if (rows % PROGRESS_EVERY === 0) options.onProgress?.({ sheet: sheet.name, rows });
        },
      });
      const parser = await readSheet(info.zip, sheet.entry, whole, true);
      options.onProgress?.({ sheet: sheet.name, rows: parser.rows.length });
      grids.push(gridOf(sheet, parser));
    }
    return { grids, date1904: info.date1904, info };
  } catch (error) {
    if (isDamage(error)) throw damaged(path, error, partNamer(info));
    if (error instanceof TooManyCells) throw tooManyCells(path, reading, MAX_CELLS);
    throw error;
  }
}
