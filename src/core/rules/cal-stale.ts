/**
 * CAL-STALE: the assignee left, is disabled, or shows no activity for longer than the stale
 * threshold (Settings "Stale after days", 90 by default); evidence of use counts too (see
 * ../stale.ts, which decides it for the engine, this rule and CAL.ISSTALE alike).
 */
import { dayToIso } from '../register';
import type { StaleReason } from '../position';
import type { AuditContext } from './context';
import { defineRule, type Said } from './define';

const per = (source: string | undefined) => (source ? ` (according to ${source})` : '');

const messages = {
  left: (who: string, device: boolean, source?: string): Said => ({
    message: device
      ? `Device ${who} is retired (status Left)${per(source)}; the CAL is still assigned.`
      : source
        ? `${who}'s account is deleted${per(source)}; the CAL is still assigned.`
        : `${who} has left; the CAL is still assigned.`,
    fix: 'Remove the assignment and reassign the CAL.',
  }),
  disabled: (who: string, device: boolean, source?: string): Said => ({
    message: device
      ? `Device ${who} is disabled${per(source)}; the CAL is still assigned.`
      : `${who}'s account is disabled${per(source)}; the CAL is still assigned.`,
    fix: 'Remove the assignment, or set the status to Absent if the absence is temporary.',
  }),
  missing: (who: string, source: string, capturedOn: number): Said => ({
    message: `${who} is not among the accounts of ${source}, captured on ${dayToIso(capturedOn)}, which lists every account of the domain: the account seems deleted, and the CAL is still assigned.`,
    fix: 'If the person left, remove the assignment and reassign the CAL; if the account was renamed, correct the Account.',
  }),
  unseen: (who: string, licence: string, source: string, capturedOn: number): Said => ({
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
  ): Said => ({
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

function said(reason: StaleReason, who: string, device: boolean, context: AuditContext): Said {
  if (reason.why === 'left') return messages.left(who, device, reason.source);
  if (reason.why === 'disabled') return messages.disabled(who, device, reason.source);
  if (reason.why === 'missing') return messages.missing(who, reason.source, reason.capturedOn);
  if (reason.why === 'unseen')
    return messages.unseen(who, reason.licence, reason.source, reason.capturedOn);
  return messages.inactive(
    who,
    reason.lastActivity,
    reason.days,
    context.staleDays,
    device,
    reason.source,
  );
}

export const calStale = defineRule({
  id: 'CAL-STALE',
  severity: 'warning',
  title: 'Stale assignment',
  flags: 'the holder left, is disabled, or shows no activity for longer than the stale threshold',
  why: 'Remove assignments of people who no longer use the system.',
  table: 'Assignments',
  scope: 'row',
  messages,
  check(context, report) {
    const assignments = context.register.assignments;
    for (const [i, reason] of context.stale) {
      const key = assignments.key(i);
      const device = assignments.byDevice[i] === 1;
      report({
        table: 'Assignments',
        row: assignments.row[i],
        field: reason.why === 'inactive' ? 'lastActivity' : 'status',
        key,
        licence: assignments.licence(i)?.name,
        say: () => said(reason, key, device, context),
      });
    }
  },
});
