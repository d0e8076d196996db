/**
 * CAL-NO-SERVER: CALs for a product with no server licence recorded (no server purchase
 * line, no Servers row). A CAL complements the server licence; it never replaces it.
 */
import { PRODUCTS } from '../catalogue';
import { licenceNamed } from '../licence';
import type { RuleCheck } from './context';
import { noServer } from './messages';

export const calNoServer: RuleCheck = ({ position, servers }, emit) => {
  for (const row of position) {
    const licence = licenceNamed(row.licence);
    const server = licence && PRODUCTS[licence.product].server;
    if (!server || servers.has(server)) continue;
    emit({ licence: row.licence, ...noServer(row.licence, PRODUCTS[server].name) });
  }
};
