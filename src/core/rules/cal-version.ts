/**
 * CAL-VERSION: a CAL older than the server version it must cover (a 2016 CAL for a 2019
 * server). CALs cover the same or earlier versions. The server version is the newest
 * recorded for the product: the Servers table, else server purchase lines.
 */
import { PRODUCTS } from '../catalogue';
import type { DeployedServers, RuleCheck } from './context';
import { version } from './messages';
import { draft } from './where';

export const calVersion: RuleCheck = ({ register, servers, ended }, emit) => {
  const t = register.assignments;
  // Whether each licence (by id) is older than its server: decided once per licence.
  const tooOld: (DeployedServers | null | undefined)[] = [];
  for (let i = 0; i < t.length; i += 1) {
    const licence = t.licence(i);
    if (!licence || ended[i] === 1) continue;
    let deployed = tooOld[licence.id];
    if (deployed === undefined) {
      const server =
        licence.cal && licence.product !== 'suite' ? PRODUCTS[licence.product].server : undefined;
      const found = server && servers.get(server);
      deployed = found && found.rank > licence.rank ? found : null;
      tooOld[licence.id] = deployed;
    }
    if (deployed === null) continue;
    const product = PRODUCTS[PRODUCTS[licence.product].server ?? licence.product].name;
    const said = version(licence.name, product, deployed.version, deployed.where);
    emit(draft(register, 'Assignments', t.row[i], 'licence', t.key(i), licence.name, said));
  }
};
