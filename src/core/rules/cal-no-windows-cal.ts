/**
 * CAL-NO-WINDOWS-CAL: a holder of an Exchange, SharePoint, Skype for Business or Project
 * Server CAL who holds no Windows Server CAL. These servers run on Windows Server, and everyone
 * who reaches a Windows Server, directly or through an application on it, needs its CAL (a CAL
 * Suite that contains one counts, as does a cloud plan confirmed to stand for one). One finding
 * per holder, on the first row that needs it. A register that records no Windows Server CAL
 * at all gets one note (info) instead, and the verdict is incomplete: it may keep them
 * elsewhere, which the setting "Windows Server CALs kept elsewhere" says, turning the rule off.
 */
import { holdsBase, LICENCES_BY_ID, type Licence, type ProductEdition } from '../licensing';
import { onLicenceOf } from './where';
import type { AuditContext } from './context';
import { defineRule, type Said, type Saying } from './define';
import { list, plural } from './text';

const messages = {
  missing: (who: string, held: readonly string[], kind: string): Said => ({
    message: `${who} holds ${list(held)} but no Windows Server CAL: ${held.length === 1 ? 'that server runs on Windows Server, and every ' + kind.toLowerCase() + ' that reaches it' : 'those servers run on Windows Server, and every ' + kind.toLowerCase() + ' that reaches them'} needs a Windows Server CAL too.`,
    fix: `Assign a Windows Server ${kind} CAL (or a CAL Suite that contains one) to the same ${kind.toLowerCase()}.`,
  }),
  noneRecorded: (holders: number): Said => ({
    message: `The register records no Windows Server CAL, yet ${plural(holders, 'holder')} of Exchange, SharePoint, Skype for Business or Project Server CALs ${holders === 1 ? 'needs' : 'need'} one.`,
    fix: 'Record the Windows Server CALs, or, if they are kept in another register, set "Windows Server CALs kept elsewhere" to Yes in Settings.',
  }),
};

/**
 * What the finding on a holder's row says, made when asked (a function of its own, so the
 * rule's loop allocates nothing for the rows it does not flag).
 */
function missingSaid(context: AuditContext, holder: number, key: string, licence: Licence): Saying {
  return {
    say: () => {
      const t = context.register.assignments;
      const { first, next } = context.holdings;
      // The holder's licences that need one, each once, in row order.
      const needing: string[] = [];
      for (let r = first[holder]; r >= 0; r = next[r]) {
        const l = t.licence(r);
        if (l?.alsoNeeds && !needing.includes(l.name)) needing.push(l.name);
      }
      return messages.missing(key, needing, licence.kind);
    },
  };
}

/** A bit for each kind of CAL: a User CAL's base must be a User CAL, a Device CAL's a Device CAL. */
function kindBit(kind: Licence['kind']): number {
  return kind === 'User' ? 1 : kind === 'Device' ? 2 : 4;
}

/**
 * Which holders hold the base CAL (a Windows Server CAL, a suite containing one, or a cloud
 * plan confirmed to stand for one), by kind: kindBit's bits per holder id. One pass over the
 * rows in order, each licence judged once (holdsBase), rather than a walk through each
 * holder's rows scattered over the table. Rows that ended hold nothing (Holdings.holderOf).
 */
function baseHeld(context: AuditContext, base: ProductEdition): Uint8Array {
  const t = context.register.assignments;
  const { holderOf, count } = context.holdings;
  const held = new Uint8Array(count);
  // By licence id: 0 not judged yet, else 8 | the kind's bit when it is a base CAL.
  const judged = new Uint8Array(LICENCES_BY_ID.length);
  for (let i = 0; i < t.length; i += 1) {
    const holder = holderOf[i];
    const id = t.licenceId(i);
    if (holder < 0 || id < 0) continue;
    let bits = judged[id];
    if (bits === 0) {
      const licence = LICENCES_BY_ID[id];
      bits =
        8 | (holdsBase([licence], base, licence.kind, context.cloud) ? kindBit(licence.kind) : 0);
      judged[id] = bits;
    }
    held[holder] |= bits & 7;
  }
  return held;
}

export const calNoWindowsCal = defineRule({
  id: 'CAL-NO-WINDOWS-CAL',
  severity: 'error',
  title: 'No Windows Server CAL',
  flags:
    'an Exchange, SharePoint, Skype or Project Server CAL holder without a Windows Server CAL (one note when the register records none)',
  why: 'These servers run on Windows Server: everyone who reaches them needs a Windows Server CAL too.',
  table: 'Assignments',
  scope: 'row',
  messages,
  off: ({ alsoNeeded }) =>
    alsoNeeded?.off === 'elsewhere'
      ? 'Windows Server CALs are kept elsewhere (Settings: "Windows Server CALs kept elsewhere")'
      : undefined,
  check(context, report) {
    const { register, holdings, ended, alsoNeeded } = context;
    if (!alsoNeeded || alsoNeeded.off === 'elsewhere') return;
    const t = register.assignments;
    const base = baseHeld(context, alsoNeeded.cal);
    // Each holder once: its first row that needs a Windows Server CAL.
    const seen = new Uint8Array(holdings.count);
    let lacking = 0;
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      // The licence first: most rows (the Windows Server CALs among them) need none.
      if (!licence || !licence.cal || !licence.alsoNeeds || ended[i] === 1) continue;
      const holder = holdings.holderOf[i];
      if (holder < 0 || seen[holder] === 1) continue;
      seen[holder] = 1;
      if ((base[holder] & kindBit(licence.kind)) !== 0) continue;
      lacking += 1;
      if (alsoNeeded.off === 'none-recorded') continue;
      const key = t.key(i);
      report(onLicenceOf(t.row[i], key, licence.name, missingSaid(context, holder, key, licence)));
    }
    // Not an error (they may be kept elsewhere), but not checked either: never "compliant".
    if (alsoNeeded.off === 'none-recorded' && lacking > 0)
      report({
        severity: 'info',
        unchecked: `no Windows Server CAL recorded for ${plural(lacking, 'holder')} of Exchange, SharePoint, Skype or Project Server CALs`,
        ...messages.noneRecorded(lacking),
      });
  },
});
