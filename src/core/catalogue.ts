/**
 * What Microsoft sells: products, their versions and CAL editions, which CALs are
 * additive to a base CAL, and what each CAL Suite contains. Licensing knowledge lives
 * here and in the rules; nothing else hard-codes a product.
 */

export type Kind = 'User' | 'Device';

export type ProductId =
  'exchange' | 'windows' | 'rds' | 'sharepoint' | 'skype' | 'sql' | 'project' | 'suite';

export interface Product {
  readonly id: ProductId;
  /** The product as the licence position names it. */
  readonly name: string;
  /** Versions in order, oldest first. Empty for the suites, which carry none. */
  readonly versions: readonly string[];
  /** CAL editions; [''] when the CAL is sold without one. The first is the default. */
  readonly calEditions: readonly string[];
  /** Editions of the server licence. */
  readonly serverEditions: readonly string[];
  /** The product whose server licence these CALs complement. */
  readonly server?: ProductId;
}

const WINDOWS_VERSIONS = ['2008', '2008 R2', '2012', '2012 R2', '2016', '2019', '2022', '2025'];

export const PRODUCTS: Readonly<Record<ProductId, Product>> = {
  exchange: {
    id: 'exchange',
    name: 'Exchange Server',
    versions: ['2010', '2013', '2016', '2019', 'SE'],
    calEditions: ['Standard', 'Enterprise'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'exchange',
  },
  windows: {
    id: 'windows',
    name: 'Windows Server',
    versions: WINDOWS_VERSIONS,
    calEditions: [''],
    serverEditions: ['Standard', 'Datacenter', 'Essentials'],
    server: 'windows',
  },
  rds: {
    id: 'rds',
    name: 'Remote Desktop Services',
    versions: WINDOWS_VERSIONS,
    calEditions: [''],
    serverEditions: [],
    server: 'windows',
  },
  sharepoint: {
    id: 'sharepoint',
    name: 'SharePoint Server',
    versions: ['2010', '2013', '2016', '2019', 'SE'],
    calEditions: ['Standard', 'Enterprise'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'sharepoint',
  },
  skype: {
    id: 'skype',
    name: 'Skype for Business Server',
    versions: ['2010', '2013', '2015', '2019', 'SE'],
    calEditions: ['Standard', 'Enterprise', 'Plus'],
    serverEditions: ['Standard', 'Enterprise'],
    server: 'skype',
  },
  sql: {
    id: 'sql',
    name: 'SQL Server',
    versions: ['2008', '2008 R2', '2012', '2014', '2016', '2017', '2019', '2022', '2025'],
    calEditions: [''],
    serverEditions: ['Standard', 'Enterprise', 'Developer', 'Express', 'Web'],
    server: 'sql',
  },
  project: {
    id: 'project',
    name: 'Project Server',
    versions: ['2010', '2013', '2016', '2019', 'SE'],
    calEditions: [''],
    serverEditions: [],
    server: 'project',
  },
  suite: {
    id: 'suite',
    name: 'CAL Suite',
    versions: [],
    calEditions: ['Core', 'Enterprise'],
    serverEditions: [],
  },
};

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

export interface ProductEdition {
  readonly product: ProductId;
  readonly edition: string;
}

/** Additive CALs and the base CAL each one needs for the same user or device. */
const BASES: ReadonlyArray<readonly [ProductEdition, ProductEdition]> = [
  [
    { product: 'exchange', edition: 'Enterprise' },
    { product: 'exchange', edition: 'Standard' },
  ],
  [
    { product: 'sharepoint', edition: 'Enterprise' },
    { product: 'sharepoint', edition: 'Standard' },
  ],
  [
    { product: 'skype', edition: 'Enterprise' },
    { product: 'skype', edition: 'Standard' },
  ],
  [
    { product: 'skype', edition: 'Plus' },
    { product: 'skype', edition: 'Standard' },
  ],
  [
    { product: 'rds', edition: '' },
    { product: 'windows', edition: '' },
  ],
];

/** The base CAL an additive CAL needs, or undefined for a CAL that stands alone. */
export function baseOf(product: ProductId, edition: string): ProductEdition | undefined {
  for (const [additive, base] of BASES) {
    if (additive.product === product && additive.edition === edition) return base;
  }
  return undefined;
}

const CORE_SUITE: readonly ProductEdition[] = [
  { product: 'windows', edition: '' },
  { product: 'exchange', edition: 'Standard' },
  { product: 'sharepoint', edition: 'Standard' },
  { product: 'skype', edition: 'Standard' },
];

const ENTERPRISE_SUITE: readonly ProductEdition[] = [
  ...CORE_SUITE,
  { product: 'suite', edition: 'Core' },
  { product: 'exchange', edition: 'Enterprise' },
  { product: 'sharepoint', edition: 'Enterprise' },
  { product: 'skype', edition: 'Enterprise' },
];

/** The CALs (of this catalogue) that a suite edition contains. */
export function suiteContents(edition: string): readonly ProductEdition[] {
  if (edition === 'Core') return CORE_SUITE;
  if (edition === 'Enterprise') return ENTERPRISE_SUITE;
  return [];
}

/** True when a suite of this edition contains the CAL (product, edition). */
export function suiteContains(suiteEdition: string, product: ProductId, edition: string): boolean {
  return suiteContents(suiteEdition).some(
    (part) => part.product === product && part.edition === edition,
  );
}
