/**
 * `cal-register`: the licensing engine on .xlsx files, for schedules, CI and machines
 * without Excel. Exit status: 0 compliant, 1 not compliant or not fully checked, 2 the file
 * cannot be used.
 */
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  isEvidenceProblem,
  localDay,
  localStamp,
  readEvidence,
  toJson,
  type EvidenceImport,
  LANGUAGE_NAMES,
} from '../core';
import {
  WorkbookError,
  auditWorkbook,
  hasUnreadRegisterSheets,
  noRegisterMessage,
  writeAuditReport,
} from '../excel/shared';
import { XlsxFileWorkbook, checkOutputPath } from '../excel/xlsx';
import { parseArgs, USAGE, UsageError, type Command } from './args';
import { runImport } from './import';
import { writeJson } from './json-out';
import { progressOn } from './progress';
import { textReport } from './text-report';

/** Files above this size show progress while they are read (when stderr is a terminal). */
const LARGE_FILE_BYTES = 2 * 1024 * 1024;
const FINDINGS_PER_RULE = 20;

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  /** Now, for the default as-of date and "generated at". */
  readonly now: () => Date;
}

const PROCESS_IO: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
};

export function version(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'cal-register') return pkg.version ?? '0.0.0';
  }
  return '0.0.0';
}

/** Reads the --usage exports; a file that cannot be used stops the audit before anything is written. */
async function readExports(
  command: Extract<Command, { command: 'audit' }>,
): Promise<EvidenceImport[]> {
  const imports: EvidenceImport[] = [];
  for (const file of command.usage) {
    let bytes: Buffer;
    let modified: Date;
    try {
      [bytes, modified] = await Promise.all([
        fs.readFile(file),
        fs.stat(file).then((s) => s.mtime),
      ]);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new WorkbookError(
        code === 'ENOENT'
          ? `cannot find the export "${file}"`
          : `cannot read the export "${file}" (${code ?? String(error)})`,
        'Check the path given to --usage.',
      );
    }
    const evidence = readEvidence(bytes, {
      source: basename(file),
      capturedOn: localDay(modified),
      ...(command.culture ? { culture: command.culture } : {}),
    });
    if (isEvidenceProblem(evidence)) {
      throw new WorkbookError(
        `the export "${file}" cannot be used: ${evidence.message.replace(/\.$/, '')}`,
        'Nothing was imported or written.',
      );
    }
    imports.push(evidence);
  }
  return imports;
}

async function runAudit(command: Extract<Command, { command: 'audit' }>, io: Io): Promise<number> {
  if (command.out !== undefined) await checkOutputPath(command.out, command.file, command.force);
  const evidence = await readExports(command);
  const workbook = new XlsxFileWorkbook(command.file, {
    ...(command.out !== undefined ? { out: command.out } : {}),
    force: command.force,
  });
  const size = (await fs.stat(command.file).catch(() => undefined))?.size ?? 0;
  const progress = progressOn(io.stderr, size > LARGE_FILE_BYTES);
  const now = io.now();
  const outcome = await auditWorkbook(workbook, {
    today: localDay(now),
    ...(command.asOf !== undefined ? { asOf: command.asOf } : {}),
    ...(command.staleDays !== undefined ? { staleDays: command.staleDays } : {}),
    evidence,
    read: { onProgress: (p) => progress.update(p) },
  }).finally(() => progress.done());
  if (outcome.kind === 'no-register') {
    throw new WorkbookError(
      noRegisterMessage(command.file, outcome.unread),
      hasUnreadRegisterSheets(outcome.unread)
        ? 'Correct those headers to the template\'s: run "cal-register template NEW.xlsx" to see them.'
        : 'Name the sheets (or Excel tables) Assignments and Purchases, or run "cal-register template NEW.xlsx" to see the layout.',
    );
  }
  const { result, source } = outcome;
  if (command.out !== undefined) {
    const sheet = await writeAuditReport(workbook, result, {
      source: source.name,
      generatedAt: localStamp(now),
      generator: `cal-register ${version()}`,
    });
    io.stderr.write(`Wrote ${command.out} with the "${sheet}" sheet added.\n`);
  }
  if (command.json) {
    writeJson(io.stdout, toJson(result));
  } else {
    const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
    io.stdout.write(
      textReport(result, {
        source: basename(command.file),
        color,
        perRule: command.all ? Infinity : FINDINGS_PER_RULE,
        notes: evidence.flatMap((e) => e.notes.map((note) => `${e.source}: ${note}`)),
      }),
    );
  }
  // 0 only when the register was fully checked and is compliant (not when it is incomplete).
  return result.summary.verdict === 'compliant' ? 0 : 1;
}

/** Runs the command line; resolves to the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io = PROCESS_IO): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
        io.stdout.write(`cal-register ${version()}\n`);
        return 0;
      case 'template':
        await new XlsxFileWorkbook(command.out, { force: command.force }).createTemplate(
          command.language,
        );
        io.stderr.write(
          `Wrote the register template${command.language && command.language !== 'en' ? ` in ${LANGUAGE_NAMES[command.language]}` : ''} to ${command.out}.\n`,
        );
        return 0;
      case 'audit':
        return await runAudit(command, io);
      case 'import':
        return await runImport(command, io);
    }
  } catch (error) {
    io.stderr.write(`${refusal(error)}\n`);
    return 2;
  }
}

/** The one line that says why the command could not finish. */
export function refusal(error: unknown): string {
  let line: string;
  if (error instanceof UsageError) {
    line = `cal-register: ${error.message}. Run "cal-register --help" for usage.`;
  } else if (error instanceof WorkbookError) {
    line = `cal-register: ${error.message}. ${error.hint}`;
  } else {
    // A program error, not a problem with the file: said as such, to be reported.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    line = `cal-register: unexpected failure (${message}). Please report it with the command you ran.`;
  }
  return oneLine(line);
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * Runs the command line as the process: exits with its status once its output is written.
 * Guards make a silent end impossible: if Node runs out of work before the command decided
 * (a read that never settled), or an error escapes it, one line says so and the status is 2;
 * once it has decided, nothing that happens later is reported.
 */
export function runProcess(
  argv: readonly string[],
  io: Io = PROCESS_IO,
  run: (argv: readonly string[], io: Io) => Promise<number> = main,
): void {
  let decided = false;
  const finish = (code: number) => {
    decided = true;
    process.exitCode = code;
    io.stdout.write('', () => io.stderr.write('', () => process.exit(code)));
  };
  const escaped = (error: unknown) => {
    if (decided) return;
    io.stderr.write(`${refusal(error)}\n`);
    finish(2);
  };
  process.on('uncaughtException', escaped);
  process.on('unhandledRejection', escaped);
  process.on('beforeExit', () => {
    if (decided) return;
    io.stderr.write(
      'cal-register: unexpected failure (the command stopped without an answer). Please report it with the command you ran.\n',
    );
    finish(2);
  });
  run(argv, io).then(finish, escaped);
}
