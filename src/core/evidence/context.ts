/**
 * What the evidence says about the register, worked out once per audit: which holder each
 * usage row is about, the latest logon per holder and product, the account's state as the
 * latest capture gives it, and a summary of every source (its age, how many accounts it
 * matched).
 */
import type { AssignmentTable, Register, Status, UsageRecord } from '../register';
import { type ProductId, productsOf, type Licence } from '../licensing';
import { MAPPERS } from './formats';
import { AccountMatcher, type AccountMatch } from './match';
import type { EvidenceImport } from './types';

/** Evidence older than this at the as-of date is flagged, and does not make CALs look unused. */
export const EVIDENCE_FRESH_DAYS = 30;

export interface Logon {
  readonly day: number;
  readonly source: string;
}

/** The latest logon that shows use of one product ('' for evidence that names none). */
interface ProductLogon extends Logon {
  readonly product: ProductId | '';
}

export interface HolderEvidence {
  /**
   * The latest logon by the product it shows use of, in the order the products were first
   * seen: a mailbox logon is Exchange use, a domain logon Windows Server use. '' for evidence
   * that names no product, which counts for every CAL. One product each; usually one in all.
   */
  logons: ProductLogon[];
  /** Disabled or Left when the latest capture that states the account's state says so. */
  status?: Status;
  statusSource?: string;
  /** Capture day of the evidence the state comes from (-Infinity when it has none). */
  statusCapturedOn: number;
}

/** The latest logon that shows use of a CAL of this licence (any, when none is given). */
export function lastLogonFor(
  seen: HolderEvidence,
  licence: Licence | undefined,
): Logon | undefined {
  const { logons } = seen;
  // One product's logon (the usual case): it counts when it names no product or one of the
  // licence's; the loop below would find the same.
  if (logons.length === 1) {
    const only = logons[0];
    return only.product === '' || !licence || usedProducts(licence).includes(only.product)
      ? only
      : undefined;
  }
  let latest = logonOf(seen, '');
  const consider = (product: ProductId) => {
    const logon = logonOf(seen, product);
    if (logon && (!latest || logon.day > latest.day)) latest = logon;
  };
  if (!licence) {
    for (const { product } of seen.logons) if (product !== '') consider(product);
  } else {
    for (const product of usedProducts(licence)) consider(product);
  }
  return latest;
}

/** productsOf, once per licence: the stale check asks it of every assignment row. */
const PRODUCTS_OF = new WeakMap<Licence, readonly ProductId[]>();

function usedProducts(licence: Licence): readonly ProductId[] {
  let products = PRODUCTS_OF.get(licence);
  if (!products) PRODUCTS_OF.set(licence, (products = productsOf(licence)));
  return products;
}

function logonOf(seen: HolderEvidence, product: ProductId | ''): ProductLogon | undefined {
  for (const logon of seen.logons) if (logon.product === product) return logon;
  return undefined;
}

/**
 * The product whose use a logon in this evidence shows: as its export format declares
 * (formats/*), else, for a Usage table row, the CAL it names; '' when it names none.
 */
function productShown(u: UsageRecord, imports: readonly EvidenceImport[]): ProductId | '' {
  const format = u.evidence === undefined ? undefined : imports[u.evidence]?.format;
  if (format !== undefined) return LOGONS_SHOW.get(format) ?? '';
  return u.licence?.product ?? '';
}

/** The product each export format's logons show use of, by format. */
const LOGONS_SHOW = new Map(MAPPERS.map((m) => [m.format, m.logonsShow]));

export interface EvidenceSummary {
  readonly source: string;
  readonly capturedOn?: number;
  /** Days between capture and the as-of date. */
  readonly ageDays?: number;
  readonly accounts: number;
  readonly matched: number;
  readonly ambiguous: number;
  readonly unmatched: number;
  /** The licence whose every user the source lists, when it does. */
  readonly completeFor?: Licence;
  /** The domains whose every account the source lists (upper case), when it does. */
  readonly wholeDomains?: readonly string[];
  /** Worksheet row of the source's first row in the Usage table; undefined for imported files. */
  readonly firstRow?: number;
  /** Usage records of this source. */
  readonly records: readonly number[];
}

export interface EvidenceContext {
  /** Per usage record (by index): the holder it is about. */
  readonly matches: readonly AccountMatch[];
  /** By holder id: what the evidence says of the holder; undefined when it says nothing. */
  readonly byHolder: readonly (HolderEvidence | undefined)[];
  readonly summaries: readonly EvidenceSummary[];
}

const EMPTY: EvidenceContext = { matches: [], byHolder: [], summaries: [] };

/** The logons of a holder the evidence shows none for (shared: a holder's first is a new list). */
const NO_LOGONS: ProductLogon[] = [];

/**
 * The licence a source lists every user of: an imported Exchange CAL user report, or Usage
 * table rows of one CAL whose "Lists every user of the CAL" column says Yes on every row (as
 * the task pane writes an imported report). The Source's wording is never read for it.
 */
function completeFor(
  records: readonly UsageRecord[],
  imports: readonly EvidenceImport[],
): Licence | undefined {
  const first = records[0];
  if (!first?.licence) return undefined;
  const complete =
    first.evidence !== undefined
      ? imports[first.evidence]?.completeFor !== undefined
      : records.every((r) => r.listsEveryUser === true);
  return complete && records.every((r) => r.licence === first.licence) ? first.licence : undefined;
}

/**
 * The domains a source lists every account of: an imported Get-ADUser export that has krbtgt,
 * or the domains every Usage table row of the source names in its "Lists every account of
 * domain" column (as the pane writes such an export). A row without one leaves it unsaid.
 */
function wholeDomainsOf(
  records: readonly UsageRecord[],
  imports: readonly EvidenceImport[],
): readonly string[] | undefined {
  const first = records[0];
  if (first.evidence !== undefined) return imports[first.evidence]?.wholeDomains;
  let domains = first.listsEveryAccountOf;
  for (let k = 1; k < records.length && domains !== undefined && domains.length > 0; k += 1) {
    const said = records[k].listsEveryAccountOf;
    if (said === undefined) return undefined;
    if (!domains.every((d) => said.includes(d))) domains = domains.filter((d) => said.includes(d));
  }
  return domains;
}

function summarise(
  usage: readonly UsageRecord[],
  matches: readonly AccountMatch[],
  asOf: number,
  imports: readonly EvidenceImport[],
): EvidenceSummary[] {
  const groups = new Map<string, number[]>();
  let previous: UsageRecord | undefined;
  let list: number[] = [];
  usage.forEach((u, i) => {
    // Rows of one source come together: the group is looked up when the source changes.
    if (
      previous === undefined ||
      u.evidence !== previous.evidence ||
      u.source !== previous.source ||
      u.capturedOn !== previous.capturedOn
    ) {
      const key = `${u.evidence ?? 't'}\u0000${u.source}\u0000${u.capturedOn ?? ''}`;
      const found = groups.get(key);
      if (found) list = found;
      else groups.set(key, (list = []));
    }
    list.push(i);
    previous = u;
  });
  return [...groups.values()].map((indexes) => {
    const records = indexes.map((i) => usage[i]);
    const first = records[0];
    const counts = { holder: 0, ambiguous: 0, none: 0 };
    for (let k = 0; k < indexes.length; k += 1) counts[matches[indexes[k]].kind] += 1;
    const licence = completeFor(records, imports);
    const domains = wholeDomainsOf(records, imports);
    return {
      source: first.source || 'Usage table',
      ...(first.capturedOn !== undefined
        ? { capturedOn: first.capturedOn, ageDays: asOf - first.capturedOn }
        : {}),
      accounts: records.length,
      matched: counts.holder,
      ambiguous: counts.ambiguous,
      unmatched: counts.none,
      ...(licence ? { completeFor: licence } : {}),
      ...(domains && domains.length > 0 ? { wholeDomains: domains } : {}),
      ...(first.evidence === undefined ? { firstRow: first.row } : {}),
      records: indexes,
    };
  });
}

export function evidenceContext(
  register: Register,
  table: AssignmentTable,
  ended: Uint8Array,
  asOf: number,
  imports: readonly EvidenceImport[] = [],
): EvidenceContext {
  const usage = register.usage;
  if (usage.length === 0) return EMPTY;
  const matcher = new AccountMatcher(table, ended);
  const matches = usage.map((u) => matcher.match(u));
  const byHolder = new Array<HolderEvidence | undefined>(table.holderCount);
  usage.forEach((u, i) => {
    const match = matches[i];
    if (match.kind !== 'holder') return;
    let seen = byHolder[match.holder];
    if (!seen) {
      // Every field from the start (one shape for all), no room kept for logons: an export of
      // 100,000 accounts makes as many of these.
      seen = {
        logons: NO_LOGONS,
        status: undefined,
        statusSource: undefined,
        statusCapturedOn: -Infinity,
      };
      byHolder[match.holder] = seen;
    }
    const source = u.source || 'Usage table';
    if (u.lastLogon !== undefined) {
      const product = productShown(u, imports);
      const day = u.lastLogon;
      const { logons } = seen;
      let at = 0;
      while (at < logons.length && logons[at].product !== product) at += 1;
      if (at === 0 && logons.length === 0) seen.logons = [{ product, day, source }];
      else if (at === logons.length) logons.push({ product, day, source });
      else if (day > logons[at].day) logons[at] = { product, day, source };
    }
    // The account's state now is what the latest capture says: an account disabled in
    // June and enabled again in November is enabled. On the same day, disabled wins.
    if (u.status && u.status !== 'Absent') {
      const captured = u.capturedOn ?? -Infinity;
      const ended = u.status !== 'Active';
      if (
        captured > seen.statusCapturedOn ||
        (captured === seen.statusCapturedOn && ended && seen.status === undefined)
      ) {
        seen.statusCapturedOn = captured;
        if (ended) {
          seen.status = u.status;
          seen.statusSource = source;
        } else {
          seen.status = undefined;
          seen.statusSource = undefined;
        }
      }
    }
  });
  return { matches, byHolder, summaries: summarise(usage, matches, asOf, imports) };
}

/**
 * Rows whose holder a fresh, complete list of their licence leaves out: the register says
 * they hold the CAL, the server has not seen them use it.
 */
export function unseenRows(
  table: AssignmentTable,
  ended: Uint8Array,
  evidence: EvidenceContext,
): Map<number, EvidenceSummary> {
  const unseen = new Map<number, EvidenceSummary>();
  for (const summary of evidence.summaries) {
    const licence = summary.completeFor;
    if (!licence || summary.ageDays === undefined || summary.ageDays > EVIDENCE_FRESH_DAYS)
      continue;
    const listed = listedHolders(evidence, summary);
    for (let i = 0; i < table.length; i += 1) {
      const held = table.licence(i);
      if (!held || ended[i] === 1 || table.holder[i] < 0 || table.byDevice[i] === 1) continue;
      if (held.product !== licence.product || held.edition !== licence.edition) continue;
      if (licence.version !== '' && held.version !== licence.version) continue;
      if (!listed.has(table.holder[i])) unseen.set(i, summary);
    }
  }
  return unseen;
}

/** Holders a source names: matched, or among the candidates of an ambiguous name. */
function listedHolders(evidence: EvidenceContext, summary: EvidenceSummary): Set<number> {
  const listed = new Set<number>();
  const { records } = summary;
  for (let k = 0; k < records.length; k += 1) {
    const match = evidence.matches[records[k]];
    if (match.kind === 'holder') listed.add(match.holder);
    // A name that fits several holders may be any of them: none is said to be missing.
    if (match.kind === 'ambiguous') for (const h of match.holders) listed.add(h);
  }
  return listed;
}

/**
 * Rows whose account a fresh export of every account of its domain leaves out: the account
 * no longer exists. An account is of a domain by DOMAIN\sam, or by a UPN suffix the export's
 * own accounts use; an account written otherwise is never said to be missing.
 */
export function missingRows(
  table: AssignmentTable,
  ended: Uint8Array,
  evidence: EvidenceContext,
  usage: readonly UsageRecord[],
): Map<number, EvidenceSummary> {
  const missing = new Map<number, EvidenceSummary>();
  for (const summary of evidence.summaries) {
    const domains = summary.wholeDomains;
    if (!domains || summary.ageDays === undefined || summary.ageDays > EVIDENCE_FRESH_DAYS)
      continue;
    const suffixes = new Set<string>();
    const addSuffix = (name: string) => {
      const at = name.lastIndexOf('@');
      if (at > 0) suffixes.add(name.slice(at + 1));
    };
    const { records } = summary;
    for (let k = 0; k < records.length; k += 1) {
      const u = usage[records[k]];
      addSuffix(u.accountKey);
      u.names?.forEach(addSuffix);
    }
    const listed = listedHolders(evidence, summary);
    for (let i = 0; i < table.length; i += 1) {
      if (ended[i] === 1 || table.holder[i] < 0 || table.byDevice[i] === 1) continue;
      if (listed.has(table.holder[i])) continue;
      const account = table.account(i).toLowerCase();
      const slash = account.indexOf('\\');
      const at = account.lastIndexOf('@');
      const inScope =
        slash > 0
          ? domains.includes(account.slice(0, slash).toUpperCase())
          : at > 0 && suffixes.has(account.slice(at + 1));
      if (inScope) missing.set(i, summary);
    }
  }
  return missing;
}

/** Evidence used by an audit, as the CLI, the JSON and the audit sheet show it. */
export interface EvidenceUsed {
  readonly source: string;
  /** ISO date of the capture, when known. */
  readonly capturedOn?: string;
  readonly ageDays?: number;
  readonly accounts: number;
  readonly matched: number;
  readonly ambiguous: number;
  /** Accounts the register does not hold. */
  readonly unmatched: number;
  /** The licence the source lists every user of. */
  readonly completeFor?: string;
  /** The domains the source lists every account of. */
  readonly wholeDomains?: readonly string[];
}

export function evidenceUsed(
  evidence: EvidenceContext,
  toIso: (day: number) => string,
): EvidenceUsed[] {
  return evidence.summaries.map((s) => ({
    source: s.source,
    ...(s.capturedOn !== undefined ? { capturedOn: toIso(s.capturedOn), ageDays: s.ageDays } : {}),
    accounts: s.accounts,
    matched: s.matched,
    ambiguous: s.ambiguous,
    unmatched: s.unmatched,
    ...(s.completeFor ? { completeFor: s.completeFor.name } : {}),
    ...(s.wholeDomains ? { wholeDomains: s.wholeDomains } : {}),
  }));
}
