/**
 * CAL-NO-SA: a Subscription Edition (Exchange Server SE, SharePoint Server Subscription
 * Edition, Skype for Business Server SE) may be used only with active Software Assurance or
 * subscriptions, for the server and every CAL used with it, on the as-of date (not only when
 * it came out). Flags:
 * - SE servers (Servers rows, else SE server purchase lines) beyond the server licences of the
 *   product with active SA or a subscription;
 * - per CAL of the product (edition and kind), more holders than CALs with active SA or a
 *   subscription (a CAL Suite with active SA that contains the CAL counts; holders of a cloud
 *   plan confirmed to stand for it need none);
 * - when the register relies on Microsoft 365 Extended Use Rights (a setting), the server needs
 *   no SA, but every holder of the product's CALs must hold a plan that carries those rights.
 */
import { dayToIso, type Purchase } from '../register';
import {
  CLOUD_PLANS,
  covers,
  isBundle,
  PRODUCTS,
  versionInfo,
  type Licence,
  type ProductId,
} from '../licensing';
import { activeOn } from '../position';
import type { AuditContext } from './context';
import { onLicenceOf } from './where';
import { defineRule, type Report, type Said } from './define';
import { article, list, plural } from './text';

/**
 * "; the SA or subscription of 8 ended on 2026-06-30" (", that of 2 on ...") for lines whose
 * coverage ended before `asOf`.
 */
function lapsed(lines: readonly Purchase[], asOf: number): string {
  const ends = new Map<number, number>();
  for (const p of lines) {
    const to = p.coverage?.to;
    if (to !== undefined && to < asOf) ends.set(to, (ends.get(to) ?? 0) + p.owned);
  }
  if (ends.size === 0) return '';
  const said = [...ends]
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([to, n], i) => `${i === 0 ? '' : 'that of '}${n} on ${dayToIso(to)}`);
  return `; the SA or subscription of ${list(said).replace(/ on /, ' ended on ')}`;
}

const messages = {
  server: (what: string, product: string, covered: number, asOf: number, ended: string): Said => ({
    message: `${what} runs ${product}, which may be used only with active Software Assurance or a subscription: ${covered === 0 ? 'no' : covered} ${covered === 1 ? 'server licence of it has' : 'server licences of it have'} one on ${dayToIso(asOf)}${ended}.`,
    fix: `Renew Software Assurance or buy ${article(product)} ${product} subscription licence for it, and record its SA end date on its purchase line.`,
  }),
  cals: (
    product: string,
    cal: string,
    holders: number,
    covered: number,
    asOf: number,
    ended: string,
  ): Said => ({
    message: `${product} needs active Software Assurance or a subscription on every CAL used with it: ${plural(holders, 'holder')} of ${cal}s, ${covered} of those CALs have it on ${dayToIso(asOf)}${ended}.`,
    fix: `Renew Software Assurance or buy subscription CALs for ${holders - covered} more holders (a CAL Suite with active SA counts), and record the SA end dates on the purchase lines.`,
  }),
  noQualifyingPlan: (who: string, product: string, plans: string): Said => ({
    message: `${who} reaches ${product}, which the register licenses through Microsoft 365 Extended Use Rights (Settings), but holds no ${plans}: every user of the server must hold one.`,
    fix: `Assign ${who} a qualifying plan, or license the server and its CALs with Software Assurance and set "Relies on Microsoft 365 Extended Use Rights" to No.`,
  }),
};

const QUALIFYING = CLOUD_PLANS.filter((plan) => plan.extendedUseRights !== undefined);
const QUALIFYING_IDS = new Set(QUALIFYING.map((plan) => plan.id));

/** The Subscription Editions deployed: server product and the Servers rows or lines running it. */
function subscriptionServers(context: AuditContext): ProductId[] {
  const out: ProductId[] = [];
  for (const [product, deployed] of context.servers)
    if (versionInfo(product, deployed.version)?.subscription) out.push(product);
  return out;
}

function checkServers(context: AuditContext, product: ProductId, report: Report): void {
  const { register, asOf } = context;
  const name = `${PRODUCTS[product].name} SE`;
  const isSe = (l: Licence | undefined) =>
    l !== undefined && l.product === product && versionInfo(product, l.version)?.subscription;
  const lines = register.purchases.filter(
    (p) => p.licence !== undefined && !p.licence.cal && p.licence.product === product,
  );
  const covered = lines
    .filter((p) => activeOn(p, asOf))
    .reduce((sum, p) => sum + (p.quantity ?? 0), 0);
  const ended = lapsed(lines, asOf);
  const rows = register.servers.filter((s) => isSe(s.licence));
  if (rows.length > 0) {
    for (const s of rows.slice(covered)) {
      report({
        table: 'Servers',
        row: s.row,
        field: 'product',
        key: s.name,
        licence: s.licence?.name,
        ...messages.server(s.name || 'A server', name, covered, asOf, ended),
      });
    }
    return;
  }
  for (const p of lines) {
    if (!isSe(p.licence) || activeOn(p, asOf)) continue;
    report({
      table: 'Purchases',
      row: p.row,
      field: 'saEnd',
      licence: p.licence?.name,
      ...messages.server(
        `The server of this line (${p.licence?.name ?? p.licenceText})`,
        name,
        covered,
        asOf,
        ended,
      ),
    });
  }
}

interface CalGroup {
  readonly product: ProductId;
  readonly edition: string;
  readonly kind: Licence['kind'];
  readonly holders: Set<number>;
}

function checkCals(context: AuditContext, server: ProductId, report: Report): void {
  const { register, holdings, ended, asOf, cloud } = context;
  const t = register.assignments;
  const groups = new Map<string, CalGroup>();
  for (let i = 0; i < t.length; i += 1) {
    const l = t.licence(i);
    const holder = holdings.holderOf[i];
    if (!l || !l.cal || isBundle(l) || ended[i] === 1 || holder < 0) continue;
    if (PRODUCTS[l.product].server !== server) continue;
    // A holder of a cloud plan confirmed to stand for this CAL needs none.
    const cal = { product: l.product, edition: l.edition, kind: l.kind };
    if (holdings.licencesNear(i).some((h) => h?.plan !== undefined && covers(h, cal, { cloud })))
      continue;
    const key = `${l.product}|${l.edition}|${l.kind}`;
    let group = groups.get(key);
    if (!group) {
      group = { product: l.product, edition: l.edition, kind: l.kind, holders: new Set() };
      groups.set(key, group);
    }
    group.holders.add(holder);
  }
  const name = `${PRODUCTS[server].name} SE`;
  for (const g of groups.values()) {
    const need = { product: g.product, edition: g.edition, kind: g.kind };
    const lines = register.purchases.filter((p) => p.licence?.cal && covers(p.licence, need));
    const covered = lines.filter((p) => activeOn(p, asOf)).reduce((sum, p) => sum + p.owned, 0);
    if (covered >= g.holders.size) continue;
    const label = [PRODUCTS[g.product].name, g.edition, g.kind, 'CAL']
      .filter((part) => part !== '')
      .join(' ');
    report({
      licence: label,
      ...messages.cals(name, label, g.holders.size, covered, asOf, lapsed(lines, asOf)),
    });
  }
}

function checkPlans(context: AuditContext, server: ProductId, report: Report): void {
  const { register, holdings, ended } = context;
  const t = register.assignments;
  const seen = new Set<number>();
  const plans = list(QUALIFYING.map((plan) => plan.name)).replace(/ and /, ' or ');
  for (let i = 0; i < t.length; i += 1) {
    const l = t.licence(i);
    const holder = holdings.holderOf[i];
    if (!l || !l.cal || ended[i] === 1 || holder < 0 || seen.has(holder)) continue;
    if (PRODUCTS[l.product].server !== server) continue;
    seen.add(holder);
    if (holdings.licencesNear(i).some((h) => h?.plan !== undefined && QUALIFYING_IDS.has(h.plan)))
      continue;
    const key = t.key(i);
    report(
      onLicenceOf(
        t.row[i],
        key,
        l.name,
        messages.noQualifyingPlan(key, `${PRODUCTS[server].name} SE`, plans),
      ),
    );
  }
}

export const calNoSa = defineRule({
  id: 'CAL-NO-SA',
  severity: 'error',
  title: 'Subscription Edition without SA',
  flags:
    'a Subscription Edition server, or CALs used with one, without active SA or subscription on the as-of date',
  why: 'Subscription Editions may be used only with active Software Assurance or subscriptions, for the server and every CAL.',
  scope: 'register',
  messages,
  check(context, report) {
    for (const server of subscriptionServers(context)) {
      if (context.extendedUseRights) {
        checkPlans(context, server, report);
        continue;
      }
      checkServers(context, server, report);
      checkCals(context, server, report);
    }
  },
});
