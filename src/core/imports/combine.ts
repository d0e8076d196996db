/**
 * Several exports (and, with --into, the register they go into) made into one list of rows
 * to add: a line the register already has is not added again, nor a line another export of
 * the same run already gave; a license summary line is left out where orders (imported, or
 * in the register) already count its licence, so nothing is counted twice.
 */
import { licenceFacets } from '../licensing';
import type { Register } from '../register';
import { IMPORT_NOTES, type Example } from './messages';
import type { ImportedAssignment, ImportedPurchase, ImportFile } from './types';

/** What one run of the import adds, and what it tells the admin about the whole. */
export interface ImportPlan {
  readonly purchases: readonly ImportedPurchase[];
  readonly assignments: readonly ImportedAssignment[];
  readonly notes: readonly string[];
}

/** The register the rows go into, as the engine read it, and how the admin knows it. */
export interface ExistingRegister {
  readonly register: Register;
  readonly name: string;
}

/** "rds|2022": the product and version a licence text names, when it names both. */
function productVersion(text: string): string | undefined {
  const facets = licenceFacets(text);
  return facets.product && facets.version ? `${facets.product}|${facets.version}` : undefined;
}

function purchaseKey(licence: string, owned: number | undefined, proof: string, day?: number) {
  return [licence.trim().toLowerCase(), owned ?? '', proof.trim().toLowerCase(), day ?? ''].join(
    '|',
  );
}

function assignmentKey(licence: string, account: string, device: string, assignedTo: string) {
  const holder = (account || device || assignedTo).trim().toLowerCase();
  return `${licence.trim().toLowerCase()}|${holder}`;
}

const keyOfPurchase = (p: ImportedPurchase) =>
  purchaseKey(p.licence, p.quantity, p.order || p.invoice, p.purchaseDate);
const keyOfAssignment = (a: ImportedAssignment) =>
  assignmentKey(a.licence, a.account, a.device, a.assignedTo);

function existingKeys(register: Register): {
  purchases: Set<string>;
  assignments: Set<string>;
  licences: Set<string>;
} {
  const purchases = new Set<string>();
  const licences = new Set<string>();
  for (const p of register.purchases) {
    const licence = p.licence?.name ?? p.licenceText;
    if (licence === '') continue;
    licences.add(licence.toLowerCase());
    purchases.add(
      purchaseKey(
        licence,
        p.quantity === undefined ? undefined : p.owned,
        p.order || p.invoice,
        p.purchaseDate,
      ),
    );
  }
  const assignments = new Set<string>();
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1)
    assignments.add(assignmentKey(t.licenceText(i), t.account(i), t.device(i), t.assignedTo(i)));
  return { purchases, assignments, licences };
}

/**
 * Licences that purchase lines of more than one source (an export, or the register) record:
 * two tools often hold the same purchase, and the register would then count it twice.
 */
function boughtTwice(
  purchases: readonly ImportedPurchase[],
  existing?: ExistingRegister,
): Example[] {
  const found = new Map<string, { licence: string; sources: Map<string, string> }>();
  const add = (licence: string, source: string, at: string) => {
    const key = licence.toLowerCase();
    const entry = found.get(key) ?? { licence, sources: new Map<string, string>() };
    if (!entry.sources.has(source)) entry.sources.set(source, `${source} ${at}`);
    found.set(key, entry);
  };
  if (existing)
    for (const p of existing.register.purchases)
      if (p.licence) add(p.licence.name, existing.name, `row ${p.row}`);
  for (const p of purchases) if (p.read) add(p.licence, p.source, `line ${p.line}`);
  return [...found.values()]
    .filter((entry) => entry.sources.size > 1)
    .map((entry, i) => ({
      line: i,
      text: entry.licence,
      why: [...entry.sources.values()].join(' and '),
    }));
}

/**
 * The rows to add for these exports, in file and line order.
 * @example planImport([snipeIt, glpi], { register, name: 'register.xlsx' }).purchases.length
 */
export function planImport(files: readonly ImportFile[], existing?: ExistingRegister): ImportPlan {
  const have = existing
    ? existingKeys(existing.register)
    : { purchases: new Set<string>(), assignments: new Set<string>(), licences: new Set<string>() };
  // Licences whose orders are counted: a summary line for one of them would count it twice.
  const ordered = new Map<string, number>();
  for (const file of files)
    for (const p of file.purchases)
      if (!p.entitlement && p.read)
        ordered.set(
          p.licence.toLowerCase(),
          (ordered.get(p.licence.toLowerCase()) ?? 0) + (p.quantity ?? 0),
        );
  const orderedProducts = new Map<string, { count: number; names: string[] }>();
  for (const file of files)
    for (const p of file.purchases) {
      const key = !p.entitlement && p.read ? productVersion(p.licence) : undefined;
      if (key === undefined) continue;
      const entry = orderedProducts.get(key) ?? { count: 0, names: [] };
      entry.count += p.quantity ?? 0;
      if (!entry.names.includes(p.licence)) entry.names.push(p.licence);
      orderedProducts.set(key, entry);
    }
  const seen = new Map<string, string>();
  const purchases: ImportedPurchase[] = [];
  const assignments: ImportedAssignment[] = [];
  const covered: Example[] = [];
  let alreadyIn = 0;
  let alreadyImported = 0;
  const admit = (key: string, source: string, haveIt: boolean): boolean => {
    if (haveIt) {
      alreadyIn += 1;
      return false;
    }
    const first = seen.get(key);
    if (first !== undefined && first !== source) {
      alreadyImported += 1;
      return false;
    }
    seen.set(key, source);
    return true;
  };
  for (const file of files) {
    for (const p of file.purchases) {
      const licence = p.licence.toLowerCase();
      // A summary line that names no kind ("Remote Desktop Services CAL", 2022) is covered by
      // orders of that product and version of either kind.
      const roughly = !p.read && p.entitlement ? productVersion(p.licence) : undefined;
      const orderedRoughly = roughly !== undefined ? orderedProducts.get(roughly) : undefined;
      if (orderedRoughly !== undefined) {
        covered.push({
          line: p.line,
          text: p.licence,
          why: `${p.quantity ?? '?'} in the summary, ${orderedRoughly.count} of ${orderedRoughly.names.join(' and ')} in the orders`,
        });
        continue;
      }
      if (p.entitlement && (ordered.has(licence) || have.licences.has(licence))) {
        const orders = ordered.get(licence);
        covered.push({
          line: p.line,
          text: p.licence,
          why: `${p.quantity ?? '?'} in the summary${orders !== undefined ? `, ${orders} in the orders` : ', already in the register'}`,
        });
        continue;
      }
      const key = `p|${keyOfPurchase(p)}`;
      if (admit(key, p.source, have.purchases.has(keyOfPurchase(p)))) purchases.push(p);
    }
    for (const a of file.assignments) {
      const key = `a|${keyOfAssignment(a)}`;
      if (admit(key, a.source, have.assignments.has(keyOfAssignment(a)))) assignments.push(a);
    }
  }
  const notes: string[] = [];
  if (covered.length > 0) notes.push(IMPORT_NOTES.summaryCovered(covered));
  const twice = boughtTwice(purchases, existing);
  if (twice.length > 0) notes.push(IMPORT_NOTES.boughtInSeveral(twice));
  if (alreadyIn > 0 && existing) notes.push(IMPORT_NOTES.alreadyIn(alreadyIn, existing.name));
  if (alreadyImported > 0) notes.push(IMPORT_NOTES.alreadyImported(alreadyImported));
  return { purchases, assignments, notes };
}
