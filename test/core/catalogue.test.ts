/**
 * The catalogue is the one place licensing knowledge lives: every entry is read back through
 * the licence parser, and "does this licence cover that CAL" is answered from it alone.
 */
import {
  PRODUCT_LIST,
  PRODUCTS,
  productNames,
  versionNames,
  type ProductEdition,
} from '../../src/core/licensing/catalogue';
import { covers, holdsBase, isBundle, productsOf } from '../../src/core/licensing/coverage';
import {
  isLicenceProblem,
  licenceOf,
  parseLicence,
  type Licence,
} from '../../src/core/licensing/licence';

function parsed(text: string): Licence {
  const result = parseLicence(text);
  if (isLicenceProblem(result)) throw new Error(`${text}: ${result.problem}`);
  return result.licence;
}

describe('every catalogue entry', () => {
  test.each(PRODUCT_LIST.map((p) => [p.id, p] as const))(
    '%s: its CALs are read back from their own names, in every version and edition',
    (_, product) => {
      const versions = product.versions.length > 0 ? versionNames(product.id) : [''];
      for (const version of versions) {
        for (const edition of product.calEditions) {
          for (const kind of ['User', 'Device'] as const) {
            const licence = licenceOf(product.id, version, edition, kind);
            expect(parsed(licence.name)).toBe(licence);
          }
        }
      }
    },
  );

  test('bases and suite contents name products and editions the catalogue has', () => {
    const known = (part: ProductEdition) =>
      PRODUCTS[part.product] !== undefined &&
      PRODUCTS[part.product].calEditions.includes(part.edition);
    for (const product of PRODUCT_LIST) {
      for (const [edition, base] of Object.entries(product.bases ?? {})) {
        expect([product.id, edition, product.calEditions.includes(edition), known(base)]).toEqual([
          product.id,
          edition,
          true,
          true,
        ]);
      }
      for (const parts of Object.values(product.contains ?? {})) {
        for (const part of parts)
          expect([product.id, part, known(part)]).toEqual([product.id, part, true]);
      }
    }
  });

  test('the products a message lists come from the catalogue', () => {
    expect(productNames()).toEqual([
      'Exchange Server',
      'Windows Server',
      'Remote Desktop Services',
      'SharePoint Server',
      'Skype for Business Server',
      'SQL Server',
      'Project Server',
      'Core CAL Suite',
      'Enterprise CAL Suite',
      'Microsoft 365, Office 365, Exchange Online and EMS plans',
    ]);
  });
});

describe('covers', () => {
  const EX16 = parsed('Exchange Server 2016 Standard User CAL');
  const EX19 = parsed('Exchange Server 2019 Standard User CAL');
  const EXE = parsed('Exchange Server 2019 Enterprise User CAL');
  const EX19_DEVICE = parsed('Exchange Server 2019 Standard Device CAL');
  const CORE = parsed('Core CAL Suite User CAL');
  const ENTERPRISE = parsed('Enterprise CAL Suite User CAL');
  const server = parsed('Exchange Server 2019 Standard');

  test('a CAL covers its own product and edition, of the same kind', () => {
    expect(covers(EX19, EX16)).toBe(true);
    expect(covers(EX19, EXE)).toBe(false);
    expect(covers(EX19_DEVICE, EX19)).toBe(false);
    expect(covers(server, EX19)).toBe(false);
  });

  test('own-or-earlier: a later version covers an earlier one, never the reverse', () => {
    expect(covers(EX19, EX16, { versions: 'own-or-earlier' })).toBe(true);
    expect(covers(EX16, EX19, { versions: 'own-or-earlier' })).toBe(false);
  });

  test('a suite covers what it contains, whatever the version; Enterprise covers Core', () => {
    expect(covers(CORE, EX19, { versions: 'own-or-earlier' })).toBe(true);
    expect(covers(CORE, EXE)).toBe(false);
    expect(covers(ENTERPRISE, EXE)).toBe(true);
    expect(covers(ENTERPRISE, CORE)).toBe(true);
    expect(covers(CORE, ENTERPRISE)).toBe(false);
    expect(covers(CORE, { product: 'windows', edition: '', kind: 'User' })).toBe(true);
  });

  test('a base CAL is held through any version, or a suite that contains it', () => {
    const base = { product: 'exchange', edition: 'Standard' } as const;
    expect(holdsBase([EX16], base, 'User')).toBe(true);
    expect(holdsBase([CORE], base, 'User')).toBe(true);
    expect(holdsBase([EX19_DEVICE], base, 'User')).toBe(false);
    expect(holdsBase([undefined, EXE], base, 'User')).toBe(false);
  });

  test('suites are bundles handed out per holder; their products are their contents', () => {
    expect(isBundle(CORE)).toBe(true);
    expect(isBundle(EX19)).toBe(false);
    expect(productsOf(CORE).sort()).toEqual(['exchange', 'sharepoint', 'skype', 'windows']);
    expect(productsOf(EX19)).toEqual(['exchange']);
  });
});
