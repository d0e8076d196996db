/**
 * What the evidence says about the register, worked out once per audit: which holder each
 * usage row is about, the latest logon and any disabled or deleted state per holder, and a
 * summary of every source (its age, how many accounts it matched).
 */
import type { AssignmentTable } from '../assignment-table';
import type { Licence } from '../licence';
import type { Register, Status, UsageRecord } from '../register';
import { AccountMatcher, type AccountMatch } from './match';
import type { EvidenceImport } from './types';

/** Evidence older than this at the as-of date is flagged, and does not make CALs look unused. */
export const EVIDENCE_FRESH_DAYS = 30;

export interface HolderEvidence {
  lastLogon?: number;
  lastLogonSource?: string;
  status?: Status;
  statusSource?: string;
}

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
  /** Worksheet row of the source's first row in the Usage table; undefined for imported files. */
  readonly firstRow?: number;
  /** Usage records of this source. */
  readonly records: readonly number[];
}

export interface EvidenceContext {
  /** Per usage record (by index): the holder it is about. */
  readonly matches: readonly AccountMatch[];
  readonly byHolder: ReadonlyMap<number, HolderEvidence>;
  readonly summaries: readonly EvidenceSummary[];
}

const EMPTY: EvidenceContext = { matches: [], byHolder: new Map(), summaries: [] };

/**
 * The licence a source lists every user of: an imported Exchange CAL user report, or Usage
 * table rows whose Source says "all users of" (as the task pane writes an imported report).
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
      : /\ball users of\b/i.test(first.source);
  return complete && records.every((r) => r.licence === first.licence) ? first.licence : undefined;
}

function summarise(
  usage: readonly UsageRecord[],
  matches: readonly AccountMatch[],
  asOf: number,
  imports: readonly EvidenceImport[],
): EvidenceSummary[] {
  const groups = new Map<string, number[]>();
  usage.forEach((u, i) => {
    const key = `${u.evidence ?? 't'}\u0000${u.source}\u0000${u.capturedOn ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  return [...groups.values()].map((indexes) => {
    const records = indexes.map((i) => usage[i]);
    const first = records[0];
    const count = (kind: AccountMatch['kind']) =>
      indexes.filter((i) => matches[i].kind === kind).length;
    const licence = completeFor(records, imports);
    return {
      source: first.source || 'Usage table',
      ...(first.capturedOn !== undefined
        ? { capturedOn: first.capturedOn, ageDays: asOf - first.capturedOn }
        : {}),
      accounts: records.length,
      matched: count('holder'),
      ambiguous: count('ambiguous'),
      unmatched: count('none'),
      ...(licence ? { completeFor: licence } : {}),
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
  const byHolder = new Map<number, HolderEvidence>();
  usage.forEach((u, i) => {
    const match = matches[i];
    if (match.kind !== 'holder') return;
    let seen = byHolder.get(match.holder);
    if (!seen) {
      seen = {};
      byHolder.set(match.holder, seen);
    }
    if (
      u.lastLogon !== undefined &&
      (seen.lastLogon === undefined || u.lastLogon > seen.lastLogon)
    ) {
      seen.lastLogon = u.lastLogon;
      seen.lastLogonSource = u.source || 'Usage table';
    }
    if (u.status && u.status !== 'Active' && u.status !== 'Absent') {
      seen.status = u.status;
      seen.statusSource = u.source || 'Usage table';
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
    const listed = new Set<number>();
    for (const i of summary.records) {
      const match = evidence.matches[i];
      if (match.kind === 'holder') listed.add(match.holder);
      // A name that fits several holders may be any of them: none is said to be unseen.
      if (match.kind === 'ambiguous') for (const h of match.holders) listed.add(h);
    }
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
  }));
}
