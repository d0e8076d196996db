import {
  isLicenceProblem,
  offeringOf,
  parseLicence,
  type LicenceProblem,
  type ParsedLicence,
} from '../../src/core/licensing/licence';

type Expected = [
  name: string,
  product: string,
  version: string,
  edition: string,
  kind: string,
  pack: number,
];

function parsed(text: string): ParsedLicence {
  const result = parseLicence(text);
  if (isLicenceProblem(result)) throw new Error(`${text}: ${result.problem}`);
  return result;
}

function expectLicence(text: string, [name, product, version, edition, kind, pack]: Expected) {
  const { licence, pack: got } = parsed(text);
  expect({
    name: licence.name,
    product: licence.product,
    version: licence.version,
    edition: licence.edition,
    kind: licence.kind,
    cal: licence.cal,
    pack: got,
  }).toEqual({ name, product, version, edition, kind, cal: kind !== '', pack });
}

const EX_STD_USER = 'Exchange Server 2019 Standard User CAL';

describe('reseller names', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    ['Exchange Server 2019 Enterprise - 1 User CAL', ['Exchange Server 2019 Enterprise User CAL', 'exchange', '2019', 'Enterprise', 'User', 1]],
    [EX_STD_USER, [EX_STD_USER, 'exchange', '2019', 'Standard', 'User', 1]],
    ['Exchange 2019 Std User CAL', [EX_STD_USER, 'exchange', '2019', 'Standard', 'User', 1]],
    ['exchange server 2019 standard user cal', [EX_STD_USER, 'exchange', '2019', 'Standard', 'User', 1]],
    ['Exchange Server 2016 CAL Standard User', ['Exchange Server 2016 Standard User CAL', 'exchange', '2016', 'Standard', 'User', 1]],
    ['Lync Server 2013 Standard User CAL', ['Skype for Business Server 2013 Standard User CAL', 'skype', '2013', 'Standard', 'User', 1]],
    ['Windows Server 2022 RDS User CAL', ['Remote Desktop Services 2022 User CAL', 'rds', '2022', '', 'User', 1]],
    ['SQL Server 2019 Device CALs', ['SQL Server 2019 Device CAL', 'sql', '2019', '', 'Device', 1]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('Microsoft price-list names', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    ['ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL', ['Exchange Server 2019 Enterprise User CAL', 'exchange', '2019', 'Enterprise', 'User', 1]],
    ['WinSvrCAL 2022 SNGL OLP NL DvcCAL', ['Windows Server 2022 Device CAL', 'windows', '2022', '', 'Device', 1]],
    ['SQLCAL 2022 SNGL OLP NL UsrCAL', ['SQL Server 2022 User CAL', 'sql', '2022', '', 'User', 1]],
    ['WinRmtDsktpSrvcsCAL 2022 SNGL OLP NL UsrCAL', ['Remote Desktop Services 2022 User CAL', 'rds', '2022', '', 'User', 1]],
    ['SharePointEntCAL 2019 SNGL OLP NL UsrCAL', ['SharePoint Server 2019 Enterprise User CAL', 'sharepoint', '2019', 'Enterprise', 'User', 1]],
    ['SfBSvrStdCAL 2019 SNGL OLP NL DvcCAL', ['Skype for Business Server 2019 Standard Device CAL', 'skype', '2019', 'Standard', 'Device', 1]],
    ['PrjctSvrCAL 2019 SNGL OLP NL UsrCAL', ['Project Server 2019 User CAL', 'project', '2019', '', 'User', 1]],
    ['WinSvrCAL 2012 R2 SNGL OLP NL UsrCAL', ['Windows Server 2012 R2 User CAL', 'windows', '2012 R2', '', 'User', 1]],
    ['WinSvrCAL 2019 SNGL OLP NL UsrCAL 10 Clt', ['Windows Server 2019 User CAL', 'windows', '2019', '', 'User', 10]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('packs', () => {
  test.each<[string, number]>([
    ['Windows Server 2022 CAL 5 User', 5],
    ['Windows Server 2022 User CAL 5-pack', 5],
    ['Windows Server 2022 User CAL 5 pack', 5],
    ['Windows Server 2022 User CAL Pack of 10', 10],
    ['Windows Server 2022 User CAL, 5 pack', 5],
    ['Windows Server 2022 - 50 User CALs', 50],
    ['Windows Server 2022 CAL - 5 Users', 5],
    ['Windows Server 2022 User CAL (10 pack)', 10],
    ['Windows Server 2022 User CAL', 1],
    // A version's digits are never a pack: not the year, not the 2 of R2.
    ['Windows Server 2012 R2 User CAL', 1],
    ['Windows Server 2012R2 Device CAL', 1],
    ['Windows Server 2008 R2 User CAL 10-pack', 10],
    ['Windows Server 2012 R2 CAL 5 User', 5],
    // Resellers' pack wordings: bracketed, spelt out, multiplied.
    ['Windows Server 2022 CAL (5 User)', 5],
    ['Windows Server CAL 2019 (5 Device)', 5],
    ['Windows Server 2022 Client Access License 5 User', 5],
    ['Windows Server 2022 User CAL x5', 5],
    ['Windows Server 2022 User CAL 5 Pack', 5],
    ['Windows Server 2022 Device CAL - 5-Pack', 5],
    // One CAL, said so; and a version after "CAL" is not a count.
    ['Windows Server 2022 - 1 User CAL', 1],
    ['Windows Server 2022 CAL (1 User)', 1],
    ['Windows Server CAL 2019 User', 1],
    ['Windows Server CAL 2022 Device', 1],
  ])('%s owns %d per unit', (text, pack) => {
    const result = parsed(text);
    expect(result.pack).toBe(pack);
    expect(result.licence.cal).toBe(true);
  });

  test('a pack does not change the licence it is a pack of', () => {
    expect(parsed('Windows Server 2022 CAL 5 User').licence).toBe(
      parsed('Windows Server 2022 User CAL').licence,
    );
  });
});

describe('server licences (no "CAL")', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    ['Exchange Server 2019 Standard', ['Exchange Server 2019 Standard', 'exchange', '2019', 'Standard', '', 1]],
    ['Exchange Server 2019 Enterprise', ['Exchange Server 2019 Enterprise', 'exchange', '2019', 'Enterprise', '', 1]],
    ['Windows Server 2022 Datacenter', ['Windows Server 2022 Datacenter', 'windows', '2022', 'Datacenter', '', 1]],
    ['Windows Server 2025 Standard', ['Windows Server 2025 Standard', 'windows', '2025', 'Standard', '', 1]],
    ['SQL Server 2022 Standard', ['SQL Server 2022 Standard', 'sql', '2022', 'Standard', '', 1]],
    // Essentials is licensed per server for up to 25 users: its users are not CALs.
    ['Windows Server 2019 Essentials (25 users)', ['Windows Server 2019 Essentials', 'windows', '2019', 'Essentials', '', 1]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('a kind without "CAL" is a CAL (as Product, Version, Edition and CAL type columns read)', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    ['Exchange Server 2019 Standard User', [EX_STD_USER, 'exchange', '2019', 'Standard', 'User', 1]],
    ['Exchange Server 2019 Enterprise Device', ['Exchange Server 2019 Enterprise Device CAL', 'exchange', '2019', 'Enterprise', 'Device', 1]],
    ['Windows Server 2022 User', ['Windows Server 2022 User CAL', 'windows', '2022', '', 'User', 1]],
    ['Windows Server 2022 Standard Device', ['Windows Server 2022 Device CAL', 'windows', '2022', '', 'Device', 1]],
    ['Enterprise CAL Suite User', ['Enterprise CAL Suite User CAL', 'suite', '', 'Enterprise', 'User', 1]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('ECAL', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    // After a product's name, ECAL is that product's Enterprise CAL, not the suite.
    ['Exchange Server 2019 Enterprise ECAL User', ['Exchange Server 2019 Enterprise User CAL', 'exchange', '2019', 'Enterprise', 'User', 1]],
    ['Exchange Server 2019 ECAL Device', ['Exchange Server 2019 Enterprise Device CAL', 'exchange', '2019', 'Enterprise', 'Device', 1]],
    ['SharePoint Server 2019 ECAL User', ['SharePoint Server 2019 Enterprise User CAL', 'sharepoint', '2019', 'Enterprise', 'User', 1]],
    // Alone, ECAL is the Enterprise CAL Suite.
    ['ECAL User CAL', ['Enterprise CAL Suite User CAL', 'suite', '', 'Enterprise', 'User', 1]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('CAL Suites', () => {
  // prettier-ignore
  test.each<[string, Expected]>([
    ['Core CAL Suite User CAL', ['Core CAL Suite User CAL', 'suite', '', 'Core', 'User', 1]],
    ['Enterprise CAL Suite Device CAL', ['Enterprise CAL Suite Device CAL', 'suite', '', 'Enterprise', 'Device', 1]],
    ['CoreCAL ALNG LicSAPk MVL DvcCAL', ['Core CAL Suite Device CAL', 'suite', '', 'Core', 'Device', 1]],
    ['ECAL Suite User CAL', ['Enterprise CAL Suite User CAL', 'suite', '', 'Enterprise', 'User', 1]],
  ])('%s', (text, expected) => expectLicence(text, expected));
});

describe('versions', () => {
  test.each<[string, string]>([
    ['Exchange Server 2013 Standard User CAL', '2013'],
    ['Exchange Server 2016 Standard User CAL', '2016'],
    ['Exchange Server 2019 Standard User CAL', '2019'],
    ['Exchange Server SE Standard User CAL', 'SE'],
    ['Exchange Server Subscription Edition Enterprise Device CAL', 'SE'],
    ['Windows Server 2016 User CAL', '2016'],
    ['Windows Server 2019 User CAL', '2019'],
    ['Windows Server 2022 User CAL', '2022'],
    ['Windows Server 2025 Device CAL', '2025'],
    ['Windows Server 2012 R2 User CAL', '2012 R2'],
    ['Skype for Business Server 2015 Standard User CAL', '2015'],
  ])('%s is version %s', (text, version) => {
    expect(parsed(text).licence.version).toBe(version);
  });

  test.each([
    ['ExchgSvrStdCAL SubsVL MVL PerUsr', 'Exchange Server SE Standard User CAL'],
    ['ExchgSvrEntCAL SubsVL MVL PerDvc', 'Exchange Server SE Enterprise Device CAL'],
    ['WinSvrCAL SubsVL MVL UsrCAL', 'Windows Server 2025 User CAL'],
    ['Exchange Server Standard User CAL (Subscription)', 'Exchange Server SE Standard User CAL'],
  ])('a subscription CAL without a version is of the latest: %s', (text, name) => {
    expect(parsed(text).licence.name).toBe(name);
  });

  test('a subscription word does not override a version written out', () => {
    expect(parsed('WinSvrCAL 2022 SubsVL MVL UsrCAL').licence.version).toBe('2022');
  });

  test('the licence name says SE for Subscription Edition', () => {
    expect(parsed('Exchange Server Subscription Edition Enterprise Device CAL').licence.name).toBe(
      'Exchange Server SE Enterprise Device CAL',
    );
  });
});

describe('editions', () => {
  test.each<[string, string]>([
    ['SharePoint Server 2019 Standard User CAL', 'Standard'],
    ['SharePoint Server 2019 Enterprise User CAL', 'Enterprise'],
    ['Skype for Business Server 2019 Standard User CAL', 'Standard'],
    ['Skype for Business Server 2019 Enterprise User CAL', 'Enterprise'],
    ['Skype for Business Server 2019 Plus User CAL', 'Plus'],
    ['Skype for Business Server 2019 Plus CAL User', 'Plus'],
    // A CAL sold in editions names the first (Standard) when the name gives none.
    ['Exchange Server 2019 User CAL', 'Standard'],
    // Windows Server, RDS, SQL Server and Project Server CALs have no edition.
    ['Windows Server 2022 Standard User CAL', ''],
    ['SQL Server 2022 Enterprise User CAL', ''],
  ])('%s has edition %j', (text, edition) => {
    expect(parsed(text).licence.edition).toBe(edition);
  });
});

describe('problems', () => {
  test.each<[string, LicenceProblem['problem']]>([
    ['Foo Server 2019 User CAL', 'unknown-product'],
    ['Office 2019 Professional', 'unknown-product'],
    // Client Windows and cloud services other than the plans CAL Register knows are not CAL
    // products or server licences.
    ['Windows 11 Pro', 'unknown-product'],
    ['Win Pro 11 64-bit', 'unknown-product'],
    ['Windows 365 Enterprise', 'unknown-product'],
    ['Microsoft 365 Apps for business', 'unknown-product'],
    ['', 'unknown-product'],
    ['Exchange Server 2022 Standard User CAL', 'unknown-version'],
    ['Windows Server 2020 User CAL', 'unknown-version'],
    ['Exchange Server Standard User CAL', 'no-version'],
    ['Windows Server User CAL', 'no-version'],
    ['Exchange Server 2019 Standard CAL', 'no-kind'],
    ['Windows Server 2022 CAL', 'no-kind'],
    ['Exchange Server 2019 Standard User Device CAL', 'both-kinds'],
  ])('%j: %s', (text, problem) => {
    const result = parseLicence(text);
    expect(isLicenceProblem(result) && result.problem).toBe(problem);
  });

  test('an unknown version names the product, for the message', () => {
    const result = parseLicence('Exchange Server 2022 Standard User CAL');
    expect(isLicenceProblem(result) && result.product).toBe('exchange');
  });

  test('never throws on odd text', () => {
    for (const text of ['   ', '!!!', 'CAL', 'User CAL 5 pack', '2019', 'x'.repeat(5000)]) {
      expect(() => parseLicence(text)).not.toThrow();
    }
  });
});

describe('evidence options (usage names no kind and often no version)', () => {
  test('versionOptional and defaultKind read "Exchange Server Standard CAL" as a User CAL', () => {
    const result = parseLicence('Exchange Server Standard CAL', {
      versionOptional: true,
      defaultKind: 'User',
    });
    expect(isLicenceProblem(result)).toBe(false);
    const { licence } = result as ParsedLicence;
    expect([licence.product, licence.version, licence.edition, licence.kind]).toEqual([
      'exchange',
      '',
      'Standard',
      'User',
    ]);
  });

  test('an explicit kind wins over the default', () => {
    const result = parseLicence('Exchange Server 2019 Standard Device CAL', {
      defaultKind: 'User',
    });
    expect((result as ParsedLicence).licence.kind).toBe('Device');
  });

  test('assumeCal (an assignment) reads a kind as a CAL, and a server licence as a problem', () => {
    const read = (text: string) => parseLicence(text, { assumeCal: true });
    expect((read('Exchange Server 2019 Standard User') as ParsedLicence).licence.name).toBe(
      EX_STD_USER,
    );
    expect(read('Exchange Server 2019 Standard')).toEqual({
      problem: 'server-licence',
      text: 'Exchange Server 2019 Standard',
    });
    expect(read('Windows Server 2022 Datacenter')).toMatchObject({ problem: 'server-licence' });
    expect(read('Exchange Server 2019 Standard CAL')).toMatchObject({ problem: 'no-kind' });
    // A client Windows is no CAL product, even where a CAL is expected.
    expect(read('Windows 11 Pro')).toMatchObject({ problem: 'unknown-product' });
  });

  test('the options do not leak into plain reads of the same text', () => {
    parseLicence('Exchange Server Standard CAL', { versionOptional: true, defaultKind: 'User' });
    const plain = parseLicence('Exchange Server Standard CAL');
    expect(isLicenceProblem(plain) && plain.problem).toBe('no-version');
  });
});

test('one Licence object per licence, whatever the wording', () => {
  const a = parsed('ExchgSvrEntCAL 2019 SNGL OLP NL UsrCAL').licence;
  const b = parsed('Exchange Server 2019 Enterprise - 1 User CAL').licence;
  expect(a).toBe(b);
  expect(a.id).toBe(b.id);
  expect(parsed(EX_STD_USER).licence).not.toBe(a);
});

describe('cloud plans are licences of their own, held per user', () => {
  test.each([
    ['Microsoft 365 E3', 'Microsoft 365 E3'],
    ['M365 E3 (annual)', 'Microsoft 365 E3'],
    ['SPE_E3', 'Microsoft 365 E3'],
    ['Office 365 E3', 'Office 365 E3'],
    ['ENTERPRISEPACK', 'Office 365 E3'],
    ['Exchange Online Plan 1', 'Exchange Online (Plan 1)'],
    ['Exchange Online (Plan 2)', 'Exchange Online (Plan 2)'],
    ['EXCHANGEENTERPRISE', 'Exchange Online (Plan 2)'],
    ['Exchange Online Kiosk', 'Exchange Online Kiosk'],
    // The old name of Microsoft 365 Business Standard is not Business Premium.
    ['Office 365 Business Premium', 'Microsoft 365 Business Standard'],
    ['Microsoft 365 Business Premium', 'Microsoft 365 Business Premium'],
    ['EMS E5', 'Enterprise Mobility + Security E5'],
  ])('%j is the plan %j', (text, name) => {
    const { licence } = parsed(text);
    expect(licence).toMatchObject({ name, product: 'cloud', kind: 'User', cal: false });
    expect(licence.plan).toEqual(expect.any(String));
  });
});

describe('how a line was bought', () => {
  test.each<[string, string | undefined]>([
    ['ExchgSvrStdCAL SubsVL MVL PerUsr', 'subscription'],
    ['CSP software subscription', 'subscription'],
    ['Subscription', 'subscription'],
    ['ExchgSvrStdCAL 2019 SNGL LicSAPk MVL UsrCAL', 'sa'],
    ['Licence + SA', 'sa'],
    ['L+SA', 'sa'],
    ['License & Software Assurance', 'sa'],
    ['with Software Assurance', 'sa'],
    ['Licence only', 'licence'],
    ['without SA', 'licence'],
    ['Exchange Server 2019 Standard User CAL', undefined],
  ])('%j: %s', (text, offering) => {
    expect(offeringOf(text)).toBe(offering);
  });
});
