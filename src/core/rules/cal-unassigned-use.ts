/**
 * CAL-UNASSIGNED-USE: usage evidence shows an account that needs a CAL and holds none (an
 * Exchange Enterprise CAL report naming someone with only a Standard CAL counts too). A
 * requirement is met by an assignment of the same product and edition (any version:
 * CAL-VERSION judges versions) or by a CAL Suite that contains it. Accounts the evidence
 * shows disabled, deleted or long inactive need none; an ambiguous account is REG-INVALID.
 */
import { covers, type CoverOptions, type Licence, type NeededCal } from '../licensing';
import { StringIndex } from '../register';
import { defineRule, type Said } from './define';
import { aboutUsage, evidenceLine } from './where';

const messages = {
  unassignedUse: (account: string, licence: string, source: string, deviceCals: boolean): Said => ({
    message:
      `${account} uses ${licence} (${source}) but holds no such CAL in Assignments.` +
      (deviceCals ? ' Device CALs cover it only if every device the account uses has one.' : ''),
    fix: 'Assign a CAL to this account, or note why it needs none (shared mailbox, service account).',
  }),
};

// Bound once: asked for every row of every holder an export names (docs/architecture.md,
// "Hot loops").
const coversCal = covers;

/** An account's use is licensed by a User CAL that covers the CAL needed, of any version. */
function meets(held: Licence | undefined, needed: NeededCal, options: CoverOptions): boolean {
  return held !== undefined && held.kind === 'User' && coversCal(held, needed, options);
}

export const calUnassignedUse = defineRule({
  id: 'CAL-UNASSIGNED-USE',
  severity: 'error',
  title: 'Use without a CAL',
  flags: 'usage evidence shows an account that needs a CAL and holds none',
  why: 'Every account that uses the server needs a CAL.',
  table: 'Usage',
  scope: 'register',
  messages,
  check({ register, holdings, evidence, asOf, staleDays, cloud }, report) {
    if (register.usage.length === 0) return;
    const deviceProducts = new Set(
      register.purchases.filter((p) => p.licence?.kind === 'Device').map((p) => p.licence?.product),
    );
    // Each account is told once per CAL: a holder by its id, an account the register does not
    // hold by its name. Exports list 100,000 accounts: a byte per holder, and one StringIndex
    // of names, for each CAL asked for (by licence id).
    const options: CoverOptions = { cloud };
    const neededCals: NeededCal[] = [];
    const seenHolders: Uint8Array[] = [];
    const seenAccounts: StringIndex[] = [];
    const firstTimeHolder = (licence: number, holder: number): boolean => {
      const told = (seenHolders[licence] ??= new Uint8Array(holdings.count));
      if (told[holder] === 1) return false;
      told[holder] = 1;
      return true;
    };
    const firstTimeAccount = (licence: number, account: string): boolean => {
      const told = (seenAccounts[licence] ??= new StringIndex(register.usage.length));
      // A new name gets the next id.
      const before = told.size;
      return told.add(account) === before;
    };
    register.usage.forEach((u, i) => {
      const needed = u.licence;
      const match = evidence.matches[i];
      if (!needed || u.accountKey === '' || match.kind === 'ambiguous') return;
      if (u.status === 'Disabled' || u.status === 'Left') return;
      if (u.lastLogon !== undefined && asOf - u.lastLogon > staleDays) return;
      const once =
        match.kind === 'holder'
          ? firstTimeHolder(needed.id, match.holder)
          : firstTimeAccount(needed.id, u.accountKey);
      if (!once) return;
      if (match.kind === 'holder') {
        // The holder's rows walked in place (Holdings keeps them as a list), no array per account.
        // The CAL asked for, as a needed CAL: one per licence, not one per account.
        const cal = (neededCals[needed.id] ??= {
          product: needed.product,
          edition: needed.edition,
        });
        for (let r = holdings.first[match.holder]; r >= 0; r = holdings.next[r])
          if (meets(register.assignments.licence(r), cal, options)) return;
      }
      const lineNamed = u.evidence !== undefined;
      const source = lineNamed ? evidenceLine(u) : u.source !== '' ? u.source : 'Usage';
      const said = messages.unassignedUse(
        u.account,
        needed.name,
        source,
        deviceProducts.has(needed.product),
      );
      const { message, fix } = said;
      report(aboutUsage(u, { field: 'account', licence: needed.name, lineNamed, message, fix }));
    });
  },
});
