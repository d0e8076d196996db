/**
 * The rule registry: every rule once, with its stable id, severity and title. The CLI, the
 * functions, the task pane and the audit sheet all read findings through this list.
 */
import type { RuleId, Severity } from '../findings';
import { calDeviceMisrecorded } from './cal-device-misrecorded';
import { calDuplicate } from './cal-duplicate';
import { calNoBase } from './cal-no-base';
import { calNoServer } from './cal-no-server';
import { calReassignedEarly } from './cal-reassigned-early';
import { calShortfall } from './cal-shortfall';
import { calStale } from './cal-stale';
import { calSurplus } from './cal-surplus';
import { calUnassignedUse } from './cal-unassigned-use';
import { calVersion } from './cal-version';
import type { RuleCheck } from './context';
import { docNoProof } from './doc-no-proof';
import { evidenceOldRule } from './evidence-old';
import { regInvalid } from './reg-invalid';
import { regMissing } from './reg-missing';

export interface RuleDef {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: string;
  /** Why the rule exists, for the audit sheet and the task pane. */
  readonly why: string;
  readonly check: RuleCheck;
}

// prettier-ignore
export const RULES: readonly RuleDef[] = [
  { id: 'REG-MISSING', severity: 'warning', title: 'Required field empty', why: 'Each assignment must be documented.', check: regMissing },
  { id: 'REG-INVALID', severity: 'warning', title: 'Value cannot be read', why: 'A value that cannot be read cannot be counted.', check: regInvalid },
  { id: 'CAL-DUPLICATE', severity: 'warning', title: 'Same CAL assigned twice', why: 'One CAL per user or device is enough.', check: calDuplicate },
  { id: 'CAL-DEVICE-MISRECORDED', severity: 'error', title: 'User CAL vs Device CAL', why: 'A User CAL covers a person, a Device CAL a device.', check: calDeviceMisrecorded },
  { id: 'CAL-NO-BASE', severity: 'error', title: 'Additive CAL without its base', why: 'An Enterprise CAL is an add-on to the Standard CAL; an RDS CAL to the Windows Server CAL.', check: calNoBase },
  { id: 'CAL-STALE', severity: 'warning', title: 'Stale assignment', why: 'Remove assignments of people who no longer use the system.', check: calStale },
  { id: 'CAL-SHORTFALL', severity: 'error', title: 'Fewer CALs owned than required', why: 'Licences must cover every authorised user or device.', check: calShortfall },
  { id: 'CAL-VERSION', severity: 'error', title: 'CAL older than the server', why: 'A CAL covers its own and earlier server versions only.', check: calVersion },
  { id: 'CAL-NO-SERVER', severity: 'error', title: 'CALs without a server licence', why: 'A CAL complements the server licence; it never replaces it.', check: calNoServer },
  { id: 'DOC-NO-PROOF', severity: 'warning', title: 'Purchase without proof', why: 'Keep the purchase documents: they are the proof of entitlement.', check: docNoProof },
  { id: 'CAL-UNASSIGNED-USE', severity: 'error', title: 'Use without a CAL', why: 'Every account that uses the server needs a CAL.', check: calUnassignedUse },
  { id: 'CAL-REASSIGNED-EARLY', severity: 'warning', title: 'Reassigned within 90 days', why: 'A CAL may be reassigned only after 90 days, except for hardware failure, end of employment or temporary cover.', check: calReassignedEarly },
  { id: 'CAL-SURPLUS', severity: 'info', title: 'More owned than required', why: 'Spare CALs are money to recover.', check: calSurplus },
  { id: 'EVIDENCE-OLD', severity: 'warning', title: 'Old evidence of use', why: 'Evidence more than 30 days old may no longer show who uses the servers.', check: evidenceOldRule },
];

export function ruleById(id: RuleId): RuleDef {
  return RULES.find((rule) => rule.id === id) as RuleDef;
}
