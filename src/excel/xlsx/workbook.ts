/**
 * The ExcelJS adapter of the RegisterWorkbook port, for .xlsx files: reads the register by
 * streaming, writes the audit sheet into a copy (`out`), writes the template to a new file.
 */
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AuditReport, Language } from '../../core';
import { cannotWrite, WorkbookError } from '../shared';
import type { ReadOptions, RegisterSource, RegisterWorkbook } from '../port';
import { addAuditSheet, writePackage } from './copy';
import { isDamage } from './damage';
import { openPackage, partNamer, type PackageInfo } from './package';
import { damaged } from './refusals';
import { readWorkbookGrids } from './reader';

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

  /** The package as read: the audit copy is made of the very bytes the audit read. */
  private info: PackageInfo | undefined;

  async read(options: ReadOptions = {}): Promise<RegisterSource> {
    const onProgress = options.onProgress;
    const { grids, date1904, info } = await readWorkbookGrids(
      this.path,
      onProgress ? { onProgress } : {},
    );
    this.info = info;
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
    const info = this.info ?? (await openPackage(this.path));
    const { name, edit } = await addAuditSheet(info, report);
    try {
      await writePackage(edit, out);
    } catch (error) {
      if (isDamage(error)) throw damaged(this.path, error, partNamer(info));
      throw error;
    }
    return name;
  }

  async createTemplate(language?: Language): Promise<void> {
    await checkOutputPath(this.path, undefined, this.options.force === true);
    const { writeTemplate } = await import('./template');
    await writeTemplate(this.path, {}, language).catch((error: unknown) => {
      throw cannotWrite(this.path, error);
    });
  }
}
