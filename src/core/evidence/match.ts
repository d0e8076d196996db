/**
 * Matching the accounts evidence names to the register's holders: by UPN or e-mail address,
 * by DOMAIN\sam (or a sam alone) against sams and UPN local parts, by a UPN's local part
 * against an Account written as a sam, by display name against "Assigned to" —
 * case-insensitively. A name that fits several holders is ambiguous and is reported, never
 * guessed. People share display names: an account the evidence names by UPN, e-mail or sam
 * is matched by display name only to a holder the register names by no account, since a
 * holder whose account differs is someone else.
 */
import { StringIndex, type AssignmentTable, type UsageRecord } from '../register';

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

/** Adds a holder to the bucket of key `id` (ids of a StringIndex); undefined marks none. */
function add(buckets: (Bucket | undefined)[], id: number, holder: number): void {
  const found = buckets[id];
  if (found === undefined) buckets[id] = holder;
  else if (typeof found === 'number') {
    if (found !== holder) buckets[id] = [found, holder];
  } else if (!found.includes(holder)) found.push(holder);
}

function collect(
  into: number[],
  found: Bucket | undefined,
  keep?: (holder: number) => boolean,
): void {
  if (found === undefined) return;
  if (typeof found === 'number') {
    if (!into.includes(found) && (!keep || keep(found))) into.push(found);
    return;
  }
  for (const holder of found)
    if (!into.includes(holder) && (!keep || keep(holder))) into.push(holder);
}

/**
 * The names a usage row gives its account, in order: its account key, then its other names.
 * A name equal to the account key is left out: it would find the same holders again.
 */
function namesOf(record: UsageRecord): readonly string[] {
  const others = record.names;
  if (!others || others.length === 0) return [record.accountKey];
  if (others[0] === record.accountKey) return others;
  return [record.accountKey, ...others.filter((name) => name !== record.accountKey)];
}

/**
 * The register's names, indexed once per audit. Every key (an account, a sam, a UPN's local
 * part, an "Assigned to" name, all lower case) gets one id in a StringIndex, and what it leads
 * to is kept by id: a name is looked up once for every way it can match, and a name the
 * register does not have (most of a directory export) costs one probe.
 */
export class AccountMatcher {
  private readonly keys: StringIndex;
  /** By key id: the holder whose account it is. */
  private readonly byAccount: (number | undefined)[] = [];
  /** By key id: holders whose account's sam (or UPN local part) it is. */
  private readonly bySam: (Bucket | undefined)[] = [];
  /** By key id: holders whose Account is written as a sam (DOMAIN\sam or the sam alone). */
  private readonly bySamAccount: (Bucket | undefined)[] = [];
  /** By key id: holders whose "Assigned to" it is. */
  private readonly byName: (Bucket | undefined)[] = [];
  /** Holders the register names by an account (not only by "Assigned to"): 1. */
  private readonly withAccount: Uint8Array;
  /** A row of each holder, to name candidates; -1 for a holder none of whose rows is indexed. */
  private readonly rowOf: Int32Array;
  /** Holders whose account is written DOMAIN\sam: their domain. */
  private readonly domains: (string | undefined)[];

  constructor(
    private readonly table: AssignmentTable,
    ended?: Uint8Array,
  ) {
    const holders = table.holderCount;
    this.keys = new StringIndex(holders * 2);
    this.withAccount = new Uint8Array(holders);
    this.rowOf = new Int32Array(holders).fill(-1);
    this.domains = new Array<string | undefined>(holders);
    // A holder's rows usually name it alike: the account and the name its last indexed row
    // gave are not indexed again (indexing them again changes nothing).
    const lastAccount = new Array<string | undefined>(holders);
    const lastName = new Array<string | undefined>(holders);
    for (let i = 0; i < table.length; i += 1) {
      const holder = table.holder[i];
      if (holder < 0 || table.byDevice[i] === 1 || ended?.[i] === 1) continue;
      if (this.rowOf[holder] < 0) this.rowOf[holder] = i;
      const account = table.account(i).toLowerCase();
      const name = table.assignedTo(i).toLowerCase();
      if (lastAccount[holder] === account && lastName[holder] === name) continue;
      lastAccount[holder] = account;
      lastName[holder] = name;
      if (account !== '') {
        this.byAccount[this.keys.add(account)] = holder;
        this.withAccount[holder] = 1;
        const at = account.indexOf('@');
        const sam = at > 0 ? account.slice(0, at) : (samOf(account) ?? '');
        if (sam !== '') add(this.bySam, this.keys.add(sam), holder);
        if (at < 0 && sam !== '') add(this.bySamAccount, this.keys.add(sam), holder);
        const domain = domainOf(account);
        if (domain !== undefined) this.domains[holder] = domain;
      }
      if (name !== '' && name !== account) add(this.byName, this.keys.add(name), holder);
    }
  }

  /** The id of a key the register has, or -1. */
  private id(key: string): number {
    return key === '' ? -1 : this.keys.get(key);
  }

  private pick(found: readonly number[], by: 'sam' | 'name'): AccountMatch | undefined {
    if (found.length === 0) return undefined;
    if (found.length === 1) return { kind: 'holder', holder: found[0], by };
    const keyOf = (holder: number) => {
      const row = this.rowOf[holder];
      return row < 0 ? '' : this.table.key(row);
    };
    return { kind: 'ambiguous', by, holders: found, candidates: found.map(keyOf).sort() };
  }

  /** The holder a usage row is about, if the register has exactly one. */
  match(record: UsageRecord): AccountMatch {
    const names = namesOf(record);
    const ids: number[] = [];
    for (const name of names) {
      const id = this.id(name);
      const holder = id < 0 ? undefined : this.byAccount[id];
      if (holder !== undefined) return { kind: 'holder', holder, by: 'account' };
      ids.push(id);
    }
    const sams: number[] = [];
    names.forEach((name, k) => {
      const sam = samOf(name);
      if (!sam) return;
      const id = sam === name ? ids[k] : this.id(sam);
      const found = id < 0 ? undefined : this.bySam[id];
      if (found === undefined) return;
      const domain = domainOf(name);
      // CONTOSO\dana is not FABRIKAM\dana; a UPN's domain cannot be compared with NetBIOS's.
      collect(sams, found, (holder) => {
        const theirs = this.domains[holder];
        return domain === undefined || theirs === undefined || theirs === domain;
      });
    });
    // A UPN's local part is usually the sam: user@corp.com is CORP\user, whose register
    // Account says DOMAIN\sam (as a Usage table row, which keeps only the UPN, needs).
    if (sams.length === 0)
      for (const name of names) {
        const at = name.indexOf('@');
        const id = at > 0 ? this.id(name.slice(0, at)) : -1;
        if (id >= 0) collect(sams, this.bySamAccount[id]);
      }
    const bySam = this.pick(sams, 'sam');
    if (bySam) return bySam;
    const named = names.some(isAccountName);
    const people: number[] = [];
    for (const id of ids) {
      const found = id < 0 ? undefined : this.byName[id];
      if (found !== undefined)
        collect(people, found, (holder) => !named || this.withAccount[holder] === 0);
    }
    return this.pick(people, 'name') ?? NONE;
  }
}
