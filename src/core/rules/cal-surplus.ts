/**
 * CAL-SURPLUS: more CALs owned than required, per licence: money to recover. Also, per
 * holder, a CAL held beside a cloud plan confirmed to stand for it (Cloud rights): the plan
 * already licenses the holder, so the CAL can be freed.
 */
import { covers, type Licence } from '../licensing';
import { onLicenceOf } from './where';
import { defineRule, type Said } from './define';

const messages = {
  surplus: (count: number, owned: number, required: number): Said => ({
    message: `${count} more owned than required (owned ${owned}, required ${required}).`,
    fix: 'Reassign them where they are needed, or reduce the next renewal.',
  }),
  freed: (who: string, licence: string, plan: string): Said => ({
    message: `${who} holds ${licence} and ${plan}, which stands for it (confirmed in Cloud rights): the CAL can be freed.`,
    fix: 'Remove the assignment and reassign the CAL where no plan covers the user, or reduce the next renewal.',
  }),
};

export const calSurplus = defineRule({
  id: 'CAL-SURPLUS',
  severity: 'info',
  title: 'More owned than required',
  flags: 'more owned than required; a CAL held beside a cloud plan confirmed to stand for it',
  table: 'Assignments',
  why: 'Spare CALs are money to recover.',
  scope: 'position',
  messages,
  check({ position, register, holdings, ended, cloud }, report) {
    // Nothing assigned: every CAL owned looks spare, and advice to cut the renewal would be
    // wrong (the verdict says the register has no assignments to check against).
    if (register.assignments.length === 0) return;
    for (const row of position) {
      if (row.surplus === 0) continue;
      report({ licence: row.licence, ...messages.surplus(row.surplus, row.owned, row.required) });
    }
    const t = register.assignments;
    if (!cloud) return;
    // The holders that hold a cloud plan: only their CALs can be freed.
    const withPlan = new Uint8Array(holdings.count);
    let any = false;
    for (let i = 0; i < t.length; i += 1) {
      const holder = holdings.holderOf[i];
      if (holder < 0 || t.licence(i)?.plan === undefined) continue;
      withPlan[holder] = 1;
      any = true;
    }
    if (!any) return;
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      const holder = holdings.holderOf[i];
      if (!licence?.cal || ended[i] === 1 || holder < 0 || withPlan[holder] === 0) continue;
      const needed = { product: licence.product, edition: licence.edition, kind: licence.kind };
      let plan: Licence | undefined;
      for (let r = holdings.first[holder]; r >= 0 && !plan; r = holdings.next[r]) {
        const l = t.licence(r);
        if (l?.plan !== undefined && covers(l, needed, { cloud })) plan = l;
      }
      if (!plan) continue;
      const key = t.key(i);
      report(
        onLicenceOf(t.row[i], key, licence.name, messages.freed(key, licence.name, plan.name)),
      );
    }
  },
});
