/**
 * Licence names to licences. A licence is a product, a version, an edition and, for a CAL,
 * a kind (User or Device); a purchase line adds a pack size. Understands reseller wording
 * ("Exchange Server 2019 Enterprise - 1 User CAL"), Microsoft price-list wording
 * ("ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL"), packs ("Windows Server 2022 CAL 5 User") and
 * server licences ("Exchange Server 2019 Standard").
 */
import {
  baseOf,
  CLOUD_SERVICES,
  grantsOf,
  latestVersion,
  PRODUCT_LIST,
  PRODUCTS,
  versionNames,
  versionRank,
  type Kind,
  type ProductEdition,
  type ProductId,
} from './catalogue';
import { CLOUD_PLANS, type CloudPlan } from './cloud-plans';
import { englishWords, foldLicenceText } from './licence-words';

export interface Licence {
  /** The licence as every surface names it, e.g. "Exchange Server 2019 Standard User CAL". */
  readonly name: string;
  readonly product: ProductId;
  readonly productName: string;
  /** '' when none: suites, and server licences recorded without one. */
  readonly version: string;
  readonly rank: number;
  /** '' for CALs sold without an edition. */
  readonly edition: string;
  /** '' for a server licence. */
  readonly kind: Kind | '';
  readonly cal: boolean;
  /** A small integer, unique per licence in this process: a fast map key. */
  readonly id: number;
  /** For an additive CAL (Enterprise, RDS), the base CAL it needs (catalogue.baseOf). */
  readonly base?: ProductEdition;
  /** The CALs it grants its holder: itself, or what a CAL Suite contains (catalogue.grantsOf). */
  readonly grants: readonly ProductEdition[];
  /**
   * For a CAL of a server that runs on another (Exchange, SharePoint, Skype for Business,
   * Project Server: catalogue `alsoNeeds`), the CAL its holder needs besides.
   */
  readonly alsoNeeds?: ProductEdition;
  /** For a cloud plan (product 'cloud'), its id in cloud-plans.ts. */
  readonly plan?: string;
}

export type LicenceProblemCode =
  | 'unknown-product'
  | 'unknown-version'
  | 'no-version'
  | 'no-kind'
  | 'both-kinds'
  | 'bad-pack'
  | 'server-licence';

export interface LicenceProblem {
  readonly problem: LicenceProblemCode;
  readonly text: string;
  /** For unknown-version: the product, so the message can list its versions. */
  readonly product?: ProductId;
}

export interface ParsedLicence {
  readonly licence: Licence;
  /** How many CALs one unit of this line grants (a 5-pack owns 5). */
  readonly pack: number;
}

const interned = new Map<string, Licence>();
const byId: Licence[] = [];

function displayName(
  product: ProductId,
  version: string,
  edition: string,
  kind: Kind | '',
  cal: boolean,
): string {
  const info = PRODUCTS[product];
  if (info.namedByEdition) return edition;
  const parts = info.editionFirst ? [edition, info.name] : [info.name, version, edition];
  if (cal) parts.push(kind, 'CAL');
  return parts.filter((part) => part !== '').join(' ');
}

/** The one Licence object for these properties. */
export function licenceOf(
  product: ProductId,
  version: string,
  edition: string,
  kind: Kind | '',
  cal = kind !== '',
): Licence {
  const name = displayName(product, version, edition, kind, cal);
  let licence = interned.get(name);
  if (!licence) {
    licence = {
      name,
      product,
      productName: PRODUCTS[product].name,
      version,
      rank: versionRank(version),
      edition,
      kind,
      cal,
      id: interned.size,
      base: cal ? baseOf(product, edition) : undefined,
      grants: cal ? grantsOf(product, edition) : [],
      alsoNeeds: cal ? PRODUCTS[product].alsoNeeds : undefined,
      ...(PRODUCTS[product].namedByEdition
        ? { plan: CLOUD_PLANS.find((p) => p.name === edition)?.id }
        : {}),
    };
    interned.set(name, licence);
    byId.push(licence);
  }
  return licence;
}

/** The licence with this id (Licence.id), if any. */
export function licenceById(id: number): Licence | undefined {
  return byId[id];
}

/**
 * Every licence read so far, by id (it grows as new names are read). For loops over a
 * million rows: indexing this list is cheaper than a call through the folder's index.
 */
export const LICENCES_BY_ID: readonly Licence[] = byId;

/** The licence a position row or finding names (as `Licence.name`), if one has that name. */
export function licenceNamed(name: string): Licence | undefined {
  return interned.get(name);
}

/**
 * "ExchgSvrEntCAL" -> "exchg svr ent cal": split camel case, lower-case, keep digits; the
 * other languages' CAL words read as English ("Geräte-CAL" -> "device cal", licence-words.ts).
 */
function words(text: string): string[] {
  const list = foldLicenceText(text)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return englishWords(list);
}

/** Each cloud plan's wordings and SKU part numbers as word lists ("SPE_E3": spe, e3). */
const PLAN_WORDS = CLOUD_PLANS.flatMap((plan) =>
  [...plan.wordings, ...plan.skus.map((s) => s.partNumber)].map((text) => ({
    plan,
    words: words(text),
  })),
);

/** The cloud plan a name's words name: the longest wording or SKU found in them, in order. */
export function detectPlan(list: readonly string[]): CloudPlan | undefined {
  let best: (typeof PLAN_WORDS)[number] | undefined;
  for (const candidate of PLAN_WORDS) {
    const n = candidate.words.length;
    if (best && n <= best.words.length) continue;
    for (let i = 0; i + n <= list.length; i += 1) {
      if (candidate.words.every((w, k) => list[i + k] === w)) {
        best = candidate;
        break;
      }
    }
  }
  return best?.plan;
}

/** Recognition patterns of every product, tried in rank order (catalogue `recognise`). */
const RECOGNITION = PRODUCT_LIST.flatMap((product) =>
  product.recognise.map((r) => ({ ...r, product: product.id })),
).sort((a, b) => a.rank - b.rank);

function detectProduct(squashed: string, has: (word: string) => boolean): ProductId | undefined {
  for (const r of RECOGNITION) {
    if (r.squashed?.test(squashed) || r.words?.some(has)) return r.product;
  }
  return undefined;
}

const EDITION_WORDS: Record<string, string> = {
  enterprise: 'Enterprise',
  ent: 'Enterprise',
  standard: 'Standard',
  std: 'Standard',
  plus: 'Plus',
  core: 'Core',
  datacenter: 'Datacenter',
  dc: 'Datacenter',
  essentials: 'Essentials',
  developer: 'Developer',
  express: 'Express',
  web: 'Web',
};

function detectEdition(list: readonly string[], allowed: readonly string[]): string {
  for (const word of list) {
    const edition = EDITION_WORDS[word];
    if (edition !== undefined && allowed.includes(edition)) return edition;
  }
  if (allowed.includes('Enterprise') && list.includes('ecal')) return 'Enterprise';
  return '';
}

const YEAR = /(?:^|[^0-9])((?:19|20)\d\d)(?:\s*(r2))?(?![0-9])/;

function detectVersion(lower: string, list: readonly string[]): string {
  const match = YEAR.exec(lower);
  if (match) return match[2] ? `${match[1]} R2` : match[1];
  if (list.includes('se') || lower.includes('subscription edition')) return 'SE';
  return '';
}

function isSubscription(list: readonly string[]): boolean {
  return list.some(
    (word) => word === 'subscription' || word === 'subs' || word.startsWith('subsvl'),
  );
}

/** How a licence is bought: the licence alone, with Software Assurance, or as a subscription. */
export type Offering = 'licence' | 'sa' | 'subscription';

/**
 * What a licence name or a Licence type cell says of how it was bought: a subscription
 * ("SubsVL", "Subscription", "CSP software subscription"), with Software Assurance ("LicSAPk",
 * "L+SA", "Licence + SA", "with Software Assurance"), or the licence alone ("Licence only",
 * "without SA"); undefined when it says nothing of it.
 */
export function offeringOf(text: string): Offering | undefined {
  const lower = text.toLowerCase();
  const list = words(text);
  if (isSubscription(list) || list.includes('csp') || /\bsaas\b/.test(lower)) return 'subscription';
  if (
    /(licen[cs]e|lic|^)\s*only\b|\b(without|no|excl\.?|excluding)\s*(sa|software assurance)\b|^\s*l\s*$|\bperpetual\b/.test(
      lower,
    )
  )
    return 'licence';
  if (
    /licsa|lsapk|\bl\s*\+\s*sa\b|\blsa\b|[+&]\s*(sa|software assurance)\b|\b(with|and|incl\.?|including)\s*(sa|software assurance)\b|^\s*(sa|software assurance)\b/.test(
      lower,
    )
  )
    return 'sa';
  return undefined;
}

// The count must stand next to a pack word, a CAL word or a bracket: "2022 User" is a version.
const PACK_PATTERNS = [
  /(?:^|[^0-9])(\d{1,3})\s*-?\s*(?:pack|pk|clt|client)s?\b/,
  /\bpack\s*(?:of\s*)?(\d{1,3})\b/,
  /\b(?:cals?|client access licen[cs]es?)[\s(:,-]*(\d{1,3})\s*-?\s*(?:user|device|usr|dvc)s?\b/,
  /(?:^|[^0-9])(\d{1,3})\s*-?\s*(?:user|device|usr|dvc)s?\s*cals?\b/,
  /\(\s*(\d{1,3})\s*-?\s*(?:user|device|usr|dvc)s?\b/,
  /\bcals?\s*-?\s*[x\u00d7]\s*(\d{1,3})(?![0-9])/,
];

function detectPack(lower: string): number {
  // The "2" of a version's R2 ("2012 R2 User CAL") is not a pack size.
  const spaced = lower.replace(/((?:19|20)\d\d)\s*r2(?![0-9])/g, '$1').replace(/[_/]+/g, ' ');
  for (const pattern of PACK_PATTERNS) {
    const match = pattern.exec(spaced);
    if (match) return Number(match[1]);
  }
  return 1;
}

function isCal(list: readonly string[], squashed: string): boolean {
  for (const word of list) {
    if (word === 'cal' || word === 'cals' || word === 'ecal' || word === 'sqlcal') return true;
  }
  return /clientaccess|(usr|dvc|user|device|core|rds|ts)cals?(?![a-z])/.test(squashed);
}

function detectKind(list: readonly string[], squashed: string): Kind | '' | 'both' {
  let user = /usrcal|usercal/.test(squashed);
  let device = /dvccal|devicecal/.test(squashed);
  for (const word of list) {
    if (word === 'user' || word === 'users' || word === 'usr') user = true;
    else if (word === 'device' || word === 'devices' || word === 'dvc') device = true;
  }
  if (user && device) return 'both';
  return user ? 'User' : device ? 'Device' : '';
}

export interface LicenceReadOptions {
  /** Read a CAL without a version as one of any version (usage evidence names none). */
  readonly versionOptional?: boolean;
  /** The kind of a CAL that names none (usage evidence is about accounts: User). */
  readonly defaultKind?: Kind;
  /**
   * Read the text as a CAL even without the word or a kind (usage evidence names the CAL
   * needed; an assignment is of a CAL): a text that names neither is a `server-licence` problem.
   */
  readonly assumeCal?: boolean;
}

function parseUncached(text: string, options: LicenceReadOptions): ParsedLicence | LicenceProblem {
  const list = words(text);
  const squashed = list.join('');
  const lower = text.toLowerCase();
  const has = (word: string) => list.includes(word);
  // Cloud plans (Microsoft 365 E3, Exchange Online Plan 2, SPE_E3) are licences of their
  // own, held per user; other cloud services are not products CAL Register counts.
  const plan = detectPlan(list);
  if (plan) return { licence: licenceOf('cloud', '', plan.name, 'User', false), pack: 1 };
  if (CLOUD_SERVICES.squashed.test(squashed) || CLOUD_SERVICES.words.some(has))
    return { problem: 'unknown-product', text };
  const product = detectProduct(squashed, has);
  if (!product) return { problem: 'unknown-product', text };
  const info = PRODUCTS[product];
  const known = versionNames(product);
  const versionless = known.length === 0;
  const detected = detectKind(list, squashed);
  // A kind names a CAL without the word ("Exchange Server 2019 Standard User", as a CAL type
  // column adds it), except for editions licensed without CALs (Windows Server Essentials:
  // one server licence for up to 25 users). A CAL Suite is only ever a CAL.
  const noCal = info.noCalEditions?.some((edition) => has(edition.toLowerCase())) ?? false;
  const named =
    info.serverEditions.length === 0 && info.server === undefined
      ? true
      : isCal(list, squashed) || (detected !== '' && !noCal);
  const cal = named || options.assumeCal === true;
  // A name that names neither a CAL nor the server is not the product ("Windows 11 Pro").
  if (info.serverWords && !named && !info.serverWords.test(squashed))
    return { problem: 'unknown-product', text };

  let version = detectVersion(lower, list);
  // A CAL bought as a subscription (price list "SubsVL", "Subscription") names no version: it
  // gives the right to the latest one while it runs.
  if (version === '' && cal && !versionless && isSubscription(list))
    version = latestVersion(product);
  if (versionless) version = '';
  else if (version !== '' && !known.includes(version)) {
    return { problem: 'unknown-version', text, product };
  } else if (version === '' && cal && !options.versionOptional) {
    return { problem: 'no-version', text, product };
  }

  if (!cal) {
    return {
      licence: licenceOf(product, version, detectEdition(list, info.serverEditions), '', false),
      pack: 1,
    };
  }
  const kind = detected === '' && options.defaultKind ? options.defaultKind : detected;
  if (kind === 'both') return { problem: 'both-kinds', text };
  // Read as a CAL only because the caller expects one: the text names a server licence.
  if (kind === '') return { problem: named ? 'no-kind' : 'server-licence', text };
  let edition = detectEdition(list, info.calEditions);
  if (edition === '') edition = info.calEditions[0];
  const pack = detectPack(lower);
  if (pack < 1) return { problem: 'bad-pack', text };
  return { licence: licenceOf(product, version, edition, kind, true), pack };
}

const caches = new Map<string, Map<string, ParsedLicence | LicenceProblem>>();
const CACHE_LIMIT = 50_000;
const NO_OPTIONS: LicenceReadOptions = {};
const defaultCache = new Map<string, ParsedLicence | LicenceProblem>();
const cacheOf = new WeakMap<LicenceReadOptions, Map<string, ParsedLicence | LicenceProblem>>();

/**
 * Reads a licence name; never throws.
 * @example parseLicence('ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL')
 *   // { licence: { name: 'Exchange Server 2019 Enterprise User CAL', ... }, pack: 1 }
 */
export function parseLicence(
  text: string,
  options: LicenceReadOptions = NO_OPTIONS,
): ParsedLicence | LicenceProblem {
  let cache = options === NO_OPTIONS ? defaultCache : cacheOf.get(options);
  if (!cache) {
    const optionsKey = `${options.versionOptional ? 'v' : ''}${options.assumeCal ? 'c' : ''}${options.defaultKind ?? ''}`;
    cache = caches.get(optionsKey);
    if (!cache) {
      cache = new Map();
      caches.set(optionsKey, cache);
    }
    // Callers pass the same options object for every row: found by identity from now on.
    cacheOf.set(options, cache);
  }
  let parsed = cache.get(text);
  if (parsed === undefined) {
    parsed = parseUncached(text, options);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, parsed);
  }
  return parsed;
}

export function isLicenceProblem(value: ParsedLicence | LicenceProblem): value is LicenceProblem {
  return 'problem' in value;
}

const CAL_WORD = /\bcals?\b|client\s*access/i;

/**
 * A licence that is not for a CAL register at all: a text naming no product of the catalogue
 * and no CAL (another publisher's software, Office, a Windows client, a cloud subscription).
 * A misspelt CAL ("Exhange 2019 User CAL") says CAL, and is a licence to correct instead.
 * @example isForeignLicence(parseLicence('Adobe Acrobat Pro DC') as LicenceProblem) // true
 */
export function isForeignLicence(problem: LicenceProblem): boolean {
  return problem.problem === 'unknown-product' && !CAL_WORD.test(problem.text);
}

/** Every CAL of the catalogue by name (newest versions first), for pick lists. */
export function calNames(): string[] {
  const names: string[] = [];
  const kinds: Kind[] = ['User', 'Device'];
  for (const product of Object.values(PRODUCTS)) {
    const versions = product.versions.length === 0 ? [''] : versionNames(product.id).reverse();
    for (const version of versions) {
      for (const edition of product.calEditions) {
        for (const kind of kinds) names.push(licenceOf(product.id, version, edition, kind).name);
      }
    }
  }
  return names;
}

/** Every server licence of the catalogue by name (newest versions first), for pick lists. */
export function serverLicenceNames(): string[] {
  const names: string[] = [];
  for (const product of Object.values(PRODUCTS)) {
    if (product.server !== product.id) continue;
    for (const version of versionNames(product.id).reverse()) {
      const editions = product.serverEditions.length > 0 ? product.serverEditions : [''];
      for (const edition of editions)
        names.push(licenceOf(product.id, version, edition, '', false).name);
    }
  }
  return names;
}

/** What a text says about a licence, facet by facet; a facet it does not name is absent. */
export interface LicenceFacets {
  readonly product?: ProductId;
  readonly version?: string;
  readonly edition?: string;
  readonly kind?: Kind | 'both';
}

const ALL_EDITIONS = [...new Set(Object.values(EDITION_WORDS))];

/**
 * The product, version, edition and kind a text names, each read the way parseLicence reads
 * it, for comparing a licence name with separate Product, Version, Edition and CAL type
 * columns. A version column's build number ("15.2") names no version.
 * @example licenceFacets('Exchange Server 2019 Standard User CAL')
 *   // { product: 'exchange', version: '2019', edition: 'Standard', kind: 'User' }
 */
export function licenceFacets(text: string): LicenceFacets {
  const list = words(text);
  const squashed = list.join('');
  const has = (word: string) => list.includes(word);
  const cloud =
    detectPlan(list) !== undefined ||
    CLOUD_SERVICES.squashed.test(squashed) ||
    CLOUD_SERVICES.words.some(has);
  const product = cloud ? undefined : detectProduct(squashed, has);
  const version = detectVersion(text.toLowerCase(), list);
  const allowed = product
    ? [...PRODUCTS[product].calEditions, ...PRODUCTS[product].serverEditions]
    : ALL_EDITIONS;
  const edition = detectEdition(list, allowed);
  const kind = detectKind(list, squashed);
  return {
    ...(product ? { product } : {}),
    ...(version !== '' ? { version } : {}),
    ...(edition !== '' ? { edition } : {}),
    ...(kind !== '' ? { kind } : {}),
  };
}
