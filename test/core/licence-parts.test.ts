/**
 * Separate Product, Version, Edition and CAL type columns are read with the licence name:
 * they complete what it leaves out and are checked against what it says.
 */
import { combineLicence, type LicencePart } from '../../src/core/licensing/licence-parts';
import { licenceFacets } from '../../src/core/licensing/licence';
import { findingsOf, purchase, register, run, sheet, SERVER_LICENCES, userCal } from './helpers';

const part = (field: LicencePart['field'], text: string, header: string = field): LicencePart => ({
  field,
  header,
  text,
});

describe('licenceFacets', () => {
  test('reads each facet a text names', () => {
    expect(licenceFacets('Exchange Server 2019 Standard User CAL')).toEqual({
      product: 'exchange',
      version: '2019',
      edition: 'Standard',
      kind: 'User',
    });
    expect(licenceFacets('Device')).toEqual({ kind: 'Device' });
    expect(licenceFacets('Enterprise')).toEqual({ edition: 'Enterprise' });
  });

  test('a build number, a licence type or a cloud plan names nothing', () => {
    expect(licenceFacets('15.2')).toEqual({});
    expect(licenceFacets('OEM')).toEqual({});
    expect(licenceFacets('Volume')).toEqual({});
    expect(licenceFacets('Exchange Online (Plan 2)')).toEqual({});
  });
});

describe('combineLicence', () => {
  test('without a name, the columns are the licence', () => {
    const parts = [
      part('product', 'Exchange Server'),
      part('version', '2019'),
      part('calType', 'User'),
    ];
    expect(combineLicence('', parts)).toEqual({ text: 'Exchange Server 2019 User', conflicts: [] });
  });

  test('columns complete a name that leaves out the version and the kind', () => {
    const parts = [part('version', '2022', 'Version'), part('calType', 'User', 'CAL type')];
    expect(combineLicence('Windows Server CAL', parts)).toEqual({
      text: '2022 Windows Server CAL User',
      conflicts: [],
    });
  });

  test('a kind is added after the name, so a pack stays a pack', () => {
    const parts = [
      part('product', 'Windows Server'),
      part('version', '2022'),
      part('calType', 'User'),
    ];
    expect(combineLicence('CAL 5 Pack', parts).text).toBe('Windows Server 2022 CAL 5 Pack User');
  });

  test('columns that agree with the name add nothing', () => {
    const parts = [
      part('product', 'Microsoft Exchange Server'),
      part('version', '2019'),
      part('edition', 'Standard'),
    ];
    expect(combineLicence('Exchange Server 2019 Standard User CAL', parts)).toEqual({
      text: 'Exchange Server 2019 Standard User CAL',
      conflicts: [],
    });
  });

  test('a column that contradicts the name is reported, and the name is read as written', () => {
    const parts = [part('version', '2019', 'Version'), part('calType', 'Device', 'CAL type')];
    expect(combineLicence('Exchange Server 2022 Standard User CAL', parts)).toEqual({
      text: 'Exchange Server 2022 Standard User CAL',
      conflicts: [
        { field: 'version', header: 'Version', says: '2019', nameSays: '2022' },
        { field: 'calType', header: 'CAL type', says: 'Device', nameSays: 'User' },
      ],
    });
  });

  test('a licence type (OEM, Volume) or a build number is not taken for a kind or a version', () => {
    const parts = [part('calType', 'Volume', 'Type'), part('version', '15.2', 'Version')];
    expect(combineLicence('Exchange Server 2019 Standard User CAL', parts)).toEqual({
      text: 'Exchange Server 2019 Standard User CAL',
      conflicts: [],
    });
  });
});

describe('in the register', () => {
  const HEADERS = ['Licence', 'Version', 'CAL type', 'Quantity', 'Purchase date', 'Invoice number'];

  test('a Version and a CAL type column complete the Licence column', () => {
    const purchases = sheet('Purchases', HEADERS, [
      {
        Licence: 'Windows Server CAL',
        Version: '2022',
        'CAL type': 'User',
        Quantity: 10,
        'Purchase date': '2025-03-01',
        'Invoice number': 'INV-1',
      },
    ]);
    const result = run([
      purchases,
      ...register({
        purchases: SERVER_LICENCES,
        assignments: [userCal('Windows Server 2022 User CAL', 'dana@contoso.com')],
      }).slice(1),
    ]);
    expect(result.register.purchases[0].licence?.name).toBe('Windows Server 2022 User CAL');
    expect(findingsOf(result, 'REG-INVALID')).toEqual([]);
  });

  test('a Version column that contradicts the Licence is one REG-INVALID on the Version cell', () => {
    const purchases = sheet('Purchases', HEADERS, [
      {
        Licence: 'Windows Server 2022 User CAL',
        Version: '2019',
        Quantity: 10,
        'Purchase date': '2025-03-01',
        'Invoice number': 'INV-1',
      },
    ]);
    const result = run([purchases]);
    expect(result.register.purchases[0].licence?.name).toBe('Windows Server 2022 User CAL');
    const [finding] = findingsOf(result, 'REG-INVALID');
    expect(finding).toMatchObject({ sheet: 'Purchases', row: 2, column: 'B' });
    expect(finding.message).toBe(
      'Version says 2019 but the licence "Windows Server 2022 User CAL" says 2022: it is read as 2022, as the licence says.',
    );
  });

  test('a Type column of OEM is not a CAL type: the line is read from its licence', () => {
    const purchases = sheet(
      'Purchases',
      ['Licence', 'Type', 'Quantity'],
      [{ Licence: 'Exchange Server 2019 Standard User CAL', Type: 'OEM', Quantity: 5 }],
    );
    const result = run([purchases]);
    expect(result.register.purchases[0].licence?.name).toBe(
      'Exchange Server 2019 Standard User CAL',
    );
    expect(findingsOf(result, 'REG-INVALID')).toEqual([]);
  });

  test('purchase helper rows still read as before', () => {
    const result = run(
      register({ purchases: [purchase('Exchange Server 2019 Standard User CAL', 3)] }),
    );
    expect(result.register.purchases[0].owned).toBe(3);
  });
});
