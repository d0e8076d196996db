/**
 * Every sentence the licence import says: why an export cannot be imported, and what the
 * admin should know about one that was (each said once, however many lines it concerns).
 */
import type { ImportProblem } from './types';

/** The exports `cal-register import` reads, as the unknown-format message lists them. */
export const KNOWN_IMPORTS =
  "Snipe-IT's Licenses > Export, Licenses list, Reports > Licenses and a licence's seat list; GLPI's licence list; ConfigMgr's General License Statement; the Microsoft 365 admin center's volume licensing orders and license summary";

function problem(kind: ImportProblem['problem'], message: string): ImportProblem {
  return { problem: kind, message };
}

function quoted(columns: readonly string[]): string {
  const shown = columns
    .filter((c) => c !== '')
    .slice(0, 6)
    .map((c) => `"${c}"`);
  if (columns.length > 6) shown.push('...');
  return shown.join(', ');
}

export const IMPORT_PROBLEMS = {
  empty: () => problem('empty', 'The file is empty: export the list again.'),
  binary: () =>
    problem(
      'encoding',
      'The file is not text in an encoding this command reads (UTF-8, UTF-16 or Windows-1252): export the list again as CSV.',
    ),
  workbook: () =>
    problem(
      'not-csv',
      'The file is a workbook, not CSV: export the list as CSV from the tool, or save it in Excel as "CSV UTF-8".',
    ),
  notCsv: () =>
    problem(
      'not-csv',
      'The file is not CSV (it looks like JSON, HTML, XML or a text table): export the list as CSV.',
    ),
  unknownFormat: (columns: readonly string[]) =>
    problem(
      'unknown-format',
      `The columns ${quoted(columns)} match no licence export this command reads; it reads ${KNOWN_IMPORTS}.`,
    ),
  noRows: (label: string) =>
    problem('no-rows', `The file has the columns of ${label} but no rows: export the list again.`),
  missingColumn: (label: string, column: string, what: string, how: string) =>
    problem(
      'missing-column',
      `The ${label} export has no ${column} column, so it says no ${what}: ${how}, and export again.`,
    ),
  seatsWithoutLicence: (source: string) =>
    problem(
      'no-licence',
      `A Snipe-IT seat list names no licence, and its file name "${source}" does not say which CAL it is either: give the licence with --licence, e.g. --licence "Windows Server 2022 User CAL".`,
    ),
  seatsLicenceUnread: (licence: string, why: string) =>
    problem(
      'no-licence',
      `The seats cannot be recorded against "${licence}": ${why}. Give the CAL with --licence, e.g. --licence "Windows Server 2022 User CAL".`,
    ),
};

function lines(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 8).join(', ');
  return `line${numbers.length === 1 ? '' : 's'} ${numbers.length > 8 ? `${shown}, ...` : shown}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface Example {
  readonly line: number;
  readonly text: string;
  readonly why?: string;
}

function examples(list: readonly Example[], max = 3): string {
  const shown = list
    .slice(0, max)
    .map((e) => `"${e.text}" (line ${e.line}${e.why ? `: ${e.why}` : ''})`)
    .join(', ');
  return list.length > max ? `${shown}, ...` : shown;
}

export const IMPORT_NOTES = {
  leftOut: (list: readonly Example[]) =>
    `${count(list.length, 'line')} ${list.length === 1 ? 'names' : 'name'} no Microsoft server product or CAL (another publisher, Office, a Windows client, a cloud subscription) and ${list.length === 1 ? 'was' : 'were'} left out, e.g. ${examples(list)}.`,
  toFix: (list: readonly Example[]) =>
    `${count(list.length, 'line')} could not be read as a licence and ${list.length === 1 ? 'is' : 'are'} written as read from the export, for you to correct in the register: ${examples(list, 5)}.`,
  noName: (numbers: readonly number[]) =>
    `${count(numbers.length, 'line')} without a licence name (${lines(numbers)}, e.g. a totals row) ${numbers.length === 1 ? 'was' : 'were'} left out.`,
  contradictions: (list: readonly Example[]) =>
    `${count(list.length, 'line')} ${list.length === 1 ? 'says' : 'say'} two things: ${examples(list, 5)}; the licence name is kept, and the line's Notes say what the column says: check which is right.`,
  unreadQuantity: (list: readonly Example[]) =>
    `${count(list.length, 'quantity', 'quantities')} could not be read (${examples(list)}) and ${list.length === 1 ? 'is' : 'are'} left empty: enter the number of licences bought.`,
  repeatedHeaders: (numbers: readonly number[]) =>
    `The header row is repeated on ${lines(numbers)} (Snipe-IT writes it again every 500 licences): skipped.`,
  noProof: (label: string, better: string) =>
    `${label} has no order or invoice numbers: each line's proof of purchase must be added in the register (${better}).`,
  freeSeats: (n: number) =>
    `${count(n, 'free seat')} (no user, e-mail or asset) ${n === 1 ? 'was' : 'were'} left out.`,
  seatsOf: (licence: string, fromFileName: boolean) =>
    fromFileName
      ? `The seats are taken as ${licence}, as the file name says; give --licence to name another CAL.`
      : `The seats are recorded as ${licence}.`,
  noCheckoutDate: () =>
    "The seat list gives no checkout dates: fill in Assigned on from each seat's history in Snipe-IT.",
  supportInverted: () =>
    'SupportPurchased is read as Microsoft documents it for this file: 0 means support (Software Assurance) was bought, 1 that it was not.',
  summaryEntitlements: () =>
    'The license summary gives entitlements, not orders: its lines have no proof of purchase; import the volume licensing orders (View orders, Export) for that.',
  summaryCovered: (list: readonly Example[]) =>
    `${count(list.length, 'license summary line')} ${list.length === 1 ? 'is' : 'are'} left out because imported orders already count ${list.length === 1 ? 'that licence' : 'those licences'}: ${examples(list, 10)}.`,
  onlineLeftOut: (n: number) =>
    `${count(n, 'line')} of online services or subscriptions ${n === 1 ? 'was' : 'were'} left out: they are not CALs.`,
  boughtInSeveral: (list: readonly Example[]) =>
    `${count(list.length, 'licence')} ${list.length === 1 ? 'is' : 'are'} bought in more than one source (${list
      .slice(0, 4)
      .map((e) => `${e.text}: ${e.why}`)
      .join(
        '; ',
      )}${list.length > 4 ? '; ...' : ''}): where they record the same purchase, keep one line, or those CALs are counted twice.`,
  alreadyIn: (n: number, register: string) =>
    `${count(n, 'line')} ${n === 1 ? 'is' : 'are'} already in ${register} and ${n === 1 ? 'was' : 'were'} not added again.`,
  alreadyImported: (n: number) =>
    `${count(n, 'line')} repeat a line of an export imported before ${n === 1 ? 'it' : 'them'} in the same run and ${n === 1 ? 'was' : 'were'} not added twice.`,
};
