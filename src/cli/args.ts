/** Command-line arguments of `cal-register`, parsed without surprises. */
import { DATE_CULTURES, LANGUAGE_NAMES, LANGUAGES, type DateCulture, type Language } from '../core';
import { IMPORT_HELP, IMPORT_USAGE, parseImportArgs, type ImportCommand } from './import';

const CULTURES: readonly DateCulture[] = DATE_CULTURES.map((c) => c.culture);

export type Command =
  | {
      readonly command: 'audit';
      readonly file: string;
      readonly json: boolean;
      readonly out?: string;
      readonly asOf?: string;
      readonly staleDays?: number;
      readonly force: boolean;
      readonly all: boolean;
      /** Export files read as evidence of use (--usage, repeatable). */
      readonly usage: readonly string[];
      readonly culture?: DateCulture;
    }
  | {
      readonly command: 'template';
      readonly out: string;
      readonly force: boolean;
      /** The language of its headers, sheet and setting names (default English). */
      readonly language?: Language;
    }
  | ImportCommand
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  cal-register audit FILE.xlsx [--json] [--out COPY.xlsx] [--as-of YYYY-MM-DD]
                               [--stale-days N] [--usage EXPORT.csv ...]
                               [--culture en-US] [--force] [--all]
  cal-register template NEW.xlsx [--lang de] [--force]
${IMPORT_USAGE}

audit     Checks a CAL register: the licence position and every finding.
          --json        print the result as one JSON object (for scripts and CI)
          --out COPY    write a copy of the workbook with a "CAL Audit" sheet added
                        (FILE itself is never changed)
          --as-of DATE  judge the register at this date (default: Settings, else today)
          --stale-days N  days without activity before an assignment is stale
                        (default: Settings, else 90)
          --usage EXPORT  read an export as evidence of use (repeatable): Exchange CAL
                        reports, Get-Mailbox/Get-MailboxStatistics, Get-ADUser,
                        Microsoft 365 users or active-users reports (.csv)
          --culture C   how the exports write dates: en-US (default, 11/27/2026),
                        en-GB, de-DE, fr-FR, nl-NL; ISO dates are always read
          --force       replace COPY if it exists
          --all         list every finding (default: the first 20 of each rule)
template  Writes an empty register to start from.
          --lang L      its headers, sheets and settings in ${LANGUAGES.map((l) => `${l} (${LANGUAGE_NAMES[l]})`).join(', ')}
${IMPORT_HELP}

Exit status: audit 0 compliant, 1 not compliant or not fully checked (the verdict says
why), 2 the file cannot be used; template and import 0 written (or nothing to add),
2 nothing written.`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueOf(args: string[], i: number, flag: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    return { command: 'help' };
  }
  if (args.includes('--version') || args.includes('-v')) return { command: 'version' };
  const [command, ...rest] = args;
  if (command === 'import') return parseImportArgs(rest, UsageError);
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  const valued = new Set(['--out', '--as-of', '--stale-days', '--culture', '--lang']);
  const usage: string[] = [];
  const switches = new Set(['--json', '--force', '--all']);
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name === '--usage') {
      usage.push(inline ?? valueOf(rest, i, name));
      if (inline === undefined) i += 1;
    } else if (valued.has(name)) {
      flags[name] = inline ?? valueOf(rest, i, name);
      if (inline === undefined) i += 1;
    } else if (switches.has(name)) {
      flags[name] = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (command === 'template') {
    if (positional.length !== 1)
      throw new UsageError('template takes one file: cal-register template NEW.xlsx');
    for (const flag of Object.keys(flags))
      if (flag !== '--force' && flag !== '--lang')
        throw new UsageError(`${flag} does not apply to template`);
    if (usage.length > 0) throw new UsageError('--usage does not apply to template');
    const lang = flags['--lang'] as string | undefined;
    if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
      throw new UsageError(`--lang "${lang}" is not one of ${LANGUAGES.join(', ')}`);
    return {
      command: 'template',
      out: positional[0],
      force: flags['--force'] === true,
      ...(lang !== undefined ? { language: lang as Language } : {}),
    };
  }
  if (command !== 'audit') throw new UsageError(`unknown command "${command}"`);
  if (flags['--lang'] !== undefined) throw new UsageError('--lang applies to template only');
  if (positional.length !== 1)
    throw new UsageError('audit takes one file: cal-register audit FILE.xlsx');
  const asOf = flags['--as-of'] as string | undefined;
  if (
    asOf !== undefined &&
    (!ISO_DATE.test(asOf) ||
      Number.isNaN(Date.parse(asOf)) ||
      new Date(asOf).toISOString().slice(0, 10) !== asOf)
  ) {
    throw new UsageError(`--as-of "${asOf}" is not a date like 2026-11-27`);
  }
  const staleText = flags['--stale-days'] as string | undefined;
  let staleDays: number | undefined;
  if (staleText !== undefined) {
    staleDays = Number(staleText);
    if (!/^\d+$/.test(staleText) || staleDays < 1)
      throw new UsageError(`--stale-days "${staleText}" is not a whole number of 1 or more`);
  }
  const culture = flags['--culture'] as string | undefined;
  if (culture !== undefined && !CULTURES.includes(culture as DateCulture)) {
    throw new UsageError(`--culture "${culture}" is not one of ${CULTURES.join(', ')}`);
  }
  return {
    command: 'audit',
    file: positional[0],
    usage,
    ...(culture !== undefined ? { culture: culture as DateCulture } : {}),
    json: flags['--json'] === true,
    ...(flags['--out'] !== undefined ? { out: flags['--out'] as string } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(staleDays !== undefined ? { staleDays } : {}),
    force: flags['--force'] === true,
    all: flags['--all'] === true,
  };
}
