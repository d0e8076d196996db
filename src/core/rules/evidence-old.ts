/**
 * EVIDENCE-OLD: evidence of use captured more than 30 days before the as-of date. Old
 * evidence still counts, but it may not show who uses the servers now; it never makes a CAL
 * look unused. One finding per source.
 */
import { dayToIso } from '../register';
import { EVIDENCE_FRESH_DAYS } from '../evidence';
import { defineRule, type Said } from './define';

const messages = {
  evidenceOld: (
    source: string,
    capturedOn: number,
    age: number,
    asOf: number,
    days: number,
    inUsageTable: boolean,
  ): Said => ({
    message: `${source} was captured on ${dayToIso(capturedOn)}, ${age} days before ${dayToIso(asOf)}: evidence older than ${days} days may no longer show who uses the servers.`,
    fix: inUsageTable
      ? 'Export it again, import the new file and remove the old rows from the Usage table.'
      : 'Export it again and audit with the new file.',
  }),
};

export const evidenceOld = defineRule({
  id: 'EVIDENCE-OLD',
  severity: 'warning',
  title: 'Old evidence of use',
  flags: 'evidence of use captured more than 30 days before the as-of date',
  why: 'Evidence more than 30 days old may no longer show who uses the servers.',
  table: 'Usage',
  scope: 'row',
  messages,
  check({ evidence, asOf }, report) {
    for (const summary of evidence.summaries) {
      if (
        summary.ageDays === undefined ||
        summary.capturedOn === undefined ||
        summary.ageDays <= EVIDENCE_FRESH_DAYS
      ) {
        continue;
      }
      const inTable = summary.firstRow !== undefined;
      const said = messages.evidenceOld(
        summary.source,
        summary.capturedOn,
        summary.ageDays,
        asOf,
        EVIDENCE_FRESH_DAYS,
        inTable,
      );
      if (inTable) {
        report({ table: 'Usage', row: summary.firstRow, field: 'capturedOn', ...said });
      } else {
        report({ key: summary.source, ...said });
      }
    }
  },
});
