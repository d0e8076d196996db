/**
 * CAL-VERSION: a CAL older than the server version it must cover (a 2016 CAL for a 2019
 * server). CALs cover the same or earlier versions. The server version is the newest
 * recorded for the product: the Servers table, else server purchase lines.
 */
import { PRODUCTS } from '../licensing';
import type { DeployedServers } from './context';
import { defineRule, type Said } from './define';
import { article } from './text';

const messages = {
  version: (licence: string, product: string, deployed: string, where: string): Said => ({
    message: `${licence} is older than ${product} ${deployed} (${where}); a CAL covers its own and earlier versions only.`,
    fix: `Assign ${article(product)} ${product} ${deployed} or later CAL.`,
  }),
};

export const calVersion = defineRule({
  id: 'CAL-VERSION',
  severity: 'error',
  title: 'CAL older than the server',
  flags: 'a CAL older than the server version it must cover',
  why: 'A CAL covers its own and earlier server versions only.',
  table: 'Assignments',
  scope: 'register',
  messages,
  check({ register, servers, ended }, report) {
    const t = register.assignments;
    // Whether each licence (by id) is older than its server: decided once per licence.
    const tooOld: (DeployedServers | null | undefined)[] = [];
    for (let i = 0; i < t.length; i += 1) {
      const licence = t.licence(i);
      if (!licence || ended[i] === 1) continue;
      let deployed = tooOld[licence.id];
      if (deployed === undefined) {
        const server = licence.cal ? PRODUCTS[licence.product].server : undefined;
        const found = server && servers.get(server);
        deployed = found && found.rank > licence.rank ? found : null;
        tooOld[licence.id] = deployed;
      }
      if (deployed === null) continue;
      const product = PRODUCTS[PRODUCTS[licence.product].server ?? licence.product].name;
      report({
        table: 'Assignments',
        row: t.row[i],
        field: 'licence',
        key: t.key(i),
        licence: licence.name,
        ...messages.version(licence.name, product, deployed.version, deployed.where),
      });
    }
  },
});
