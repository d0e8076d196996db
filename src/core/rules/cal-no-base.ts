/**
 * CAL-NO-BASE: an additive CAL (an Enterprise CAL; an RDS CAL) without its base CAL (the
 * Standard CAL; a Windows Server CAL) for the same user or device. A CAL Suite that contains
 * the base counts as the base.
 */
import { holdsBase, licenceOf, type Licence, type ProductEdition } from '../licensing';
import { article } from './text';
import { onLicenceOf } from './where';
import { defineRule, type Said, type Saying } from './define';

const messages = {
  noBase: (who: string, licence: string, base: string, kind: string): Said => ({
    message: `${who} holds ${licence} but no ${base}: it is an add-on that needs the base CAL for the same ${kind.toLowerCase()}.`,
    fix: `Assign ${article(base)} ${base} to the same ${kind.toLowerCase()} (a CAL Suite that contains it also counts).`,
  }),
};

/** What the finding says, made when asked (outside the rule's loop: see cal-no-windows-cal). */
function noBaseSaid(key: string, licence: Licence, base: ProductEdition): Saying {
  return {
    say: () =>
      messages.noBase(
        key,
        licence.name,
        licenceOf(base.product, licence.version, base.edition, licence.kind).name,
        licence.kind,
      ),
  };
}

export const calNoBase = defineRule({
  id: 'CAL-NO-BASE',
  severity: 'error',
  title: 'Additive CAL without its base',
  flags:
    'an Enterprise CAL without the Standard CAL, an RDS CAL without a Windows Server CAL, for the same holder',
  why: 'An Enterprise CAL is an add-on to the Standard CAL; an RDS CAL to the Windows Server CAL.',
  table: 'Assignments',
  scope: 'row',
  messages,
  check({ register, holdings, cloud }, report) {
    const t = register.assignments;
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      if (!licence || holdings.holderOf[i] < 0) continue;
      const base = licence.base;
      if (!base) continue;
      if (holdsBase(holdings.licencesNear(i), base, licence.kind, cloud)) continue;
      const key = t.key(i);
      report(onLicenceOf(t.row[i], key, licence.name, noBaseSaid(key, licence, base)));
    }
  },
});
