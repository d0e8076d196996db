/**
 * EVIDENCE-OLD: evidence of use captured more than 30 days before the as-of date. Old
 * evidence still counts, but it may not show who uses the servers now; it never makes a CAL
 * look unused. One finding per source.
 */
import { EVIDENCE_FRESH_DAYS } from '../evidence/context';
import type { RuleCheck } from './context';
import { evidenceOld } from './messages';
import { draft } from './where';

export const evidenceOldRule: RuleCheck = ({ register, evidence, asOf }, emit) => {
  for (const summary of evidence.summaries) {
    if (
      summary.ageDays === undefined ||
      summary.capturedOn === undefined ||
      summary.ageDays <= EVIDENCE_FRESH_DAYS
    ) {
      continue;
    }
    const said = evidenceOld(
      summary.source,
      summary.capturedOn,
      summary.ageDays,
      asOf,
      EVIDENCE_FRESH_DAYS,
      summary.firstRow !== undefined,
    );
    if (summary.firstRow !== undefined) {
      emit(draft(register, 'Usage', summary.firstRow, 'capturedOn', undefined, undefined, said));
    } else {
      emit({ key: summary.source, message: said.message, fix: said.fix });
    }
  }
};
