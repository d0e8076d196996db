/**
 * The dated facts of each product version in the catalogue: when Microsoft made it available,
 * when its extended support ends, and whether it is a Subscription Edition. Every date carries
 * the source it was read in and that source's own words (`quote`); docs/licensing-sources.md
 * lists where each source was read so that a newcomer can check it again.
 *
 * Which date is "available":
 * - the Product Terms' "Date Available" (a month, "7/25") where the Product Terms still list the
 *   version, on its own row or as the "Prior Version (10/18)" of the current one: that is the
 *   date Software Assurance must be active on to give new-version rights;
 * - otherwise the "start" date of the version in Microsoft's lifecycle data (a day).
 *
 * End of support is the lifecycle data's "extendedEnd" (Fixed Lifecycle Policy). Lifecycle
 * times are Pacific Time ("2025-10-14T22:59:59.999-08:00"): the day written is the last day of
 * support. Subscription Editions follow the Modern Lifecycle Policy and have no end date.
 *
 * Remote Desktop Services versions are Windows Server's. CAL Suites have no versions.
 */
import type { DatedFact, ProductId, Source } from './catalogue';

export interface VersionFacts {
  readonly available?: DatedFact;
  readonly endOfSupport?: DatedFact;
  readonly subscription?: true;
}

/**
 * A date from Microsoft's lifecycle data for a product (the data behind
 * learn.microsoft.com/lifecycle/products/<slug>). `stamp` is the data field as Microsoft wrote
 * it; the date is its day.
 */
function lifecycle(
  slug: string,
  product: string,
  field: 'start' | 'extendedEnd',
  stamp: string,
): DatedFact {
  const source: Source = {
    title: `Microsoft Lifecycle: ${product}`,
    url: `https://learn.microsoft.com/lifecycle/products/${slug}`,
    tag: 'MS',
    quote: `${field}: ${stamp}`,
  };
  return { date: stamp.slice(0, 10), source };
}

/** The fixed-lifecycle start and extended end of a version, from Microsoft's lifecycle data. */
function fixed(slug: string, product: string, start: string, extendedEnd: string): VersionFacts {
  return {
    available: lifecycle(slug, product, 'start', start),
    endOfSupport: lifecycle(slug, product, 'extendedEnd', extendedEnd),
  };
}

/** A "Date Available" of the Product Terms entry `offering`, in the words of its table. */
function productTerms(offering: string, entry: string, date: string, quote: string): DatedFact {
  return {
    date,
    source: {
      title: `Microsoft Product Terms: ${entry}`,
      url: `https://www.microsoft.com/licensing/terms/productoffering/${offering}/MCA`,
      tag: 'MS',
      quote,
    },
  };
}

const EXCHANGE_TERMS = ['ExchangeServer', 'Exchange Server'] as const;
const SHAREPOINT_TERMS = ['SharePointServer', 'SharePoint Server'] as const;
const SKYPE_TERMS = ['SkypeforBusinessServer', 'Skype for Business Server'] as const;
const SQL_TERMS = ['SQLServer', 'SQL Server'] as const;
const WINDOWS_TERMS = [
  'WindowsServerStandardDatacenterEssentials',
  'Windows Server Standard, Datacenter, and Essentials',
] as const;

const WINDOWS: Readonly<Record<string, VersionFacts>> = {
  '2008': fixed(
    'windows-server-2008',
    'Windows Server 2008',
    '2008-05-06T00:00:00.000-08:00',
    '2020-01-14T22:59:59.999-08:00',
  ),
  '2008 R2': fixed(
    'windows-server-2008-r2',
    'Windows Server 2008 R2',
    '2009-10-22T00:00:00.000-08:00',
    '2020-01-14T22:59:59.999-08:00',
  ),
  '2012': fixed(
    'windows-server-2012',
    'Windows Server 2012',
    '2012-10-30T00:00:00.000-08:00',
    '2023-10-10T22:59:59.999-08:00',
  ),
  '2012 R2': fixed(
    'windows-server-2012-r2',
    'Windows Server 2012 R2',
    '2013-11-25T00:00:00.000-08:00',
    '2023-10-10T22:59:59.999-08:00',
  ),
  '2016': fixed(
    'windows-server-2016',
    'Windows Server 2016',
    '2016-10-15T00:00:00.000-08:00',
    '2027-01-12T22:59:59.999-08:00',
  ),
  '2019': fixed(
    'windows-server-2019',
    'Windows Server 2019',
    '2018-11-13T00:00:00.000-08:00',
    '2029-01-09T22:59:59.999-08:00',
  ),
  '2022': {
    available: productTerms(
      ...WINDOWS_TERMS,
      '2021-08',
      'Prior Version | Windows Server 2022 (8/21)',
    ),
    endOfSupport: lifecycle(
      'windows-server-2022',
      'Windows Server 2022',
      'extendedEnd',
      '2031-10-14T22:59:59.999-08:00',
    ),
  },
  '2025': {
    available: productTerms(...WINDOWS_TERMS, '2024-11', 'Windows Server 2025 CAL | 11/24'),
    // Not in the lifecycle data read (its copy predates Windows Server 2025): a dataset that
    // collects Microsoft's lifecycle page.
    endOfSupport: {
      date: '2034-11-14',
      source: {
        title:
          'DataForGeeks "windows-lifecycle-server" dataset, collected 2026-07-22 from ' +
          'Microsoft Lifecycle: Windows Server 2025',
        url: 'https://github.com/altrhombus/DataForGeeks/blob/main/content/ms/win/lifecycle-server.json',
        tag: '2nd',
        quote: '"extended_end_date": "2034-11-14"',
      },
    },
  },
};

/** Per catalogue product, per version name, the dated facts. CAL Suites have no versions. */
export const LIFECYCLE: Readonly<
  Partial<Record<ProductId, Readonly<Record<string, VersionFacts>>>>
> = {
  exchange: {
    '2010': fixed(
      'exchange-server-2010',
      'Exchange Server 2010',
      '2009-11-09T00:00:00.000-08:00',
      '2020-10-13T22:59:59.999-08:00',
    ),
    '2013': fixed(
      'exchange-server-2013',
      'Exchange Server 2013',
      '2013-01-09T00:00:00.000-08:00',
      '2023-04-11T22:59:59.999-08:00',
    ),
    '2016': fixed(
      'exchange-server-2016',
      'Exchange Server 2016',
      '2015-10-01T00:00:00.000-08:00',
      '2025-10-14T22:59:59.999-08:00',
    ),
    '2019': {
      available: productTerms(
        ...EXCHANGE_TERMS,
        '2018-10',
        'Prior Version | Exchange Server 2019 (10/18)',
      ),
      endOfSupport: lifecycle(
        'exchange-server-2019',
        'Exchange Server 2019',
        'extendedEnd',
        '2025-10-14T22:59:59.999-08:00',
      ),
    },
    SE: {
      available: productTerms(
        ...EXCHANGE_TERMS,
        '2025-07',
        'Exchange Server Subscription Edition Standard CAL (Device and User) | 7/25',
      ),
      // Product Terms, Exchange Server: "Subscription licenses or licenses with active
      // Software Assurance only. All CALs used to access the software under this model must
      // also be acquired as subscription licenses or have active Software Assurance".
      subscription: true,
    },
  },
  windows: WINDOWS,
  rds: WINDOWS,
  sharepoint: {
    '2010': fixed(
      'microsoft-sharepoint-server-2010',
      'Microsoft SharePoint Server 2010',
      '2010-07-15T00:00:00.000-08:00',
      '2021-04-13T22:59:59.999-08:00',
    ),
    '2013': fixed(
      'sharepoint-server-2013',
      'SharePoint Server 2013',
      '2013-01-09T00:00:00.000-08:00',
      '2023-04-11T22:59:59.999-08:00',
    ),
    '2016': fixed(
      'sharepoint-server-2016',
      'SharePoint Server 2016',
      '2016-05-01T00:00:00.000-08:00',
      '2026-07-14T22:59:59.999-08:00',
    ),
    '2019': {
      available: productTerms(
        ...SHAREPOINT_TERMS,
        '2018-10',
        'SharePoint Server 2019 Standard CAL (Device and User) | 10/18',
      ),
      endOfSupport: lifecycle(
        'sharepoint-server-2019',
        'SharePoint Server 2019',
        'extendedEnd',
        '2026-07-14T22:59:59.999-08:00',
      ),
    },
    SE: {
      // Modern Lifecycle Policy ("policyType: modern-on-prem"): no end date.
      available: lifecycle(
        'sharepoint-server-subscription-edition',
        'SharePoint Server Subscription Edition',
        'start',
        '2021-11-02T00:00:00.000-08:00',
      ),
      // Product Terms, SharePoint Server: "Subscription licenses or licenses with active
      // Software Assurance only. All CALs used to access the software under this model must
      // also be acquired as subscription licenses or have active Software Assurance".
      subscription: true,
    },
  },
  skype: {
    '2010': fixed(
      'microsoft-lync-server-2010',
      'Microsoft Lync Server 2010',
      '2011-01-25T00:00:00.000-08:00',
      '2021-04-13T22:59:59.999-08:00',
    ),
    // The lifecycle data read gives Lync Server 2013 the start date of Lync Server 2010
    // ("start: 2011-01-25"), before Lync 2013 existed: left out rather than encoded.
    '2013': {
      endOfSupport: lifecycle(
        'microsoft-lync-server-2013',
        'Microsoft Lync Server 2013',
        'extendedEnd',
        '2023-04-11T22:59:59.999-08:00',
      ),
    },
    '2015': fixed(
      'skype-for-business-server-2015',
      'Skype for Business Server 2015',
      '2015-07-30T00:00:00.000-08:00',
      '2025-10-14T22:59:59.999-08:00',
    ),
    '2019': {
      available: productTerms(
        ...SKYPE_TERMS,
        '2018-10',
        'Tidligere Versjon | Skype for Business Server 2019 (10/18)',
      ),
      endOfSupport: lifecycle(
        'skype-for-business-server-2019',
        'Skype for Business Server 2019',
        'extendedEnd',
        '2025-10-14T22:59:59.999-08:00',
      ),
    },
    SE: {
      // Read on the Norwegian page of the Product Terms ("abonnementsutgave" = Subscription
      // Edition); the SA sentence of the English pages was not read for this product.
      available: productTerms(
        ...SKYPE_TERMS,
        '2025-07',
        'Skype for Business Server, abonnementsutgave, standard CAL (enhet og bruker) 7/25',
      ),
      subscription: true,
    },
  },
  sql: {
    '2008': fixed(
      'microsoft-sql-server-2008',
      'Microsoft SQL Server 2008',
      '2008-11-06T00:00:00.000-08:00',
      '2019-07-09T22:59:59.999-08:00',
    ),
    '2008 R2': fixed(
      'microsoft-sql-server-2008-r2',
      'Microsoft SQL Server 2008 R2',
      '2010-07-20T00:00:00.000-08:00',
      '2019-07-09T22:59:59.999-08:00',
    ),
    '2012': fixed(
      'microsoft-sql-server-2012',
      'Microsoft SQL Server 2012',
      '2012-05-20T00:00:00.000-08:00',
      '2022-07-12T22:59:59.999-08:00',
    ),
    '2014': fixed(
      'sql-server-2014',
      'SQL Server 2014',
      '2014-06-05T00:00:00.000-08:00',
      '2024-07-09T22:59:59.999-08:00',
    ),
    '2016': fixed(
      'sql-server-2016',
      'SQL Server 2016',
      '2016-06-01T00:00:00.000-08:00',
      '2026-07-14T22:59:59.999-08:00',
    ),
    '2017': fixed(
      'sql-server-2017',
      'SQL Server 2017',
      '2017-09-29T00:00:00.000-08:00',
      '2027-10-12T22:59:59.999-08:00',
    ),
    '2019': {
      available: productTerms(...SQL_TERMS, '2019-11', 'Prior Version | SQL Server 2019 (11/19)'),
      endOfSupport: lifecycle(
        'sql-server-2019',
        'SQL Server 2019',
        'extendedEnd',
        '2030-01-08T22:59:59.999-08:00',
      ),
    },
    '2022': {
      available: productTerms(...SQL_TERMS, '2022-11', 'SQL Server 2022 CAL | 11/22'),
      // Not in the lifecycle data read (its copy predates SQL Server 2022): a table that
      // copies Microsoft's lifecycle page.
      endOfSupport: {
        date: '2033-01-11',
        source: {
          title: 'phongnguyend/sql-server-kit README, table copied from Microsoft Lifecycle',
          url: 'https://github.com/phongnguyend/sql-server-kit',
          tag: '2nd',
          quote: 'SQL Server 2022 | Nov 16, 2022 | Jan 11, 2028 | Jan 11, 2033',
        },
      },
    },
    '2025': {
      // No Microsoft source for SQL Server 2025 was found: only a list of posts announcing
      // its general availability, dated 19 November 2025. The admin should confirm it.
      available: {
        date: '2025-11',
        source: {
          title: "Not verified: pastebin user strombergZT's post list",
          url: 'https://pastebin.com/u/strombergZT',
          tag: 'U',
          quote: 'SQL Server 2025 RTM is Now Generally Available | Nov 19th, 2025',
        },
      },
    },
  },
  project: {
    '2010': fixed(
      'project-server-2010',
      'Project Server 2010',
      '2010-07-15T00:00:00.000-08:00',
      '2021-04-13T22:59:59.999-08:00',
    ),
    '2013': fixed(
      'project-server-2013',
      'Project Server 2013',
      '2013-01-09T00:00:00.000-08:00',
      '2023-04-11T22:59:59.999-08:00',
    ),
    '2016': fixed(
      'project-server-2016',
      'Project Server 2016',
      '2016-05-01T00:00:00.000-08:00',
      '2026-07-14T22:59:59.999-08:00',
    ),
    '2019': fixed(
      'project-server-2019',
      'Project Server 2019',
      '2018-10-22T00:00:00.000-08:00',
      '2026-07-14T22:59:59.999-08:00',
    ),
    // Modern Lifecycle Policy ("policyType: modern-on-prem"): no end date. Not marked
    // `subscription`: no Product Terms entry for Project Server Subscription Edition was read
    // to say its CALs need Software Assurance.
    SE: {
      available: lifecycle(
        'project-server-subscription-edition',
        'Project Server Subscription Edition',
        'start',
        '2021-11-02T00:00:00.000-08:00',
      ),
    },
  },
};
