/**
 * The rule registry: one line per rule module, in the order reports list them. Adding a rule
 * is its module, its test (test/core/rules/<id>.test.ts) and one line here; everything else
 * that lists rules is derived from this list (./index.ts).
 */
import { calDeviceMisrecorded } from './cal-device-misrecorded';
import { calDuplicate } from './cal-duplicate';
import { calNoBase } from './cal-no-base';
import { calNoSa } from './cal-no-sa';
import { calNoServer } from './cal-no-server';
import { calNoWindowsCal } from './cal-no-windows-cal';
import { calReassignedEarly } from './cal-reassigned-early';
import { calShortfall } from './cal-shortfall';
import { calStale } from './cal-stale';
import { calSurplus } from './cal-surplus';
import { calUnassignedUse } from './cal-unassigned-use';
import { calVersion } from './cal-version';
import { docNoProof } from './doc-no-proof';
import { evidenceOld } from './evidence-old';
import { regInvalid } from './reg-invalid';
import { regMissing } from './reg-missing';
import { serverEndOfSupport } from './server-end-of-support';

export const RULES = [
  regMissing,
  regInvalid,
  calDuplicate,
  calDeviceMisrecorded,
  calNoBase,
  calStale,
  calShortfall,
  calVersion,
  calNoServer,
  docNoProof,
  calUnassignedUse,
  calReassignedEarly,
  calSurplus,
  evidenceOld,
  calNoSa,
  serverEndOfSupport,
  calNoWindowsCal,
] as const;
