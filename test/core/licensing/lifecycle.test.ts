/**
 * The dated catalogue facts, pinned one by one against the source each was checked in (the
 * comment on each line; docs/licensing-sources.md says where each source was read), and held
 * to the rules every fact must keep: a catalogue version, a real date, a source with its words.
 */
import {
  PRODUCTS,
  versionRank,
  type DatedFact,
  type ProductId,
  type Source,
} from '../../../src/core/licensing/catalogue';
import { LIFECYCLE, type VersionFacts } from '../../../src/core/licensing/lifecycle';

type Tag = Source['tag'];
/** product, version, available, its tag, end of support, its tag, Subscription Edition. */
type Row = [ProductId, string, string | null, Tag | null, string | null, Tag | null, boolean];

// LC = Microsoft lifecycle data (learn.microsoft.com/lifecycle/products/...), start/extendedEnd.
// PT = Microsoft Product Terms, product entry, Availability table or "Prior Version".
const EXPECTED: Row[] = [
  ['exchange', '2010', '2009-11-09', 'MS', '2020-10-13', 'MS', false], // LC exchange-server-2010
  ['exchange', '2013', '2013-01-09', 'MS', '2023-04-11', 'MS', false], // LC exchange-server-2013
  ['exchange', '2016', '2015-10-01', 'MS', '2025-10-14', 'MS', false], // LC exchange-server-2016
  ['exchange', '2019', '2018-10', 'MS', '2025-10-14', 'MS', false], // PT Exchange "(10/18)"; LC
  ['exchange', 'SE', '2025-07', 'MS', null, null, true], // PT Exchange Server "7/25"
  ['windows', '2008', '2008-05-06', 'MS', '2020-01-14', 'MS', false], // LC windows-server-2008
  ['windows', '2008 R2', '2009-10-22', 'MS', '2020-01-14', 'MS', false], // LC ...-2008-r2
  ['windows', '2012', '2012-10-30', 'MS', '2023-10-10', 'MS', false], // LC windows-server-2012
  ['windows', '2012 R2', '2013-11-25', 'MS', '2023-10-10', 'MS', false], // LC ...-2012-r2
  ['windows', '2016', '2016-10-15', 'MS', '2027-01-12', 'MS', false], // LC windows-server-2016
  ['windows', '2019', '2018-11-13', 'MS', '2029-01-09', 'MS', false], // LC windows-server-2019
  ['windows', '2022', '2021-08', 'MS', '2031-10-14', 'MS', false], // PT Windows "(8/21)"; LC
  ['windows', '2025', '2024-11', 'MS', '2034-11-14', '2nd', false], // PT "11/24"; DataForGeeks
  ['sharepoint', '2010', '2010-07-15', 'MS', '2021-04-13', 'MS', false], // LC ...-server-2010
  ['sharepoint', '2013', '2013-01-09', 'MS', '2023-04-11', 'MS', false], // LC ...-server-2013
  ['sharepoint', '2016', '2016-05-01', 'MS', '2026-07-14', 'MS', false], // LC ...-server-2016
  ['sharepoint', '2019', '2018-10', 'MS', '2026-07-14', 'MS', false], // PT SharePoint "10/18"; LC
  ['sharepoint', 'SE', '2021-11-02', 'MS', null, null, true], // LC ...-subscription-edition
  ['skype', '2010', '2011-01-25', 'MS', '2021-04-13', 'MS', false], // LC lync-server-2010
  ['skype', '2013', null, null, '2023-04-11', 'MS', false], // LC lync-server-2013 (start wrong)
  ['skype', '2015', '2015-07-30', 'MS', '2025-10-14', 'MS', false], // LC ...-server-2015
  ['skype', '2019', '2018-10', 'MS', '2025-10-14', 'MS', false], // PT Skype "(10/18)"; LC
  ['skype', 'SE', '2025-07', 'MS', null, null, true], // PT Skype for Business Server "7/25"
  ['sql', '2008', '2008-11-06', 'MS', '2019-07-09', 'MS', false], // LC microsoft-sql-server-2008
  ['sql', '2008 R2', '2010-07-20', 'MS', '2019-07-09', 'MS', false], // LC ...-2008-r2
  ['sql', '2012', '2012-05-20', 'MS', '2022-07-12', 'MS', false], // LC microsoft-sql-server-2012
  ['sql', '2014', '2014-06-05', 'MS', '2024-07-09', 'MS', false], // LC sql-server-2014
  ['sql', '2016', '2016-06-01', 'MS', '2026-07-14', 'MS', false], // LC sql-server-2016
  ['sql', '2017', '2017-09-29', 'MS', '2027-10-12', 'MS', false], // LC sql-server-2017
  ['sql', '2019', '2019-11', 'MS', '2030-01-08', 'MS', false], // PT SQL "(11/19)"; LC
  ['sql', '2022', '2022-11', 'MS', '2033-01-11', '2nd', false], // PT SQL "11/22"; sql-server-kit
  ['sql', '2025', '2025-11', 'U', null, null, false], // pastebin post list only: unverified
  ['project', '2010', '2010-07-15', 'MS', '2021-04-13', 'MS', false], // LC project-server-2010
  ['project', '2013', '2013-01-09', 'MS', '2023-04-11', 'MS', false], // LC project-server-2013
  ['project', '2016', '2016-05-01', 'MS', '2026-07-14', 'MS', false], // LC project-server-2016
  ['project', '2019', '2018-10-22', 'MS', '2026-07-14', 'MS', false], // LC project-server-2019
  ['project', 'SE', '2021-11-02', 'MS', null, null, false], // LC ...-subscription-edition
];

/** Every encoded fact, as [product, version, facts]. */
const ENCODED: [ProductId, string, VersionFacts][] = Object.entries(LIFECYCLE).flatMap(
  ([product, versions]) =>
    Object.entries(versions ?? {}).map(
      ([version, facts]) =>
        [product as ProductId, version, facts] as [ProductId, string, VersionFacts],
    ),
);

/** Every dated fact, labelled "<product> <version> <field> <date>", for the checks all must pass. */
const FACTS: [string, DatedFact][] = ENCODED.flatMap(([product, version, facts]) =>
  (['available', 'endOfSupport'] as const).flatMap((field) => {
    const fact = facts[field];
    return fact
      ? [[`${product} ${version} ${field} ${fact.date}`, fact] as [string, DatedFact]]
      : [];
  }),
);

describe('each version of the catalogue has the dates its source gives', () => {
  test.each(EXPECTED)('%s %s', (product, version, available, availableTag, end, endTag, se) => {
    const facts = LIFECYCLE[product]?.[version];
    expect(facts).toBeDefined();
    expect([facts?.available?.date ?? null, facts?.available?.source.tag ?? null]).toEqual([
      available,
      availableTag,
    ]);
    expect([facts?.endOfSupport?.date ?? null, facts?.endOfSupport?.source.tag ?? null]).toEqual([
      end,
      endTag,
    ]);
    expect(facts?.subscription === true).toBe(se);
  });

  test('Remote Desktop Services versions are Windows Server versions', () => {
    expect(LIFECYCLE.rds).toBe(LIFECYCLE.windows);
  });

  test('every encoded version is pinned above, and CAL Suites have none', () => {
    const pinned = new Set(EXPECTED.map(([product, version]) => `${product}|${version}`));
    const encoded = ENCODED.filter(([product]) => product !== 'rds').map(
      ([product, version]) => `${product}|${version}`,
    );
    expect(encoded.filter((key) => !pinned.has(key))).toEqual([]);
    expect(encoded).toHaveLength(pinned.size);
    expect(LIFECYCLE.suite).toBeUndefined();
  });
});

describe('the facts keep to the catalogue', () => {
  test('every version key is a version the catalogue lists for the product', () => {
    const unknown = ENCODED.filter(
      ([product, version]) => !PRODUCTS[product].versions.some((v) => v.name === version),
    );
    expect(unknown).toEqual([]);
  });

  test.each([
    ['exchange', 2013],
    ['sharepoint', 2013],
    ['skype', 2013],
    ['project', 2013],
    ['sql', 2013],
    ['windows', 2012],
    ['rds', 2012],
  ] as [ProductId, number][])(
    '%s: every version from %d on has at least one dated fact',
    (product, from) => {
      const missing = PRODUCTS[product].versions
        .map((v) => v.name)
        .filter((name) => versionRank(name) >= from * 10)
        .filter((name) => {
          const facts = LIFECYCLE[product]?.[name];
          return facts?.available === undefined && facts?.endOfSupport === undefined;
        });
      expect(missing).toEqual([]);
    },
  );

  test('a version is available before its support ends', () => {
    const late = ENCODED.filter(
      ([, , facts]) =>
        facts.available !== undefined &&
        facts.endOfSupport !== undefined &&
        !(facts.available.date < facts.endOfSupport.date),
    );
    expect(late).toEqual([]);
  });

  test('later versions became available later, in the catalogue order', () => {
    for (const product of Object.keys(LIFECYCLE) as ProductId[]) {
      const dates = PRODUCTS[product].versions
        .map((v) => LIFECYCLE[product]?.[v.name]?.available?.date)
        .filter((date): date is string => date !== undefined);
      expect([product, dates]).toEqual([product, [...dates].sort()]);
    }
  });

  test('Subscription Editions have no end of support (Modern Lifecycle Policy)', () => {
    const ended = ENCODED.filter(([, , facts]) => facts.subscription && facts.endOfSupport);
    expect(ended).toEqual([]);
  });
});

/** A date is an ISO month ('2025-07') or day ('2025-07-01') of the calendar. */
function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '1')];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The quote states the date: the ISO day itself (lifecycle data), "M/YY" for a month (Product
 * Terms), or "Mon D, YYYY" / "Mon Dth, YYYY" (pages written for people).
 */
function statesDate(quote: string, date: string): boolean {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  if (day === undefined) {
    return (
      new RegExp(`(^|[^\\d])${Number(month)}/${year.slice(2)}(\\)|\\s|$)`).test(quote) ||
      new RegExp(`${name} \\d{1,2}(st|nd|rd|th)?, ${year}`).test(quote)
    );
  }
  return (
    quote.includes(date) || new RegExp(`${name} ${Number(day)}(st|nd|rd|th)?, ${year}`).test(quote)
  );
}

describe('every date carries its source', () => {
  test.each(FACTS)('%s', (_, fact) => {
    expect(isIsoDate(fact.date)).toBe(true);
    const { title, tag, url, quote } = fact.source;
    expect(title.trim().length).toBeGreaterThan(0);
    expect(['MS', '2nd', 'U']).toContain(tag);
    expect(url).toMatch(/^https:\/\//);
    expect(quote).toBeDefined();
    expect(statesDate(quote ?? '', fact.date)).toBe(true);
  });

  test('a Microsoft source is a Microsoft page', () => {
    const elsewhere = FACTS.filter(
      ([, fact]) =>
        fact.source.tag === 'MS' &&
        !/^https:\/\/(learn|www)\.microsoft\.com\//.test(fact.source.url ?? ''),
    );
    expect(elsewhere).toEqual([]);
  });

  test('the date checks reject what they should', () => {
    expect(
      ['2025-02-29', '2025-13', '2025-7', '25-07-01', '2025-07-01T00:00'].map(isIsoDate),
    ).toEqual([false, false, false, false, false]);
    expect(['2024-02-29', '2025-07'].map(isIsoDate)).toEqual([true, true]);
    expect(statesDate('Prior Version | Exchange Server 2019 (10/18)', '2018-10')).toBe(true);
    expect(statesDate('Prior Version | Exchange Server 2019 (10/18)', '2018-11')).toBe(false);
    expect(statesDate('Windows Server 2025 CAL | 11/24', '2024-11')).toBe(true);
    expect(
      statesDate('SQL Server 2022 | Nov 16, 2022 | Jan 11, 2028 | Jan 11, 2033', '2033-01-11'),
    ).toBe(true);
    expect(statesDate('extendedEnd: 2025-10-14T22:59:59.999-08:00', '2025-10-15')).toBe(false);
  });
});
