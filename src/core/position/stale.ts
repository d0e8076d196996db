/**
 * When an assignment is stale: the holder left or is disabled (as the register or the latest
 * evidence says), or shows no activity for longer than the stale threshold. Absent marks a
 * temporary absence: never stale. Activity is the later of the register's Last activity and
 * the evidence's last logon that shows use of the CAL's product. The engine computes this once
 * per row (the position's reclaimable CALs and CAL-STALE); CAL.ISSTALE asks it of one row.
 */
import { lastLogonFor, type HolderEvidence } from '../evidence';
import type { Licence } from '../licensing';
import type { Status } from '../register';

/** Why an assignment is stale; `source` names the evidence when the register did not say it. */
export type StaleReason =
  | { readonly why: 'left'; readonly source?: string }
  | { readonly why: 'disabled'; readonly source?: string }
  | {
      readonly why: 'inactive';
      readonly lastActivity: number;
      readonly days: number;
      readonly source?: string;
    }
  | { readonly why: 'missing'; readonly source: string; readonly capturedOn: number }
  | {
      readonly why: 'unseen';
      readonly source: string;
      readonly capturedOn: number;
      readonly licence: string;
    };

const LEFT: StaleReason = { why: 'left' };
const DISABLED: StaleReason = { why: 'disabled' };

/** Why one assignment is stale at `asOf`, or undefined when it is not. */
export function staleReason(
  status: Status,
  lastActivity: number | undefined,
  asOf: number,
  staleDays: number,
  seen?: HolderEvidence,
  licence?: Licence,
): StaleReason | undefined {
  if (status === 'Left') return LEFT;
  if (status === 'Disabled') return DISABLED;
  if (status === 'Absent') return undefined;
  if (seen?.status === 'Left') return { why: 'left', source: seen.statusSource };
  if (seen?.status === 'Disabled') return { why: 'disabled', source: seen.statusSource };
  let last = lastActivity;
  let source: string | undefined;
  // Only a logon that shows use of this CAL's product counts: a domain logon is not Exchange use.
  const logon = seen ? lastLogonFor(seen, licence) : undefined;
  if (logon && (last === undefined || logon.day > last)) {
    last = logon.day;
    source = logon.source;
  }
  if (last === undefined) return undefined;
  const days = asOf - last;
  if (days <= staleDays) return undefined;
  return source
    ? { why: 'inactive', lastActivity: last, days, source }
    : { why: 'inactive', lastActivity: last, days };
}
