/**
 * CAL-VERSION: a CAL older than the server version it must cover (a 2016 CAL for a 2019
 * server). CALs cover the same or earlier versions. The server version is the newest
 * recorded for the product: the Servers table, else server purchase lines.
 */
import { PRODUCTS } from '../catalogue';
import type { RuleCheck } from './context';
import { version } from './messages';
import { place } from './where';

export const calVersion: RuleCheck = ({ register, servers }, emit) => {
  for (const a of register.assignments) {
    const licence = a.licence;
    if (!licence || !licence.cal || licence.product === 'suite') continue;
    const serverProduct = PRODUCTS[licence.product].server;
    const deployed = serverProduct && servers.get(serverProduct);
    if (!deployed || deployed.rank <= licence.rank) continue;
    emit({
      ...place(register, 'Assignments', a.row, 'licence'),
      key: a.key,
      licence: licence.name,
      ...version(licence.name, PRODUCTS[serverProduct].name, deployed.version, deployed.where),
    });
  }
};
