/**
 * Matching the accounts evidence names to the register's holders: by UPN or e-mail address,
 * by DOMAIN\sam (or a sam alone) against sams and UPN local parts, by display name against
 * "Assigned to" — case-insensitively. A name that fits several holders is ambiguous and is
 * reported, never guessed.
 */
import type { AssignmentTable } from '../assignment-table';
import type { UsageRecord } from '../register';

export type AccountMatch =
  | { readonly kind: 'holder'; readonly holder: number; readonly by: 'account' | 'sam' | 'name' }
  | {
      readonly kind: 'ambiguous';
      readonly by: 'sam' | 'name';
      /** The holders the name fits, and how the register names them. */
      readonly holders: readonly number[];
      readonly candidates: readonly string[];
    }
  | { readonly kind: 'none' };

const NONE: AccountMatch = { kind: 'none' };

/** The sam of a name: "dana" of "CONTOSO\dana", of "dana" itself; none for e-mail or display names. */
function samOf(name: string): string | undefined {
  if (name.includes(' ') || name.includes('@')) return undefined;
  const slash = name.lastIndexOf('\\');
  return slash >= 0 ? name.slice(slash + 1) : name;
}

/** The NetBIOS domain of "CONTOSO\dana" ("contoso", lower case); none without one. */
function domainOf(name: string): string | undefined {
  const slash = name.lastIndexOf('\\');
  return slash > 0 && !name.includes('@') ? name.slice(0, slash) : undefined;
}

function add(index: Map<string, Set<number>>, key: string, holder: number): void {
  if (key === '') return;
  const set = index.get(key);
  if (set) set.add(holder);
  else index.set(key, new Set([holder]));
}

export class AccountMatcher {
  private readonly byAccount = new Map<string, number>();
  private readonly bySam = new Map<string, Set<number>>();
  private readonly byName = new Map<string, Set<number>>();
  /** A readable key per holder, to name candidates. */
  private readonly keys = new Map<number, string>();
  /** Holders whose account is written DOMAIN\sam: their domain. */
  private readonly domains = new Map<number, string>();

  constructor(table: AssignmentTable, ended?: Uint8Array) {
    for (let i = 0; i < table.length; i += 1) {
      const holder = table.holder[i];
      if (holder < 0 || table.byDevice[i] === 1 || ended?.[i] === 1) continue;
      const account = table.account(i).toLowerCase();
      if (!this.keys.has(holder)) this.keys.set(holder, table.key(i));
      if (account !== '') {
        this.byAccount.set(account, holder);
        const at = account.indexOf('@');
        add(this.bySam, at > 0 ? account.slice(0, at) : (samOf(account) ?? ''), holder);
        const domain = domainOf(account);
        if (domain !== undefined) this.domains.set(holder, domain);
      }
      const name = table.assignedTo(i).toLowerCase();
      if (name !== '' && name !== account) add(this.byName, name, holder);
    }
  }

  private pick(found: Set<number> | undefined, by: 'sam' | 'name'): AccountMatch | undefined {
    if (!found || found.size === 0) return undefined;
    if (found.size === 1) return { kind: 'holder', holder: [...found][0], by };
    const holders = [...found];
    return {
      kind: 'ambiguous',
      by,
      holders,
      candidates: holders.map((h) => this.keys.get(h) ?? '').sort(),
    };
  }

  /** The holder a usage row is about, if the register has exactly one. */
  match(record: UsageRecord): AccountMatch {
    const names = [record.accountKey, ...(record.names ?? [])].filter((n) => n !== '');
    for (const name of names) {
      const holder = this.byAccount.get(name);
      if (holder !== undefined) return { kind: 'holder', holder, by: 'account' };
    }
    const sams = new Set<number>();
    for (const name of names) {
      const sam = samOf(name);
      const domain = domainOf(name);
      for (const holder of (sam && this.bySam.get(sam)) || []) {
        // CONTOSO\dana is not FABRIKAM\dana; a UPN's domain cannot be compared with NetBIOS's.
        const theirs = this.domains.get(holder);
        if (domain === undefined || theirs === undefined || theirs === domain) sams.add(holder);
      }
    }
    const bySam = this.pick(sams, 'sam');
    if (bySam) return bySam;
    const people = new Set<number>();
    for (const name of names) for (const holder of this.byName.get(name) ?? []) people.add(holder);
    return this.pick(people, 'name') ?? NONE;
  }
}
