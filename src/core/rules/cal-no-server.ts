/**
 * CAL-NO-SERVER: CALs for a product with no server licence recorded (no server purchase
 * line, no Servers row). A CAL complements the server licence; it never replaces it.
 */
import { PRODUCTS, licenceNamed } from '../licensing';
import { defineRule, type Said } from './define';

const messages = {
  noServer: (licence: string, server: string): Said => ({
    message: `No ${server} licence is recorded for ${licence} (no server purchase line, no Servers row): a CAL complements the server licence, it never replaces it.`,
    fix: `Record the ${server} licence in Purchases or the server in Servers.`,
  }),
};

export const calNoServer = defineRule({
  id: 'CAL-NO-SERVER',
  severity: 'error',
  title: 'CALs without a server licence',
  flags: 'CALs for a product with no server licence recorded',
  why: 'A CAL complements the server licence; it never replaces it.',
  scope: 'position',
  messages,
  check({ position, servers }, report) {
    for (const row of position) {
      const licence = licenceNamed(row.licence);
      const server = licence && PRODUCTS[licence.product].server;
      if (!server || servers.has(server)) continue;
      report({ licence: row.licence, ...messages.noServer(row.licence, PRODUCTS[server].name) });
    }
  },
});
