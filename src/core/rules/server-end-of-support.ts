/**
 * SERVER-END-OF-SUPPORT: a deployed server version past its end of support at the as-of date
 * (no more security fixes), with the date it ended and the supported version to move to. On
 * each Servers row; a register without a Servers table gets it, as a note (info), on its server
 * purchase lines: those prove a licence, not that the server still runs.
 */
import { dayToIso } from '../register';
import { factDays, successorOf, versionInfo, type Licence } from '../licensing';
import { defineRule, type Said } from './define';

const messages = {
  ended: (what: string, ended: number, successor: string | undefined): Said => ({
    message: `${what}: its support ended on ${dayToIso(ended)}, so it gets no more security fixes.`,
    fix: successor
      ? `Move to ${successor}, which is supported, and buy its licences and CALs (or renew SA).`
      : 'Move to a supported version.',
  }),
};

/** The day support ended, when it ended before `asOf`. */
function endedBefore(licence: Licence | undefined, asOf: number): number | undefined {
  if (!licence || licence.version === '') return undefined;
  const end = versionInfo(licence.product, licence.version)?.endOfSupport;
  if (!end) return undefined;
  const last = factDays(end).last;
  return last < asOf ? last : undefined;
}

function successorName(licence: Licence, asOf: number): string | undefined {
  const next = successorOf(licence.product, licence.version, asOf);
  return next ? `${licence.productName} ${next}` : undefined;
}

export const serverEndOfSupport = defineRule({
  id: 'SERVER-END-OF-SUPPORT',
  severity: 'warning',
  title: 'Server past its end of support',
  flags: 'a deployed server version past its end of support',
  why: 'A version past its end of support gets no more security fixes.',
  table: 'Servers',
  scope: 'register',
  messages,
  check({ register, asOf }, report) {
    if (register.servers.length > 0) {
      for (const s of register.servers) {
        const ended = endedBefore(s.licence, asOf);
        if (ended === undefined || !s.licence) continue;
        const what = `${s.name || 'The server'} runs ${s.licence.productName} ${s.licence.version}`;
        report({
          table: 'Servers',
          row: s.row,
          field: 'version',
          key: s.name,
          licence: s.licence.name,
          ...messages.ended(what, ended, successorName(s.licence, asOf)),
        });
      }
      return;
    }
    for (const p of register.purchases) {
      const l = p.licence;
      if (!l || l.cal) continue;
      const ended = endedBefore(l, asOf);
      if (ended === undefined) continue;
      report({
        table: 'Purchases',
        row: p.row,
        field: 'licence',
        licence: l.name,
        severity: 'info',
        ...messages.ended(
          `${l.name} (a server licence; no Servers table says whether it still runs)`,
          ended,
          successorName(l, asOf),
        ),
      });
    }
  },
});
