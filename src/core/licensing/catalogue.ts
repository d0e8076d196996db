/**
 * What Microsoft sells, as data: one entry per product, with the wordings that name it, its
 * versions in order, its CAL and server editions, which CAL each additive CAL needs, what a
 * CAL Suite contains, and room for each version's dated facts (date available, end of
 * support, Subscription Edition) with their sources (lifecycle.ts). Adding a product is one entry here plus
 * its tests: the licence parser, the messages, the evidence and every rule read it from here.
 */

import { LIFECYCLE } from './lifecycle';

export type Kind = 'User' | 'Device';

export type ProductId =
  'exchange' | 'windows' | 'rds' | 'sharepoint' | 'skype' | 'sql' | 'project' | 'suite' | 'cloud';

/** A CAL of a product and edition, without a version or kind. */
export interface ProductEdition {
  readonly product: ProductId;
  readonly edition: string;
}

/** Where a fact comes from, and how sure it is: MS (Microsoft), 2nd (quoting Microsoft), U (unverified). */
export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly tag: 'MS' | '2nd' | 'U';
  /** The source's own words that state the fact (a sentence, a table cell, a data field). */
  readonly quote?: string;
}

/** A date as Microsoft states it (a month, '2025-07', or a day, '2025-07-01'), with its source. */
export interface DatedFact {
  readonly date: string;
  readonly source: Source;
}

export interface VersionInfo {
  /** '2019', '2012 R2', 'SE' */
  readonly name: string;
  readonly available?: DatedFact;
  readonly endOfSupport?: DatedFact;
  /** A Subscription Edition: usable only with active Software Assurance or a subscription. */
  readonly subscription?: boolean;
}

/**
 * How a licence name is recognised as naming the product: `squashed` is tried on the name's
 * words run together in lower case ("exchgsvrentcal2019sngl..."), `words` against its whole
 * words. Products are tried by `rank`, lowest first: "Remote Desktop Services CAL for Windows
 * Server" is RDS, not Windows Server.
 */
export interface Recognition {
  readonly rank: number;
  readonly squashed?: RegExp;
  readonly words?: readonly string[];
}

export interface Product {
  readonly id: ProductId;
  /** The product as the licence position names it. */
  readonly name: string;
  readonly recognise: readonly Recognition[];
  /** Versions in order, oldest first. Empty for a CAL Suite: suites carry none. */
  readonly versions: readonly VersionInfo[];
  /** CAL editions; [''] when the CAL is sold without one. The first is the default. */
  readonly calEditions: readonly string[];
  /** Editions of the server licence. */
  readonly serverEditions: readonly string[];
  /** The product whose server licence these CALs complement. */
  readonly server?: ProductId;
  /** Additive CAL editions and the base CAL each needs for the same user or device. */
  readonly bases?: Readonly<Record<string, ProductEdition>>;
  /** A CAL Suite: per edition, the CALs one suite licenses its holder for. */
  readonly contains?: Readonly<Record<string, readonly ProductEdition[]>>;
  /** Names the edition before the product ("Core CAL Suite") rather than after the version. */
  readonly editionFirst?: boolean;
  /**
   * A text that names the product without naming a CAL must also match this to be the product
   * ("Windows 11 Pro" is a client operating system, not Windows Server).
   */
  readonly serverWords?: RegExp;
  /** Server editions licensed without CALs: a User or Device word does not make them a CAL. */
  readonly noCalEditions?: readonly string[];
  /**
   * The licences of this entry are named by their edition alone (the cloud plans: "Microsoft
   * 365 E3"); they are neither CALs nor server licences, and are recognised by the plans'
   * wordings and SKUs (cloud-plans.ts), not by `recognise`.
   */
  readonly namedByEdition?: boolean;
  /** How a list of known products names this entry, when not by its name. */
  readonly listedAs?: string;
  /**
   * The CALs a holder of these needs besides: the Windows Server CAL of everyone who reaches
   * an Exchange, SharePoint, Skype for Business or Project server (which run on Windows Server).
   */
  readonly alsoNeeds?: ProductEdition;
}

/** A product's versions, oldest first, each with its dated facts (lifecycle.ts). */
function versionsOf(product: ProductId, ...names: string[]): VersionInfo[] {
  return names.map((name) => ({ name, ...LIFECYCLE[product]?.[name] }));
}

const WINDOWS_NAMES = ['2008', '2008 R2', '2012', '2012 R2', '2016', '2019', '2022', '2025'];

/**
 * Everyone who reaches a Windows Server, directly or through an application on it, needs a
 * Windows Server CAL: "users must acquire CALs for Windows Server, which is required for use
 * with these products, as well as the appropriate CALs for Exchange and/or Lync Server"
 * (Microsoft licensing brief "Base and Additive Client Access Licenses").
 */
const WINDOWS_CAL: ProductEdition = { product: 'windows', edition: '' };

const CORE_SUITE: readonly ProductEdition[] = [
  { product: 'windows', edition: '' },
  { product: 'exchange', edition: 'Standard' },
  { product: 'sharepoint', edition: 'Standard' },
  { product: 'skype', edition: 'Standard' },
];

/** The catalogue, in the order the licence position lists products. */
export const PRODUCTS: Readonly<Record<ProductId, Product>> = {
  exchange: {
    id: 'exchange',
    name: 'Exchange Server',
    recognise: [{ rank: 2, squashed: /exch/ }],
    versions: versionsOf('exchange', '2010', '2013', '2016', '2019', 'SE'),
    calEditions: ['Standard', 'Enterprise'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'exchange',
    bases: { Enterprise: { product: 'exchange', edition: 'Standard' } },
    alsoNeeds: WINDOWS_CAL,
  },
  windows: {
    id: 'windows',
    name: 'Windows Server',
    recognise: [{ rank: 7, squashed: /windows|winsvr|winserver/, words: ['win'] }],
    versions: versionsOf('windows', ...WINDOWS_NAMES),
    calEditions: [''],
    serverEditions: ['Standard', 'Datacenter', 'Essentials'],
    server: 'windows',
    serverWords: /server|svr|srv/,
    noCalEditions: ['Essentials'],
  },
  rds: {
    id: 'rds',
    name: 'Remote Desktop Services',
    recognise: [
      { rank: 1, squashed: /remotedesktop|rmtdsktp|rdscal|terminalserv|tscal/, words: ['rds'] },
    ],
    versions: versionsOf('rds', ...WINDOWS_NAMES),
    calEditions: [''],
    serverEditions: [],
    server: 'windows',
    bases: { '': { product: 'windows', edition: '' } },
  },
  sharepoint: {
    id: 'sharepoint',
    name: 'SharePoint Server',
    recognise: [{ rank: 3, squashed: /sharepoint|sharept|shrpt/ }],
    versions: versionsOf('sharepoint', '2010', '2013', '2016', '2019', 'SE'),
    calEditions: ['Standard', 'Enterprise'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'sharepoint',
    bases: { Enterprise: { product: 'sharepoint', edition: 'Standard' } },
    alsoNeeds: WINDOWS_CAL,
  },
  skype: {
    id: 'skype',
    name: 'Skype for Business Server',
    recognise: [{ rank: 4, squashed: /skype|lync|sfb/ }],
    versions: versionsOf('skype', '2010', '2013', '2015', '2019', 'SE'),
    calEditions: ['Standard', 'Enterprise', 'Plus'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'skype',
    bases: {
      Enterprise: { product: 'skype', edition: 'Standard' },
      Plus: { product: 'skype', edition: 'Standard' },
    },
    alsoNeeds: WINDOWS_CAL,
  },
  sql: {
    id: 'sql',
    name: 'SQL Server',
    recognise: [{ rank: 5, squashed: /sql/ }],
    versions: versionsOf(
      'sql',
      '2008',
      '2008 R2',
      '2012',
      '2014',
      '2016',
      '2017',
      '2019',
      '2022',
      '2025',
    ),
    calEditions: [''],
    serverEditions: ['Standard', 'Enterprise', 'Developer', 'Express', 'Web'],
    server: 'sql',
  },
  project: {
    id: 'project',
    name: 'Project Server',
    recognise: [{ rank: 6, squashed: /project|prjct|prjsvr/ }],
    versions: versionsOf('project', '2010', '2013', '2016', '2019', 'SE'),
    calEditions: [''],
    serverEditions: [],
    server: 'project',
    alsoNeeds: WINDOWS_CAL,
  },
  suite: {
    id: 'suite',
    name: 'CAL Suite',
    // "ECAL" alone is the Enterprise CAL Suite (after a product's name, that product's
    // Enterprise CAL): tried after every product.
    recognise: [
      { rank: 0, squashed: /calsuite|corecal/ },
      { rank: 8, words: ['ecal'] },
    ],
    versions: [],
    calEditions: ['Core', 'Enterprise'],
    serverEditions: [],
    editionFirst: true,
    contains: {
      Core: CORE_SUITE,
      Enterprise: [
        ...CORE_SUITE,
        { product: 'suite', edition: 'Core' },
        { product: 'exchange', edition: 'Enterprise' },
        { product: 'sharepoint', edition: 'Enterprise' },
        { product: 'skype', edition: 'Enterprise' },
      ],
    },
  },
  cloud: {
    id: 'cloud',
    name: 'Cloud subscription',
    recognise: [],
    versions: [],
    calEditions: [],
    serverEditions: [],
    namedByEdition: true,
    listedAs: 'Microsoft 365, Office 365, Exchange Online and EMS plans',
  },
};

/** Every product, in the order the licence position lists them. */
export const PRODUCT_LIST: readonly Product[] = Object.values(PRODUCTS);

/** Cloud services are subscriptions, not products CAL Register counts CALs of. */
export const CLOUD_SERVICES = { squashed: /online|365/, words: ['o365', 'm365'] } as const;

/** A version of a product, with its dated facts; undefined for a version it does not have. */
export function versionInfo(product: ProductId, version: string): VersionInfo | undefined {
  return PRODUCTS[product].versions.find((v) => v.name === version);
}

/**
 * The days a dated fact may fall on, as day numbers (days since 1970-01-01): a day is itself;
 * a month, as Microsoft states most dates available, runs from its first to its last day.
 */
export function factDays(fact: DatedFact): { readonly first: number; readonly last: number } {
  const [year, month, day] = fact.date.split('-').map(Number);
  const first = Date.UTC(year, month - 1, day || 1) / 86_400_000;
  const last = day ? first : Date.UTC(year, month, 0) / 86_400_000;
  return { first, last };
}

/**
 * The supported version to move to from a version past its end of support at `day`: the
 * oldest later version still supported then (a Subscription Edition has no end).
 */
export function successorOf(product: ProductId, version: string, day: number): string | undefined {
  const list = PRODUCTS[product].versions;
  const at = list.findIndex((v) => v.name === version);
  for (const next of list.slice(at + 1)) {
    const end = next.endOfSupport;
    if (!end || factDays(end).last >= day) return next.name;
  }
  return undefined;
}

/** A CAL of any version, as a list names it: "Exchange Server Standard CAL". */
export function calLabel(cal: ProductEdition): string {
  return [PRODUCTS[cal.product].name, cal.edition, 'CAL'].filter((part) => part !== '').join(' ');
}

/** The names of a product's versions, oldest first. */
export function versionNames(product: ProductId): string[] {
  return PRODUCTS[product].versions.map((v) => v.name);
}

/** The product's newest version, '' for a product without versions. */
export function latestVersion(product: ProductId): string {
  const list = PRODUCTS[product].versions;
  return list.length > 0 ? list[list.length - 1].name : '';
}

/** What a product is called in a list of products: each suite edition by its own name. */
export function productNames(): string[] {
  return PRODUCT_LIST.flatMap((product) =>
    product.contains
      ? product.calEditions.map((edition) => `${edition} ${product.name}`)
      : [product.listedAs ?? product.name],
  );
}

/**
 * Order of versions across products: a year, R2 just after it, SE (Subscription Edition)
 * after every year. 0 for "no version".
 */
export function versionRank(version: string): number {
  if (version === '') return 0;
  if (version === 'SE') return 99_990;
  const year = Number.parseInt(version, 10);
  return Number.isNaN(year) ? 0 : year * 10 + (version.endsWith('R2') ? 5 : 0);
}

/** The base CAL an additive CAL needs, or undefined for a CAL that stands alone. */
export function baseOf(product: ProductId, edition: string): ProductEdition | undefined {
  return PRODUCTS[product].bases?.[edition];
}

/**
 * The CALs a CAL of this product and edition grants its holder: itself and, for a suite,
 * every CAL it contains.
 */
export function grantsOf(product: ProductId, edition: string): readonly ProductEdition[] {
  return [{ product, edition }, ...(PRODUCTS[product].contains?.[edition] ?? [])];
}

/** The products whose use a CAL gives: its own, or a suite's contents' products. */
export function usedProductsOf(product: ProductId, edition: string): ProductId[] {
  const contents = PRODUCTS[product].contains?.[edition];
  return contents ? [...new Set(contents.map((part) => part.product))] : [product];
}
