/**
 * Every sentence a finding says, in one place. Rules decide what is wrong; this file says
 * it the same way on every surface (cells, task pane, CLI, audit sheet).
 */
import type { CellProblem } from '../cells';
import { PRODUCTS } from '../catalogue';
import { dayToIso } from '../dates';
import type { LicenceProblem } from '../licence';
import type { FieldIssue } from '../register';

type Text = { message: string; fix?: string };

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "a" or "an" before a licence name. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(SQL|RDS|SE)\b/.test(word) ? 'an' : 'a';
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const KNOWN_PRODUCTS =
  'Exchange Server, Windows Server, Remote Desktop Services, SharePoint Server, ' +
  'Skype for Business Server, SQL Server, Project Server, Core CAL Suite, Enterprise CAL Suite';

export const missing = {
  table: (table: string, headers: readonly string[]): Text => ({
    message: `No ${table} table found: expected an Excel table or a sheet named "${table}" with a header row (${headers.join(', ')}).`,
    fix: `Add a ${table} sheet, or run "cal-register template" to see the layout.`,
  }),
  column: (table: string, header: string, consequence: string): Text => ({
    message: `The ${table} table has no "${header}" column, so ${consequence}.`,
    fix: `Add a "${header}" column to the ${table} table.`,
  }),
  fields: (headers: readonly string[], why: string): Text => ({
    message: `${list(headers)} ${headers.length === 1 ? 'is' : 'are'} empty.`,
    fix: `Fill in ${list(headers)}: ${why}.`,
  }),
};

const CELL_PROBLEMS: Record<CellProblem['code'], (header: string, value: string) => string> = {
  'error-value': (h, v) => `${h} holds the error ${v}.`,
  'not-a-date': (h, v) => `${h} ${v} is not a date.`,
  'phantom-date': (h) =>
    `${h} is serial 60, the 29 February 1900 that Excel invents; it is not a real date.`,
  'date-out-of-range': (h, v) => `${h} ${v} is outside the dates Excel can hold.`,
  'not-a-number': (h, v) => `${h} ${v} is not a number.`,
  'not-whole': (h, v) => `${h} ${v} is not a whole number.`,
  negative: (h, v) => `${h} ${v} is negative.`,
  'too-large': (h, v) => `${h} ${v} is too large to be a count.`,
  'not-positive': (h, v) => `${h} ${v} must be 1 or more.`,
  unreadable: (h, v) => `${h} holds ${v}, which cannot be read.`,
};

const CELL_FIXES: Partial<Record<CellProblem['code'], string>> = {
  'error-value': 'Correct the formula or type the value.',
  'not-a-date': 'Enter an Excel date or ISO text such as 2025-03-01 (01/03/2025 is ambiguous).',
  'phantom-date': 'Enter the real date.',
  'date-out-of-range': 'Enter a date between 1900 and 9999.',
  'not-a-number': 'Enter a whole number.',
  'not-whole': 'Enter a whole number.',
  negative: 'Enter a number of 0 or more; record a refund as a note.',
  'not-positive': 'Enter a whole number of 1 or more.',
};

function licenceProblem(problem: LicenceProblem): Text {
  const text = `"${problem.text}"`;
  switch (problem.problem) {
    case 'unknown-product':
      return {
        message: `Licence ${text} does not name a product CAL Register knows (${KNOWN_PRODUCTS}).`,
        fix: 'Write the licence as it appears on the invoice, e.g. "Exchange Server 2019 Standard User CAL".',
      };
    case 'unknown-version': {
      const product = problem.product ? PRODUCTS[problem.product] : undefined;
      return {
        message: `Licence ${text} names a version ${product ? `${product.name} does not have (known: ${product.versions.join(', ')})` : 'that does not exist'}.`,
        fix: 'Correct the version.',
      };
    }
    case 'no-version':
      return {
        message: `Licence ${text} does not say which version it is.`,
        fix: 'Add the version, e.g. 2019.',
      };
    case 'no-kind':
      return {
        message: `Licence ${text} does not say whether it is a User CAL or a Device CAL.`,
        fix: 'Add "User CAL" or "Device CAL" as on the invoice.',
      };
    case 'both-kinds':
      return {
        message: `Licence ${text} says both User and Device.`,
        fix: 'Keep the one on the invoice.',
      };
    case 'bad-pack':
      return { message: `Licence ${text} has a pack of 0 CALs.`, fix: 'Correct the pack size.' };
    case 'server-licence':
      return {
        message: `Licence ${text} is a server licence, not a CAL: an assignment is of a User CAL or a Device CAL.`,
        fix: 'Write the CAL assigned, e.g. "Exchange Server 2019 Standard User CAL"; record server licences under Purchases or Servers.',
      };
  }
}

/** The message for a field that could not be read; `header` is the column as written. */
export function invalid(header: string, issue: FieldIssue): Text {
  const problem = issue.problem;
  if ('code' in problem) {
    const fix = CELL_FIXES[problem.code];
    return { message: CELL_PROBLEMS[problem.code](header, problem.value), ...(fix ? { fix } : {}) };
  }
  if (problem.problem === 'bad-account') {
    return {
      message: `${header} "${problem.text}" is not a UPN, an e-mail address or DOMAIN\\name.`,
      fix: 'Enter the sign-in name, e.g. dana.scott@contoso.com.',
    };
  }
  if (problem.problem === 'contradicts') {
    return {
      message: `${header} says ${problem.says} but the licence "${problem.text}" says ${problem.nameSays}: it is read as ${problem.nameSays}, as the licence says.`,
      fix: `Correct the ${header} column or the licence, so the two agree.`,
    };
  }
  if (problem.problem === 'bad-status') {
    return {
      message: `${header} "${problem.text}" is not one of Active, Left, Disabled or Absent.`,
      fix: 'Use Active (or leave it empty), Left, Disabled, or Absent for a temporary absence.',
    };
  }
  return licenceProblem(problem);
}

export const duplicate = (who: string, licence: string, firstRow: number): Text => ({
  message: `${who} holds ${licence} twice (also row ${firstRow}).`,
  fix: 'Delete the duplicate row, or assign the CAL to someone who needs it.',
});

export const misrecorded = {
  userCalOnDevice: (licence: string, device: string): Text => ({
    message: `A User CAL (${licence}) is recorded against device ${device}.`,
    fix: "A User CAL belongs to a person: record the user's account, or use a Device CAL for the device.",
  }),
  deviceCalOnPerson: (licence: string, person: string): Text => ({
    message: `A Device CAL (${licence}) is recorded against ${person} with no device.`,
    fix: 'Record the device (computer name) the CAL is assigned to, or use a User CAL for the person.',
  }),
};

export const noBase = (who: string, licence: string, base: string, kind: string): Text => ({
  message: `${who} holds ${licence} but no ${base}: it is an add-on that needs the base CAL for the same ${kind.toLowerCase()}.`,
  fix: `Assign ${article(base)} ${base} to the same ${kind.toLowerCase()} (a CAL Suite that contains it also counts).`,
});

const per = (source: string | undefined) => (source ? ` (according to ${source})` : '');

export const stale = {
  left: (who: string, device: boolean, source?: string): Text => ({
    message: device
      ? `Device ${who} is retired (status Left)${per(source)}; the CAL is still assigned.`
      : source
        ? `${who}'s account is deleted${per(source)}; the CAL is still assigned.`
        : `${who} has left; the CAL is still assigned.`,
    fix: 'Remove the assignment and reassign the CAL.',
  }),
  disabled: (who: string, device: boolean, source?: string): Text => ({
    message: device
      ? `Device ${who} is disabled${per(source)}; the CAL is still assigned.`
      : `${who}'s account is disabled${per(source)}; the CAL is still assigned.`,
    fix: 'Remove the assignment, or set the status to Absent if the absence is temporary.',
  }),
  missing: (who: string, source: string, capturedOn: number): Text => ({
    message: `${who} is not among the accounts of ${source}, captured on ${dayToIso(capturedOn)}, which lists every account of the domain: the account seems deleted, and the CAL is still assigned.`,
    fix: 'If the person left, remove the assignment and reassign the CAL; if the account was renamed, correct the Account.',
  }),
  unseen: (who: string, licence: string, source: string, capturedOn: number): Text => ({
    message: `${who} holds ${licence} but is not among its users in ${source}, captured on ${dayToIso(capturedOn)}: no use of it was seen.`,
    fix: 'Confirm with the user that they still need it; if not, remove the assignment and reassign the CAL.',
  }),
  inactive: (
    who: string,
    lastActivity: number,
    days: number,
    threshold: number,
    device: boolean,
    source?: string,
  ): Text => ({
    message:
      `${device ? `Device ${who}` : who} shows no activity since ${dayToIso(lastActivity)} (${days} days; stale after ${threshold})` +
      (source
        ? `, by the last logon in ${source}. A last logon is a hint, not proof: background processes update it too.`
        : '.'),
    fix: device
      ? 'Confirm the device is still in use; otherwise remove the assignment and reassign the CAL.'
      : 'Confirm the person still uses the system; otherwise remove the assignment and reassign the CAL.',
  }),
};

export const shortfall = (
  required: number,
  owned: number,
  covered: number,
  short: number,
  reclaimable: number,
): Text => ({
  message:
    `${required} required, ${owned} owned` +
    (covered > 0 ? `, ${covered} covered by a later version or a suite` : '') +
    `: ${short} short.`,
  fix:
    `Buy ${plural(short, 'CAL')} or remove assignments` +
    (reclaimable > 0 ? ` (${reclaimable} held by stale assignees can be reclaimed).` : '.'),
});

export const version = (
  licence: string,
  product: string,
  deployed: string,
  where: string,
): Text => ({
  message: `${licence} is older than ${product} ${deployed} (${where}); a CAL covers its own and earlier versions only.`,
  fix: `Assign ${article(product)} ${product} ${deployed} or later CAL.`,
});

export const noServer = (licence: string, server: string): Text => ({
  message: `No ${server} licence is recorded for ${licence} (no server purchase line, no Servers row): a CAL complements the server licence, it never replaces it.`,
  fix: `Record the ${server} licence in Purchases or the server in Servers.`,
});

export const noProofColumns = (lacks: readonly string[], lines: number): Text => ({
  message: `The Purchases table has no ${lacks.join(' and no ')} column: none of its ${lines} purchase line${lines === 1 ? '' : 's'} shows ${lines === 1 ? 'its' : 'their'} proof.`,
  fix: `Add ${lacks.map((c) => `a ${c} column`).join(' and ')}, filled from the invoices or orders (an export without them, such as Snipe-IT's Reports > Licenses, needs them added).`,
});

export const foreignLines = (
  count: number,
  examples: readonly string[],
  rows: readonly number[],
): Text => ({
  message: `${count} purchase line${count === 1 ? ' names' : 's name'} no Microsoft server product or CAL (${examples.map((e) => `"${e}"`).join(', ')}${count > examples.length ? ', ...' : ''}): left out of the licence position (row${rows.length === 1 ? '' : 's'} ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', ...' : ''}).`,
  fix: 'Keep other software in another list; if one of them is a CAL, write its name as on the invoice.',
});

export const noProof = (licence: string, lacks: readonly string[]): Text => ({
  message: `Purchase of ${licence} has no ${lacks.join(', and no ')}.`,
  fix: 'Add the invoice or order number and the purchase date, and say where the document is kept (Proof location).',
});

export const unassignedUse = (
  account: string,
  licence: string,
  source: string,
  deviceCals: boolean,
): Text => ({
  message:
    `${account} uses ${licence} (${source}) but holds no such CAL in Assignments.` +
    (deviceCals ? ' Device CALs cover it only if every device the account uses has one.' : ''),
  fix: 'Assign a CAL to this account, or note why it needs none (shared mailbox, service account).',
});

export const reassignedEarly = (
  licence: string,
  from: string,
  to: string,
  gap: number,
  previous: number,
): Text => ({
  message: `${licence} was reassigned from ${from} to ${to} ${plural(gap, 'day')} after it was assigned on ${dayToIso(previous)}; reassignment within 90 days is allowed only for hardware failure, end of employment or temporary cover.`,
  fix: 'Record the reason (hardware failure, end of employment, temporary cover), or use another CAL.',
});

export const surplus = (count: number, owned: number, required: number): Text => ({
  message: `${count} more owned than required (owned ${owned}, required ${required}).`,
  fix: 'Reassign them where they are needed, or reduce the next renewal.',
});

export const ambiguousAccount = (
  account: string,
  source: string,
  candidates: readonly string[],
): Text => ({
  message: `${account} (${source}) fits ${candidates.length} records of the register (${list(candidates.slice(0, 4))}${candidates.length > 4 ? ', ...' : ''}): it is not counted for any of them.`,
  fix: "Write each person's UPN in the Account column, so the evidence names one record.",
});

export const evidenceOld = (
  source: string,
  capturedOn: number,
  age: number,
  asOf: number,
  days: number,
  inUsageTable: boolean,
): Text => ({
  message: `${source} was captured on ${dayToIso(capturedOn)}, ${age} days before ${dayToIso(asOf)}: evidence older than ${days} days may no longer show who uses the servers.`,
  fix: inUsageTable
    ? 'Export it again, import the new file and remove the old rows from the Usage table.'
    : 'Export it again and audit with the new file.',
});
