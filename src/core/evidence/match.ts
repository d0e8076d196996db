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
  private readonly byAccount: (number | undefined)[];
  /** By key id: holders whose account's sam (or UPN local part) it is. */
  private readonly bySam: (Bucket | undefined)[];
  /** By key id: holders whose Account is written as a sam (DOMAIN\sam or the sam alone). */
  private readonly bySamAccount: (Bucket | undefined)[];
  /** By key id: holders whose "Assigned to" it is. */
  private readonly byName: (Bucket | undefined)[];
  /** The ids of the names of the usage row being matched (reused: no array per row). */
  private ids = new Int32Array(8);
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
    // Up to three keys a holder: its account, its sam or UPN local part, its name.
    this.keys = new StringIndex(holders * 3);
    this.byAccount = new Array<number | undefined>(holders * 3);
    this.bySam = new Array<Bucket | undefined>(holders * 3);
    this.bySamAccount = new Array<Bucket | undefined>(holders * 3);
    this.byName = new Array<Bucket | undefined>(holders * 3);
    this.withAccount = new Uint8Array(holders);
    this.rowOf = new Int32Array(holders).fill(-1);
    this.domains = new Array<string | undefined>(holders);
    // A holder's rows usually name it alike: the account and the name (as written) its last
    // indexed row gave are not indexed again (indexing them again changes nothing).
    const lastAccount = new Array<string | undefined>(holders);
    const lastName = new Array<string | undefined>(holders);
    for (let i = 0; i < table.length; i += 1) {
      const holder = table.holder[i];
      if (holder < 0 || table.byDevice[i] === 1 || ended?.[i] === 1) continue;
      if (this.rowOf[holder] < 0) this.rowOf[holder] = i;
      const written = table.account(i);
      const writtenName = table.assignedTo(i);
      if (lastAccount[holder] === written && lastName[holder] === writtenName) continue;
      lastAccount[holder] = written;
      lastName[holder] = writtenName;
      const account = written.toLowerCase();
      const name = writtenName.toLowerCase();
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
    // The account key first: it finds most accounts, and then the other names are not read.
    const keyId = this.id(record.accountKey);
    const direct = keyId < 0 ? undefined : this.byAccount[keyId];
    if (direct !== undefined) return { kind: 'holder', holder: direct, by: 'account' };
    const names = namesOf(record);
    if (names.length > this.ids.length) this.ids = new Int32Array(names.length);
    const ids = this.ids;
    ids[0] = keyId;
    for (let k = 1; k < names.length; k += 1) {
      const id = this.id(names[k]);
      const holder = id < 0 ? undefined : this.byAccount[id];
      if (holder !== undefined) return { kind: 'holder', holder, by: 'account' };
      ids[k] = id;
    }
    // Arrays and filters are made only for a name that leads somewhere: most lead nowhere.
    const sams: number[] = [];
    for (let k = 0; k < names.length; k += 1) {
      const name = names[k];
      const sam = samOf(name);
      if (!sam) continue;
      const id = sam === name ? ids[k] : this.id(sam);
      const found = id < 0 ? undefined : this.bySam[id];
      if (found === undefined) continue;
      const domain = domainOf(name);
      // CONTOSO\dana is not FABRIKAM\dana; a UPN's domain cannot be compared with NetBIOS's.
      collect(sams, found, (holder) => {
        const theirs = this.domains[holder];
        return domain === undefined || theirs === undefined || theirs === domain;
      });
    }
    // A UPN's local part is usually the sam: user@corp.com is CORP\user, whose register
    // Account says DOMAIN\sam (as a Usage table row, which keeps only the UPN, needs).
    if (sams.length === 0)
      for (const name of names) {
        const at = name.indexOf('@');
        const id = at > 0 ? this.id(name.slice(0, at)) : -1;
        const found = id < 0 ? undefined : this.bySamAccount[id];
        if (found !== undefined) collect(sams, found);
      }
    const bySam = this.pick(sams, 'sam');
    if (bySam) return bySam;
    let people: number[] | undefined;
    let named: boolean | undefined;
    for (let k = 0; k < names.length; k += 1) {
      const found = ids[k] < 0 ? undefined : this.byName[ids[k]];
      if (found === undefined) continue;
      named ??= names.some(isAccountName);
      const byName = !named;
      collect((people ??= []), found, (holder) => byName || this.withAccount[holder] === 0);
    }
    return (people && this.pick(people, 'name')) ?? NONE;
  }
}
