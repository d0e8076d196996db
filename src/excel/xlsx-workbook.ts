/**
 * The ExcelJS adapter of the RegisterWorkbook port, for .xlsx files: reads the register by
 * streaming, writes the audit sheet into a copy (`out`), writes the template to a new file.
 */
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AuditReport, Language } from '../core';
import { cannotWrite, WorkbookError } from './errors';
import type { ReadOptions, RegisterSource, RegisterWorkbook } from './port';
import { writeTemplate } from './template';
import { addAuditSheet, writePackage } from './xlsx-copy';
import { openPackage } from './xlsx-package';
import { readWorkbookGrids } from './xlsx-reader';

export interface XlsxFileOptions {
  /** Where the audited copy goes; never the input file. */
  readonly out?: string;
  /** Replace `out` (or the template target) if it exists. */
  readonly force?: boolean;
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.access(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses an output path that is the input, exists (without force), or is not .xlsx. */
export async function checkOutputPath(
  out: string,
  input: string | undefined,
  force: boolean,
): Promise<void> {
  if (!/\.xlsx$/i.test(out)) {
    throw new WorkbookError(
      `"${out}" does not end in .xlsx`,
      'Name the output file NAME.xlsx so Excel opens it.',
    );
  }
  if (input !== undefined) {
    const [a, b] = await Promise.all([
      fs.realpath(input).catch(() => resolve(input)),
      fs.realpath(out).catch(() => resolve(out)),
    ]);
    if (a === b) {
      throw new WorkbookError(
        `--out "${out}" is the input file`,
        'The register is never overwritten: give the copy another name.',
      );
    }
  }
  if (!force && (await exists(out))) {
    throw new WorkbookError(
      `"${out}" already exists`,
      'Choose another name, or add --force to replace it.',
    );
  }
}

export class XlsxFileWorkbook implements RegisterWorkbook {
  constructor(
    readonly path: string,
    private readonly options: XlsxFileOptions = {},
  ) {}

  async read(options: ReadOptions = {}): Promise<RegisterSource> {
    const onProgress = options.onProgress;
    const { grids, date1904 } = await readWorkbookGrids(
      this.path,
      onProgress ? { onProgress } : {},
    );
    return { grids, date1904, name: basename(this.path) };
  }

  async writeAuditSheet(report: AuditReport): Promise<string> {
    const out = this.options.out;
    if (out === undefined)
      throw new WorkbookError(
        'no output file given',
        'Pass --out COPY.xlsx: the register itself is never changed.',
      );
    await checkOutputPath(out, this.path, this.options.force === true);
    // A fresh package: the read may have been long ago, and the copy must hold the file as it is.
    const info = await openPackage(this.path);
    const name = await addAuditSheet(info, report);
    await writePackage(info, out);
    return name;
  }

  async createTemplate(language?: Language): Promise<void> {
    await checkOutputPath(this.path, undefined, this.options.force === true);
    await writeTemplate(this.path, {}, language).catch((error: unknown) => {
      throw cannotWrite(this.path, error);
    });
  }
}
