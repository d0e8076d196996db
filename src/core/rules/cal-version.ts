/**
 * CAL-VERSION: a CAL older than the server version it must cover (a 2016 CAL for a 2019
 * server). A CAL covers its own and earlier versions, and a later one when its Software
 * Assurance or subscription was active on that version's date available; a CAL Suite, which
 * carries no version, the versions out when it was bought or while its SA ran. CALs are
 * pooled: while enough CALs of a licence have the rights for its holders, none is flagged;
 * when some but too few have them, one finding says how many holders are not covered; rows
 * are named only when no CAL of the licence has the rights. The server version is the newest
 * recorded for the product: the Servers table, else server purchase lines.
 */
import { isBundle, PRODUCTS, productsOf, type Licence, type ProductId } from '../licensing';
import { availableDays, rightsTo } from '../position';
import type { DeployedServers } from './context';
import { defineRule, type Said } from './define';
import { article, plural } from './text';

/** "(available 2024-11)", or why the date is not known. */
function released(product: ProductId, version: string): string {
  const when = availableDays(product, version);
  return when ? `when it became available (${when.date})` : 'on its date available (not known)';
}

const messages = {
  version: (licence: string, product: string, deployed: string, where: string): Said => ({
    message: `${licence} is older than ${product} ${deployed} (${where}); a CAL covers its own and earlier versions only.`,
    fix: `Assign ${article(product)} ${product} ${deployed} or later CAL.`,
  }),
  /** Every CAL of the licence lacks the rights, though some had SA at some time. */
  noRights: (
    licence: string,
    product: string,
    deployed: string,
    where: string,
    when: string,
  ): Said => ({
    message: `${licence} does not cover ${product} ${deployed} (${where}): none of its CALs had Software Assurance or a subscription ${when}.`,
    fix: `Assign ${article(product)} ${product} ${deployed} or later CAL, or record the SA end date of the lines that had SA then.`,
  }),
  /** Some CALs of the licence have the rights, too few for its holders. */
  pooled: (
    licence: string,
    withRights: number,
    owned: number,
    holders: number,
    product: string,
    deployed: string,
    where: string,
    when: string,
  ): Said => ({
    message: `${withRights} of ${plural(owned, licence, `${licence}s`)} had Software Assurance or a subscription on ${product} ${deployed} ${when}; ${holders - withRights} of ${plural(holders, 'holder')} are not covered for ${product} ${deployed} (${where}).`,
    fix: `Buy ${plural(holders - withRights, `${product} ${deployed} CAL`)}, or remove as many holders.`,
  }),
};

interface Group {
  readonly licence: Licence;
  readonly server: ProductId;
  readonly deployed: DeployedServers;
  readonly rows: number[];
  readonly holders: Set<number>;
}

export const calVersion = defineRule({
  id: 'CAL-VERSION',
  severity: 'error',
  title: 'CAL older than the server',
  flags:
    'a CAL older than the server version it must cover, without Software Assurance on that version',
  why: 'A CAL covers its own and earlier server versions, and later ones only through Software Assurance.',
  table: 'Assignments',
  scope: 'register',
  messages,
  check({ register, servers, ended }, report) {
    const t = register.assignments;
    // The servers each licence must cover and does not by its own version: decided once.
    const servedBy: (ProductId[] | undefined)[] = [];
    const groups = new Map<string, Group>();
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      if (!licence || !licence.cal || ended[i] === 1) continue;
      let list = servedBy[licence.id];
      if (list === undefined) {
        const products = isBundle(licence) ? productsOf(licence) : [licence.product];
        list = [];
        for (const product of products) {
          const server = PRODUCTS[product].server;
          const found = server && servers.get(server);
          if (found && found.rank > licence.rank && !list.includes(server)) list.push(server);
        }
        servedBy[licence.id] = list;
      }
      for (const server of list) {
        const key = `${licence.id}|${server}`;
        let group = groups.get(key);
        if (!group) {
          const deployed = servers.get(server) as DeployedServers;
          group = { licence, server, deployed, rows: [], holders: new Set() };
          groups.set(key, group);
        }
        group.rows.push(i);
        group.holders.add(t.holder[i] >= 0 ? t.holder[i] : -1 - i);
      }
    }
    for (const { licence, server, deployed, rows, holders } of groups.values()) {
      let owned = 0;
      let withRights = 0;
      let everCovered = false;
      for (const p of register.purchases) {
        if (p.licence !== licence) continue;
        owned += p.owned;
        if (p.coverage) everCovered = true;
        if (rightsTo(p, server, deployed.version)) withRights += p.owned;
      }
      if (withRights >= holders.size) continue;
      const product = PRODUCTS[server].name;
      const when = released(server, deployed.version);
      if (withRights > 0) {
        report({
          licence: licence.name,
          ...messages.pooled(
            licence.name,
            withRights,
            owned,
            holders.size,
            product,
            deployed.version,
            deployed.where,
            when,
          ),
        });
        continue;
      }
      for (const i of rows) {
        report({
          table: 'Assignments',
          row: t.row[i],
          field: 'licence',
          key: t.key(i),
          licence: licence.name,
          ...(everCovered || licence.version === ''
            ? messages.noRights(licence.name, product, deployed.version, deployed.where, when)
            : messages.version(licence.name, product, deployed.version, deployed.where)),
        });
      }
    }
  },
});
