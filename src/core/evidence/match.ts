/**
 * Matching the accounts evidence names to the register's holders: by UPN or e-mail address,
 * by DOMAIN\sam (or a sam alone) against sams and UPN local parts, by a UPN's local part
 * against an Account written as a sam, by display name against "Assigned to" —
 * case-insensitively. A name that fits several holders is ambiguous and is reported, never
 * guessed. People share display names: an account the evidence names by UPN, e-mail or sam
 * is matched by display name only to a holder the register names by no account, since a
 * holder whose account differs is someone else.
 */
import type { AssignmentTable, UsageRecord } from '../register';

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

/** True for a name that identifies an account: an address, or DOMAIN\sam. */
function isAccountName(name: string): boolean {
  return name.includes('@') || name.includes('\\');
}

/** The NetBIOS domain of "CONTOSO\dana" ("contoso", lower case); none without one. */
function domainOf(name: string): string | undefined {
  const slash = name.lastIndexOf('\\');
  return slash > 0 && !name.includes('@') ? name.slice(0, slash) : undefined;
}

/** Holders a key leads to: one (the usual case, without an array) or several. */
type Bucket = number | number[];

function add(index: Map<string, Bucket>, key: string, holder: number): void {
  if (key === '') return;
  const found = index.get(key);
  if (found === undefined) index.set(key, holder);
  else if (typeof found === 'number') {
    if (found !== holder) index.set(key, [found, holder]);
  } else if (!found.includes(holder)) found.push(holder);
}

function collect(
  into: number[],
  found: Bucket | undefined,
  keep?: (holder: number) => boolean,
): void {
  if (found === undefined) return;
  for (const holder of typeof found === 'number' ? [found] : found)
    if (!into.includes(holder) && (!keep || keep(holder))) into.push(holder);
}

export class AccountMatcher {
  private readonly byAccount = new Map<string, number>();
  private readonly bySam = new Map<string, Bucket>();
  /** Holders whose Account is written as a sam (DOMAIN\sam or the sam alone), by sam. */
  private readonly bySamAccount = new Map<string, Bucket>();
  /** Holders the register names by an account (not only by "Assigned to"). */
  private readonly withAccount = new Set<number>();
  private readonly byName = new Map<string, Bucket>();
  /** A row of each holder, to name candidates. */
  private readonly rowOf = new Map<number, number>();
  /** Holders whose account is written DOMAIN\sam: their domain. */
  private readonly domains = new Map<number, string>();

  constructor(
    private readonly table: AssignmentTable,
    ended?: Uint8Array,
  ) {
    for (let i = 0; i < table.length; i += 1) {
      const holder = table.holder[i];
      if (holder < 0 || table.byDevice[i] === 1 || ended?.[i] === 1) continue;
      if (!this.rowOf.has(holder)) this.rowOf.set(holder, i);
      const account = table.account(i).toLowerCase();
      if (account !== '') {
        this.byAccount.set(account, holder);
        this.withAccount.add(holder);
        const at = account.indexOf('@');
        add(this.bySam, at > 0 ? account.slice(0, at) : (samOf(account) ?? ''), holder);
        if (at < 0) add(this.bySamAccount, samOf(account) ?? '', holder);
        const domain = domainOf(account);
        if (domain !== undefined) this.domains.set(holder, domain);
      }
      const name = table.assignedTo(i).toLowerCase();
      if (name !== '' && name !== account) add(this.byName, name, holder);
    }
  }

  private pick(found: readonly number[], by: 'sam' | 'name'): AccountMatch | undefined {
    if (found.length === 0) return undefined;
    if (found.length === 1) return { kind: 'holder', holder: found[0], by };
    const keyOf = (holder: number) => {
      const row = this.rowOf.get(holder);
      return row === undefined ? '' : this.table.key(row);
    };
    return { kind: 'ambiguous', by, holders: found, candidates: found.map(keyOf).sort() };
  }

  /** The holder a usage row is about, if the register has exactly one. */
  match(record: UsageRecord): AccountMatch {
    const names = record.names ? [record.accountKey, ...record.names] : [record.accountKey];
    for (const name of names) {
      const holder = name === '' ? undefined : this.byAccount.get(name);
      if (holder !== undefined) return { kind: 'holder', holder, by: 'account' };
    }
    const sams: number[] = [];
    for (const name of names) {
      const sam = samOf(name);
      if (!sam) continue;
      const domain = domainOf(name);
      // CONTOSO\dana is not FABRIKAM\dana; a UPN's domain cannot be compared with NetBIOS's.
      collect(sams, this.bySam.get(sam), (holder) => {
        const theirs = this.domains.get(holder);
        return domain === undefined || theirs === undefined || theirs === domain;
      });
    }
    // A UPN's local part is usually the sam: user@corp.com is CORP\user, whose register
    // Account says DOMAIN\sam (as a Usage table row, which keeps only the UPN, needs).
    if (sams.length === 0)
      for (const name of names) {
        const at = name.indexOf('@');
        if (at > 0) collect(sams, this.bySamAccount.get(name.slice(0, at)));
      }
    const bySam = this.pick(sams, 'sam');
    if (bySam) return bySam;
    const named = names.some(isAccountName);
    const people: number[] = [];
    for (const name of names)
      if (name !== '')
        collect(people, this.byName.get(name), (holder) => !named || !this.withAccount.has(holder));
    return this.pick(people, 'name') ?? NONE;
  }
}
