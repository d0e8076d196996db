/**
 * `cal-register import EXPORT... --out REGISTER.xlsx | --into REGISTER.xlsx`: a register
 * built (or extended) from the licence records admins keep. Every export is read and checked
 * before anything is written; --out writes a new register, --into adds to an existing one
 * only the lines it does not have, and never changes its rows. Either file is written through
 * a temporary file, so it is never half written.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import {
  isImportProblem,
  parseRegister,
  planImport,
  readImport,
  type ImportFile,
  type ImportPlan,
  DATE_CULTURES,
  type DateCulture,
} from '../core';
import { WorkbookError } from '../excel/shared';
import {
  appendToRegister,
  checkOutputPath,
  writeImportedRegister,
  XlsxFileWorkbook,
  type RegisterFile,
} from '../excel/xlsx';
import type { Io } from './main';

export interface ImportCommand {
  readonly command: 'import';
  readonly files: readonly string[];
  readonly out?: string;
  readonly into?: string;
  readonly force: boolean;
  readonly json: boolean;
  readonly culture?: DateCulture;
  /** The CAL a Snipe-IT seat list is of. */
  readonly licence?: string;
}

export const IMPORT_USAGE = `  cal-register import EXPORT.csv ... (--out NEW.xlsx | --into REGISTER.xlsx)
                               [--licence "CAL"] [--culture en-US] [--json] [--force]`;

export const IMPORT_HELP = `import    Builds a register from licence records: Snipe-IT (Licenses > Export, the
          Licenses list, Reports > Licenses, a licence's seats), GLPI licences,
          ConfigMgr's General License Statement, Microsoft 365 admin center volume
          licensing orders and license summary (.csv).
          --out NEW     write a new register (refused if it exists, unless --force)
          --into FILE   add to an existing register the lines it does not have
                        (its rows are never changed)
          --licence CAL the CAL a Snipe-IT seat list is of (default: its file name)
          --culture C   how the exports write dates (as for audit)
          --json        print what was imported as JSON`;

const CULTURES = DATE_CULTURES.map((c) => c.culture);

/** The import command's arguments (after "import"); throws with what is wrong. */
export function parseImportArgs(
  args: readonly string[],
  usageError: new (m: string) => Error,
): ImportCommand {
  const files: string[] = [];
  const values: Record<string, string> = {};
  let force = false;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--force') force = true;
    else if (name === '--json') json = true;
    else if (['--out', '--into', '--licence', '--license', '--culture'].includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[i + 1];
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new usageError(`${name} needs a value`);
      if (eq < 0) i += 1;
      values[name === '--license' ? '--licence' : name] = value;
    } else if (arg.startsWith('-') && arg !== '-')
      throw new usageError(`unknown option ${arg} for import`);
    else files.push(arg);
  }
  if (files.length === 0)
    throw new usageError(
      'import needs at least one export: cal-register import EXPORT.csv --out NEW.xlsx',
    );
  const out = values['--out'];
  const into = values['--into'];
  if ((out === undefined) === (into === undefined))
    throw new usageError(
      'import needs either --out NEW.xlsx (a new register) or --into REGISTER.xlsx (an existing one)',
    );
  const culture = values['--culture'];
  if (culture !== undefined && !CULTURES.includes(culture as DateCulture))
    throw new usageError(`--culture "${culture}" is not one of ${CULTURES.join(', ')}`);
  if (into !== undefined && force) throw new usageError('--force does not apply to --into');
  return {
    command: 'import',
    files,
    ...(out !== undefined ? { out } : {}),
    ...(into !== undefined ? { into } : {}),
    force,
    json,
    ...(culture !== undefined ? { culture: culture as DateCulture } : {}),
    ...(values['--licence'] !== undefined ? { licence: values['--licence'] } : {}),
  };
}

async function readExport(file: string, command: ImportCommand): Promise<ImportFile> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookError(
      code === 'ENOENT'
        ? `cannot find the export "${file}"`
        : `cannot read the export "${file}" (${code ?? String(error)})`,
      'Check the path. Nothing was written.',
    );
  }
  const read = readImport(bytes, {
    source: basename(file),
    ...(command.culture ? { culture: command.culture } : {}),
    ...(command.licence !== undefined ? { licence: command.licence } : {}),
  });
  if (isImportProblem(read))
    throw new WorkbookError(
      `the export "${file}" cannot be imported: ${read.message.replace(/\.$/, '')}`,
      'Nothing was written.',
    );
  return read;
}

async function readRegisterFile(path: string): Promise<RegisterFile> {
  if (!/\.xlsx$/i.test(path))
    throw new WorkbookError(
      `"${path}" does not end in .xlsx`,
      'Give the register workbook (.xlsx) to add to.',
    );
  const before = await fs.stat(path).catch(() => undefined);
  const source = await new XlsxFileWorkbook(path).read();
  if (!before)
    throw new WorkbookError(
      `cannot find "${path}"`,
      'Check the path, or use --out to start a new register.',
    );
  const register = parseRegister(source.grids, { date1904: source.date1904 });
  return {
    path,
    grids: source.grids,
    date1904: source.date1904,
    register,
    stamp: { size: before.size, mtimeMs: before.mtimeMs },
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryOf(file: ImportFile): string {
  const parts = [];
  if (file.purchases.length > 0 || file.assignments.length === 0)
    parts.push(plural(file.purchases.length, 'purchase line'));
  if (file.assignments.length > 0) parts.push(plural(file.assignments.length, 'assignment'));
  return `${file.source}: ${file.label}, ${plural(file.lines, 'line')}: ${parts.join(' and ')}`;
}

function report(
  files: readonly ImportFile[],
  plan: ImportPlan,
  target: string,
  io: Io,
  command: ImportCommand,
): void {
  const added = { purchases: plan.purchases.length, assignments: plan.assignments.length };
  if (command.json) {
    const json = {
      files: files.map((f) => ({
        source: f.source,
        format: f.format,
        label: f.label,
        lines: f.lines,
        purchases: f.purchases.length,
        assignments: f.assignments.length,
        notes: f.notes,
      })),
      notes: plan.notes,
      register: target,
      added,
    };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const file of files) {
    lines.push(summaryOf(file));
    for (const note of file.notes) lines.push(`  - ${note}`);
  }
  for (const note of plan.notes) lines.push(`- ${note}`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** Runs the import; resolves to the exit status (0 written or nothing new, 2 nothing usable). */
export async function runImport(command: ImportCommand, io: Io): Promise<number> {
  if (command.out !== undefined) await checkOutputPath(command.out, undefined, command.force);
  const existing = command.into !== undefined ? await readRegisterFile(command.into) : undefined;
  const files: ImportFile[] = [];
  for (const file of command.files) files.push(await readExport(file, command));
  const plan = planImport(
    files,
    existing ? { register: existing.register, name: basename(existing.path) } : undefined,
  );
  const target = command.out ?? command.into ?? '';
  const count = plan.purchases.length + plan.assignments.length;
  if (count === 0 && command.out !== undefined) {
    report(files, plan, target, io, command);
    throw new WorkbookError(
      'the exports hold no CAL and no Microsoft server licence to put in a register',
      'Check that they are the licence lists (the notes above say what was left out). Nothing was written.',
    );
  }
  report(files, plan, target, io, command);
  if (count > 0) {
    if (existing) await appendToRegister(existing, plan);
    else await writeImportedRegister(target, plan);
  }
  const what = [
    plan.purchases.length > 0 ? plural(plan.purchases.length, 'purchase line') : '',
    plan.assignments.length > 0 ? plural(plan.assignments.length, 'assignment') : '',
  ].filter((w) => w !== '');
  io.stderr.write(
    count === 0
      ? `Nothing to add: ${target} already has every line. It was not changed.\n`
      : `${existing ? 'Added' : 'Wrote'} ${what.join(' and ')} ${existing ? 'to' : 'in'} ${target}. Check it: cal-register audit ${target}\n`,
  );
  return 0;
}
