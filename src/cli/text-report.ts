/**
 * The human output of `cal-register audit`: the position as a table, then the findings
 * grouped by rule with Sheet!Row references, then the verdict.
 */
import {
  cellAddress,
  cloudRightsUsed,
  dayToIso,
  evidenceUsed,
  EVIDENCE_FRESH_DAYS,
  findingCounts,
  groupByRule,
  NO_POSITION,
  positionHeaders,
  verdictOf,
  type AuditResult,
  type Finding,
  type PositionField,
  type Severity,
} from '../core';

export interface TextOptions {
  /** Source file name for the heading. */
  readonly source: string;
  /** ANSI colours (a terminal that did not ask for NO_COLOR). */
  readonly color: boolean;
  /** Findings listed per rule before "... and N more"; Infinity for all. */
  readonly perRule: number;
  /** Notes about the imported exports. */
  readonly notes?: readonly string[];
}

const COLORS = {
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  green: '\x1b[32m',
  cyan: '\x1b[36m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
};
type Color = keyof typeof COLORS;

function paint(on: boolean, color: Color, text: string): string {
  return on ? `${COLORS[color]}${text}\x1b[0m` : text;
}

const SEVERITY_COLOR: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'cyan' };

function pad(text: string, width: number, right = false): string {
  const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? clipped.padStart(width) : clipped.padEnd(width);
}

/** The position's number columns the text report shows. */
const NUMBERS: readonly PositionField[] = [
  'owned',
  'required',
  'covered',
  'shortfall',
  'surplus',
  'reclaimable',
];

function positionLines(result: AuditResult, color: boolean): string[] {
  if (result.position.length === 0) return [`  ${NO_POSITION}`];
  const width = Math.min(48, Math.max(7, ...result.position.map((p) => p.licence.length)));
  const [licence, status] = positionHeaders(['licence', 'status'], 'short');
  const numbers = positionHeaders(NUMBERS, 'short');
  const head = `  ${pad(licence, width)}  ${numbers.map((h) => pad(h, 8, true)).join(' ')}  ${status}`;
  const lines = [paint(color, 'bold', head)];
  for (const p of result.position) {
    const values = NUMBERS.map((field) => p[field]);
    const status =
      p.status === 'shortfall'
        ? paint(color, 'red', 'SHORTFALL')
        : p.status === 'surplus'
          ? paint(color, 'cyan', 'surplus')
          : paint(color, 'green', 'ok');
    const unproven = p.unproven > 0 ? paint(color, 'yellow', ` (${p.unproven} unproven)`) : '';
    lines.push(
      `  ${pad(p.licence, width)}  ${values.map((v) => pad(String(v), 8, true)).join(' ')}  ${status}${unproven}`,
    );
  }
  return lines;
}

/** Where a finding points: its cell, else its sheet, licence or the workbook. */
function where(f: Finding): string {
  return cellAddress(f) ?? f.sheet ?? f.licence ?? 'Workbook';
}

function findingLines(result: AuditResult, options: TextOptions): string[] {
  const lines: string[] = [];
  for (const { rule, findings: found } of groupByRule(result.findings)) {
    // A rule may report a milder case (a note): the heading says the group's gravest.
    const severity = (['error', 'warning', 'info'] as const).find((sv) =>
      found.some((f) => f.severity === sv),
    ) as Severity;
    const heading = `${rule.id} (${severity}) ${rule.title}: ${found.length}`;
    lines.push('', paint(options.color, SEVERITY_COLOR[severity], heading));
    for (const f of found.slice(0, options.perRule)) {
      lines.push(`  ${paint(options.color, 'bold', where(f))}  ${f.message}`);
      if (f.fix) lines.push(paint(options.color, 'dim', `      ${f.fix}`));
    }
    if (found.length > options.perRule) {
      lines.push(
        paint(
          options.color,
          'dim',
          `  ... and ${found.length - options.perRule} more (--all lists them; --json and --out keep them all)`,
        ),
      );
    }
  }
  return lines;
}

function evidenceLines(result: AuditResult, options: TextOptions): string[] {
  const used = evidenceUsed(result.context.evidence, dayToIso);
  if (used.length === 0) return [];
  const lines = [paint(options.color, 'bold', 'Evidence of use')];
  for (const e of used) {
    const days = e.ageDays ?? 0;
    const when =
      days < 0
        ? `${-days} ${days === -1 ? 'day' : 'days'} after the as-of date`
        : `${days} ${days === 1 ? 'day' : 'days'} old${days > EVIDENCE_FRESH_DAYS ? ': old' : ''}`;
    const age =
      e.capturedOn === undefined ? 'capture date unknown' : `captured ${e.capturedOn} (${when})`;
    const counts = `${e.accounts} accounts: ${e.matched} matched, ${e.ambiguous} ambiguous, ${e.unmatched} not in the register`;
    lines.push(`  ${e.source}: ${age}; ${counts}`);
  }
  for (const note of options.notes ?? []) lines.push(paint(options.color, 'dim', `  ${note}`));
  return [...lines, ''];
}

/** The cloud plans the register names, and what each was taken to stand for. */
function cloudLines(result: AuditResult, options: TextOptions): string[] {
  const used = cloudRightsUsed(result);
  if (used.length === 0) return [];
  const lines = [paint(options.color, 'bold', 'Cloud plans')];
  for (const { plan, standsFor } of used) {
    const confirmed = standsFor.filter((s) => s.confirmed).map((s) => s.cal);
    const not = standsFor.filter((s) => !s.confirmed).map((s) => s.cal);
    const said = [
      confirmed.length > 0 ? `stands for ${confirmed.join(', ')} (confirmed)` : 'stands for no CAL',
      ...(not.length > 0 ? [`not confirmed: ${not.join(', ')}`] : []),
    ];
    lines.push(`  ${plan}: ${said.join('; ')}`);
  }
  lines.push(
    paint(options.color, 'dim', '  Confirm or change these in the Cloud rights table.'),
    '',
  );
  return lines;
}

/** The whole human report, as lines. */
export function textReport(result: AuditResult, options: TextOptions): string {
  const { summary } = result;
  const settings = [`as of ${dayToIso(result.asOf)}`, `stale after ${result.staleDays} days`];
  if (result.organisation) settings.push(result.organisation);
  const off = result.notChecked.map((n) => `Not checked: ${n.rule} (${n.why}).`);
  const { verdict, tone } = verdictOf(result);
  const lines = [
    paint(options.color, 'bold', `CAL Register audit of ${options.source}`),
    settings.join(' · '),
    ...off,
    '',
    paint(options.color, 'bold', 'Licence position'),
    ...positionLines(result, options.color),
    '',
    ...evidenceLines(result, options),
    ...cloudLines(result, options),
    paint(options.color, 'bold', `Findings: ${findingCounts(summary)}`),
    ...findingLines(result, options),
    '',
    paint(options.color, tone === 'good' ? 'green' : tone === 'warn' ? 'yellow' : 'red', verdict),
  ];
  return `${lines.join('\n')}\n`;
}
