/**
 * The audit report model: what the audit sheet says, as plain data. The task pane and the
 * command line both render this model; neither decides content.
 */
import type { AuditResult } from '../audit';
import { dayToIso, isoToDay, type Purchase } from '../register';
import { type Finding, type Severity, RULES } from '../rules';
import { activeOn, hasProof } from '../position';
import { EVIDENCE_FRESH_DAYS } from '../evidence';
import { cellAddress, cloudRightsUsed, NO_POSITION, POSITION_COLUMNS, positionState } from './view';

/** A cell: text, a number, a date (day number), or empty. Text is always written as text. */
export type ReportValue = string | number | { readonly date: number } | null;

export interface ReportColumn {
  readonly header: string;
  readonly type: 'text' | 'number' | 'date';
  /** Width in characters. */
  readonly width: number;
  /** Long text that should wrap. */
  readonly wrap?: boolean;
}

export type Tone = 'bad' | 'warn' | 'good' | 'info';

export interface ReportLink {
  /** Index of the cell that carries the link. */
  readonly cell: number;
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
}

export interface ReportRow {
  readonly cells: readonly ReportValue[];
  readonly tone?: Tone;
  readonly link?: ReportLink;
}

export interface ReportTable {
  readonly kind: 'table';
  readonly id: 'position' | 'findings' | 'proof' | 'evidence' | 'cloud' | 'checks';
  readonly title: string;
  /** A name for the Excel table (letters, digits, underscores). */
  readonly tableName: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** A totals row under the table; null cells stay empty. */
  readonly totals?: readonly ReportValue[];
  /** Said instead of the table when it has no rows. */
  readonly empty: string;
  readonly note?: string;
}

export interface ReportFields {
  readonly kind: 'fields';
  readonly id: 'sign-off';
  readonly title: string;
  readonly fields: ReadonlyArray<readonly [label: string, value: ReportValue]>;
  readonly note?: string;
}

export type ReportSection = ReportTable | ReportFields;

export interface AuditReport {
  readonly title: string;
  /** One sentence: compliant, or how many CALs are short. */
  readonly verdict: string;
  readonly verdictTone: Tone;
  /** Title block: organisation, as-of date, generated at, source file, settings. */
  readonly titleBlock: ReadonlyArray<readonly [label: string, value: ReportValue]>;
  readonly sections: readonly ReportSection[];
}

export interface ReportMeta {
  /** The workbook audited, as the user knows it (a file name). */
  readonly source: string;
  /** When the report was made, already formatted by the caller (the engine has no clock). */
  readonly generatedAt: string;
  /** The tool and its version, e.g. "cal-register 0.1.0". */
  readonly generator: string;
}

const TONE_OF: Readonly<Record<Severity, Tone>> = { error: 'bad', warning: 'warn', info: 'info' };

function text(column: string, width: number, wrap = false): ReportColumn {
  return { header: column, type: 'text', width, ...(wrap ? { wrap } : {}) };
}

function number(column: string, width = 11): ReportColumn {
  return { header: column, type: 'number', width };
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** "1 error, 4 warnings, 0 notes" */
export function findingCounts(summary: AuditResult['summary']): string {
  return `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${count(summary.infos, 'note')}`;
}

export function verdictOf(result: AuditResult): { verdict: string; tone: Tone } {
  const { summary } = result;
  if (summary.shortfall > 0) {
    const cals = summary.shortfall === 1 ? 'CAL' : 'CALs';
    return { verdict: `Not compliant: ${summary.shortfall} ${cals} short.`, tone: 'bad' };
  }
  if (summary.verdict === 'not-compliant') {
    const errors = summary.errors === 1 ? 'error' : 'errors';
    return { verdict: `Not compliant: ${summary.errors} ${errors} to correct.`, tone: 'bad' };
  }
  if (summary.verdict === 'incomplete') {
    const reasons = summary.incomplete ?? [];
    if (reasons.length === 1 && reasons[0] === 'no assignments to check against')
      return { verdict: 'Purchases only: no assignments to check against.', tone: 'warn' };
    if (reasons.length === 1 && reasons[0] === 'no purchase lines and no assignments')
      return { verdict: 'Nothing to audit: no purchase lines and no assignments.', tone: 'warn' };
    return { verdict: `Cannot confirm: ${reasons.join('; ')}.`, tone: 'warn' };
  }
  return { verdict: 'Compliant: every CAL required is owned.', tone: 'good' };
}

function positionTable(result: AuditResult): ReportTable {
  const rows: ReportRow[] = result.position.map((p) => ({
    cells: [
      p.licence,
      positionState(p),
      p.owned,
      p.required,
      p.covered,
      p.shortfall,
      p.surplus,
      p.reclaimable,
      p.shortfallAfterReclaim,
      p.unproven,
      p.withSa,
      p.saEnds !== undefined ? { date: isoToDay(p.saEnds) ?? 0 } : null,
      p.kind,
    ],
    tone: p.shortfall > 0 ? 'bad' : p.unproven > 0 ? 'warn' : undefined,
  }));
  const sum = (pick: (p: AuditResult['position'][number]) => number) =>
    result.position.reduce((total, p) => total + pick(p), 0);
  return {
    kind: 'table',
    id: 'position',
    title: 'Licence position',
    tableName: 'CALAudit_Position',
    columns: [
      text(POSITION_COLUMNS.licence.header, 44),
      text(POSITION_COLUMNS.status.header, 30),
      number(POSITION_COLUMNS.owned.header),
      number(POSITION_COLUMNS.required.header),
      number(POSITION_COLUMNS.covered.header),
      number(POSITION_COLUMNS.shortfall.header),
      number(POSITION_COLUMNS.surplus.header),
      number(POSITION_COLUMNS.reclaimable.header, 12),
      number(POSITION_COLUMNS.shortfallAfterReclaim.header, 12),
      number(POSITION_COLUMNS.unproven.header),
      number(POSITION_COLUMNS.withSa.header),
      { header: POSITION_COLUMNS.saEnds.header, type: 'date', width: 13 },
      text(POSITION_COLUMNS.kind.header, 8),
    ],
    rows,
    totals: [
      'Total',
      null,
      sum((p) => p.owned),
      sum((p) => p.required),
      sum((p) => p.covered),
      sum((p) => p.shortfall),
      sum((p) => p.surplus),
      sum((p) => p.reclaimable),
      sum((p) => p.shortfallAfterReclaim),
      sum((p) => p.unproven),
      sum((p) => p.withSa),
      null,
      null,
    ],
    empty: NO_POSITION,
    note: 'Covered: required CALs met by a later version or a CAL Suite. Reclaimable: held only by stale assignees. Unproven: owned through purchase lines without proof. With SA: owned with Software Assurance or a subscription active at the as-of date; SA ends: the earliest end of that coverage.',
  };
}

/** Where a finding points, for the audit sheet: its cell, else what it is about. */
function where(f: Finding): string {
  if (f.sheet === undefined) return f.licence !== undefined ? 'Licence position' : 'Workbook';
  return cellAddress(f) ?? f.sheet;
}

function findingsTable(result: AuditResult): ReportTable {
  const rows: ReportRow[] = result.findings.map((f) => {
    const link =
      f.sheet !== undefined && f.row !== undefined
        ? { cell: 4, sheet: f.sheet, row: f.row, column: f.column ?? 'A' }
        : undefined;
    return {
      cells: [f.message, f.fix ?? '', f.severity, f.rule, where(f), f.key ?? '', f.licence ?? ''],
      tone: TONE_OF[f.severity],
      ...(link ? { link } : {}),
    };
  });
  return {
    kind: 'table',
    id: 'findings',
    title: 'Findings',
    tableName: 'CALAudit_Findings',
    columns: [
      text('Finding', 44, true),
      text('What to do', 30, true),
      text('Severity', 10),
      text('Rule', 24),
      text('Where', 18),
      text('Record', 26),
      text('Licence', 30),
    ],
    rows,
    empty: 'No findings: the register is complete and consistent.',
  };
}

/** A line's Software Assurance or subscription, as the proof checklist says it. */
function assuranceText(p: Purchase, asOf: number): string {
  const c = p.coverage;
  if (!c) return p.offering === 'licence' ? 'licence only' : 'none recorded';
  const what = c.kind === 'subscription' ? 'subscription' : 'SA';
  const from = c.from !== undefined ? `${dayToIso(c.from)} to ` : 'to ';
  const state = activeOn(p, asOf) ? 'active' : c.to < asOf ? 'ended' : 'not yet started';
  return `${what} ${from}${dayToIso(c.to)} (${state})`;
}

function proofTable(result: AuditResult): ReportTable {
  const sheet = result.register.tables.Purchases?.sheet ?? 'Purchases';
  const rows: ReportRow[] = result.register.purchases.map((p) => {
    const missing: string[] = [];
    if (p.invoice === '' && p.order === '') missing.push('invoice or order number');
    if (p.purchaseDate === undefined) missing.push('purchase date');
    if (p.proofLocation === '') missing.push('proof location');
    const proven = hasProof(p);
    return {
      cells: [
        p.licence?.name ?? p.licenceText,
        missing.join(', '),
        p.quantity ?? null,
        p.purchaseDate !== undefined ? { date: p.purchaseDate } : null,
        p.invoice,
        p.order,
        p.proofLocation,
        p.agreement,
        assuranceText(p, result.asOf),
        proven ? (p.proofLocation === '' ? 'Proven; no location' : 'Complete') : 'Incomplete',
        `${sheet}!${p.row}`,
      ],
      tone: proven ? (p.proofLocation === '' ? 'warn' : 'good') : 'bad',
      link: { cell: 10, sheet, row: p.row, column: 'A' },
    };
  });
  return {
    kind: 'table',
    id: 'proof',
    title: 'Proof of entitlement checklist',
    tableName: 'CALAudit_Proof',
    columns: [
      text('Licence', 44),
      text('Missing', 30, true),
      number('Quantity', 10),
      { header: 'Purchase date', type: 'date', width: 13 },
      text('Invoice', 18),
      text('Order', 18),
      text('Proof location', 30, true),
      text('Agreement', 18),
      text('SA or subscription', 26, true),
      text('Status', 14),
      text('Line', 14),
    ],
    rows,
    empty: 'No purchase lines were found.',
    note: 'A line is proven by an invoice or order number and a purchase date; keep the document where Proof location says.',
  };
}

function evidenceTable(result: AuditResult): ReportTable {
  return {
    kind: 'table',
    id: 'evidence',
    title: 'Evidence of use',
    tableName: 'CALAudit_Evidence',
    columns: [
      text('Source', 44, true),
      { header: 'Captured on', type: 'date', width: 13 },
      number('Age (days)'),
      number('Accounts'),
      number('Matched'),
      number('Ambiguous'),
      number('Not in register', 12),
      text('Lists every user of', 30, true),
    ],
    rows: result.context.evidence.summaries.map((s) => ({
      cells: [
        s.source,
        s.capturedOn !== undefined ? { date: s.capturedOn } : null,
        s.ageDays ?? null,
        s.accounts,
        s.matched,
        s.ambiguous,
        s.unmatched,
        s.completeFor?.name ?? (s.wholeDomains ? `domain ${s.wholeDomains.join(', ')}` : ''),
      ],
      tone: s.ageDays === undefined || s.ageDays > EVIDENCE_FRESH_DAYS ? 'warn' : undefined,
    })),
    empty: 'No evidence of use: the Usage table is empty and no export was imported.',
    note: `Evidence older than ${EVIDENCE_FRESH_DAYS} days is flagged. A last logon is a hint, not proof: background processes update it too.`,
  };
}

function checksTable(result: AuditResult): ReportTable {
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return {
    kind: 'table',
    id: 'checks',
    title: 'Checks performed',
    tableName: 'CALAudit_Checks',
    columns: [
      text('Check', 44),
      text('Why', 30, true),
      number('Findings', 10),
      text('Rule', 24),
      text('Severity', 10),
    ],
    rows: RULES.map((rule): ReportRow => {
      const off = result.notChecked.find((n) => n.rule === rule.id);
      if (off)
        return {
          cells: [rule.title, `Not checked: ${off.why}.`, null, rule.id, rule.severity],
          tone: 'info',
        };
      const count = counts.get(rule.id) ?? 0;
      return {
        cells: [rule.title, rule.why, count, rule.id, rule.severity],
        tone: count === 0 ? 'good' : TONE_OF[rule.severity],
      };
    }),
    empty: '',
  };
}

function cloudTable(result: AuditResult): ReportTable {
  return {
    kind: 'table',
    id: 'cloud',
    title: 'Cloud plans and the CALs they stand for',
    tableName: 'CALAudit_CloudRights',
    columns: [
      text('Plan', 44),
      text('Stands for', 30, true),
      text('Confirmed', 10),
      text('Source', 44, true),
    ],
    rows: cloudRightsUsed(result).flatMap(({ plan, standsFor }): ReportRow[] =>
      standsFor.length === 0
        ? [{ cells: [plan, 'no CAL', '', ''], tone: 'info' }]
        : standsFor.map((s) => ({
            cells: [plan, s.cal, s.confirmed ? 'Yes' : 'No', s.source],
            tone: s.confirmed ? 'good' : 'warn',
          })),
    ),
    empty: 'The register names no cloud plan.',
    note: 'A holder of a plan needs no CAL it is confirmed to stand for. Confirm or change the rows in the Cloud rights table.',
  };
}

/** Builds the report for an audit result. */
export function buildReport(result: AuditResult, meta: ReportMeta): AuditReport {
  const { verdict, tone } = verdictOf(result);
  const { summary } = result;
  return {
    title: 'CAL compliance audit',
    verdict,
    verdictTone: tone,
    titleBlock: [
      ['Organisation', result.organisation ?? ''],
      ['As of', { date: result.asOf }],
      ['Generated at', meta.generatedAt],
      ['Source file', meta.source],
      ['Stale after', `${result.staleDays} days without activity`],
      ['Findings', findingCounts(summary)],
      ['Generated by', meta.generator],
    ],
    sections: [
      positionTable(result),
      findingsTable(result),
      proofTable(result),
      evidenceTable(result),
      cloudTable(result),
      checksTable(result),
      {
        kind: 'fields',
        id: 'sign-off',
        title: 'Sign-off',
        fields: [
          ['Prepared by', ''],
          ['Role', ''],
          ['Date', ''],
          ['Signature', ''],
          ['Reviewed by', ''],
          ['Date', ''],
          ['Signature', ''],
        ],
        note: `I confirm that this register was reviewed as of ${dayToIso(result.asOf)} and that the findings above were addressed or accepted.`,
      },
    ],
  };
}
