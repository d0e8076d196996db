/**
 * The audit report model: what the audit sheet says, as plain data (its shape: ./model.ts).
 * The task pane and the command line both render this model; neither decides content.
 */
import type { AuditResult } from '../audit';
import { dayToIso, isoToDay } from '../register';
import { type Finding, type Severity, RULES } from '../rules';
import { cellAddress, NO_POSITION, POSITION_COLUMNS, positionState } from './view';
import { number, text } from './columns';
import { cloudTable, evidenceTable, proofTable } from './records';
import type { AuditReport, ReportMeta, ReportRow, ReportTable, Tone } from './model';

const TONE_OF: Readonly<Record<Severity, Tone>> = { error: 'bad', warning: 'warn', info: 'info' };

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
