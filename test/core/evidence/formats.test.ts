/** Each export format, detected from its header and mapped, on the fixtures of test/fixtures/exports. */
import { parseLicence, isLicenceProblem } from '../../../src/core/licensing/licence';
import { EVIDENCE_LICENCE } from '../../../src/core/register/parse/usage';
import { readEvidenceText, type EvidenceImport } from '../../../src/core/evidence';
import { readFixture, utcDay } from './helpers';

const ENT = 'Exchange Server 2019 Enterprise CAL';

describe('Get-ExchangeServerAccessLicenseUser', () => {
  test('accounts as SMTP addresses, canonical names and DOMAIN\\sam; complete for its licence', () => {
    const evidence = readFixture('exchange-cal-users-2019-enterprise.csv');
    expect(evidence).toMatchObject({
      format: 'exchange-cal-users',
      label: `Get-ExchangeServerAccessLicenseUser (${ENT})`,
      source: 'exchange-cal-users-2019-enterprise.csv',
      completeFor: ENT,
      notes: [],
    });
    expect(evidence.rows).toHaveLength(8);
    expect(evidence.rows.slice(0, 4)).toEqual([
      { line: 2, identity: { smtp: 'dana.scott@contoso.com' }, licence: ENT },
      { line: 3, identity: { smtp: 'fatima.scott@contoso.com' }, licence: ENT },
      { line: 4, identity: { displayName: 'Dana Berg' }, licence: ENT },
      { line: 5, identity: { domain: 'CONTOSO', sam: 'fatima.berg' }, licence: ENT },
    ]);
  });

  test('a year-less licence name, UTF-16 LE with a #TYPE line: lines count from the file start', () => {
    const evidence = readFixture('exchange-cal-users-standard-noyear.csv');
    expect(evidence.label).toBe(
      'Get-ExchangeServerAccessLicenseUser (Exchange Server Standard CAL)',
    );
    expect(evidence.completeFor).toBe('Exchange Server Standard CAL');
    expect(evidence.rows[0]).toEqual({
      line: 3,
      identity: { smtp: 'dana.scott@contoso.com' },
      licence: 'Exchange Server Standard CAL',
    });
    expect(evidence.rows.map((row) => row.identity.displayName ?? row.identity.sam)).toContain(
      'Zoë Müller',
    );
  });

  test('a UserName column is read like Name', () => {
    const evidence = readEvidenceText(`"LicenseName","UserName"\n"${ENT}","CONTOSO\\dana"\n`, {
      source: 'pasted text',
    }) as EvidenceImport;
    expect(evidence.format).toBe('exchange-cal-users');
    expect(evidence.rows).toEqual([
      { line: 2, identity: { domain: 'CONTOSO', sam: 'dana' }, licence: ENT },
    ]);
  });

  test('a file mixing licences is complete for none, and says so', () => {
    const text = `LicenseName,Name\n${ENT},a@contoso.com\nExchange Server 2019 Standard CAL,b@contoso.com\n`;
    const evidence = readEvidenceText(text, { source: 'x.csv' }) as EvidenceImport;
    expect(evidence.completeFor).toBeUndefined();
    expect(evidence.notes).toEqual([expect.stringContaining('mixes 2 licences')]);
  });

  test('a server edition list counts servers: no CAL, not complete for anything', () => {
    const text = 'LicenseName,Name\nExchange Server 2019 Standard Edition,EXCH01.contoso.com\n';
    const evidence = readEvidenceText(text, { source: 'x.csv' }) as EvidenceImport;
    expect(evidence.rows).toEqual([{ line: 2, identity: { sam: 'EXCH01.contoso.com' } }]);
    expect(evidence.completeFor).toBeUndefined();
    expect(evidence.notes).toEqual([expect.stringContaining('counts servers, not users')]);
  });
});

test('Get-ExchangeServerAccessLicense: no accounts, a note naming the CAL licences', () => {
  const evidence = readFixture('exchange-cals.csv');
  expect(evidence).toMatchObject({
    format: 'exchange-cals',
    label: 'Get-ExchangeServerAccessLicense',
  });
  expect(evidence.rows).toEqual([]);
  expect(evidence.notes).toEqual([
    expect.stringMatching(
      /Get-ExchangeServerAccessLicenseUser -LicenseName .*"Exchange Server 2019 Standard CAL", "Exchange Server 2019 Enterprise CAL"\)\.$/,
    ),
  ]);
});

describe('mailboxes (Get-Mailbox / Get-MailboxStatistics)', () => {
  test('a user mailbox needs a Standard CAL; shared and room mailboxes none', () => {
    const evidence = readFixture('mailboxes.csv');
    expect(evidence.format).toBe('mailboxes');
    expect(evidence.rows[0]).toEqual({
      line: 2,
      identity: { displayName: 'Dana Scott', smtp: 'dana.scott@contoso.com', sam: 'dana.scott' },
      licence: 'Exchange Server Standard CAL',
      lastLogon: utcDay(2026, 11, 26),
    });
    const byName = new Map(evidence.rows.map((row) => [row.identity.displayName, row]));
    expect(byName.get('Priya Scott')?.lastLogon).toBe(utcDay(2026, 11, 3));
    // Mei Chen's mailbox was never logged on to: it needs no CAL until it is.
    expect(byName.get('Mei Chen')).not.toHaveProperty('lastLogon');
    expect(byName.get('Mei Chen')).not.toHaveProperty('licence');
    expect(byName.get('Ops Mailbox')).not.toHaveProperty('licence');
    expect(byName.get('Boardroom')).not.toHaveProperty('licence');
    expect(evidence.notes).toEqual([
      expect.stringContaining('LastLogonTime is a hint'),
      expect.stringContaining('2 shared, room or equipment mailboxes'),
      '1 account never logged on (no LastLogonTime) is listed without a CAL: a CAL is needed once the account is used.',
    ]);
  });

  test("Get-MailboxStatistics' MailboxTypeDetail tells shared and room mailboxes too", () => {
    const text =
      'DisplayName,MailboxTypeDetail,LastLogonTime\n' +
      'Dana Scott,UserMailbox,11/26/2026 8:02:11 AM\n' +
      'Info,SharedMailbox,11/26/2026 7:00:02 AM\n' +
      'Room 1,RoomMailbox,11/20/2026 9:00:00 AM\n';
    const evidence = readEvidenceText(text, { source: 'stats.csv' }) as EvidenceImport;
    expect(evidence.rows.map((row) => [row.identity.displayName, row.licence])).toEqual([
      ['Dana Scott', 'Exchange Server Standard CAL'],
      ['Info', undefined],
      ['Room 1', undefined],
    ]);
    expect(evidence.notes).not.toContainEqual(expect.stringContaining('RecipientTypeDetails'));
  });

  test('without a mailbox type column, the notes say shared mailboxes cannot be told apart', () => {
    const evidence = readFixture('mailbox-statistics-de.csv', { culture: 'de-DE' });
    expect(evidence.notes).toContainEqual(
      expect.stringContaining('no RecipientTypeDetails column'),
    );
  });

  test('semicolons and de-DE dates; display names only', () => {
    const evidence = readFixture('mailbox-statistics-de.csv', { culture: 'de-DE' });
    expect(evidence.rows[2]).toEqual({
      line: 4,
      identity: { displayName: 'Jörg Weiß' },
      licence: 'Exchange Server Standard CAL',
      lastLogon: utcDay(2026, 3, 14),
    });
    expect(evidence.rows[4].lastLogon).toBe(utcDay(2026, 11, 3));
  });

  test('an Excel "Unicode Text" copy: UTF-16, tabs, dates without seconds', () => {
    const evidence = readFixture('mailboxes-excel-unicode.txt');
    expect(evidence.rows.map((row) => [row.identity.smtp, row.lastLogon])).toEqual([
      ['dana.scott@contoso.com', utcDay(2026, 11, 26)],
      ['alex.scott@contoso.com', utcDay(2026, 11, 25)],
      ['kenji.berg@contoso.com', utcDay(2026, 6, 20)],
    ]);
  });
});

describe('Get-ADUser', () => {
  test('every column of ADUser, a #TYPE line; domain from the DN; disabled accounts need no CAL', () => {
    const evidence = readFixture('ad-users.csv');
    expect(evidence).toMatchObject({ format: 'ad-users', label: 'Get-ADUser' });
    const dana = evidence.rows.find((row) => row.identity.sam === 'dana.scott');
    expect(dana).toEqual({
      line: 6,
      identity: {
        sam: 'dana.scott',
        upn: 'dana.scott@contoso.com',
        displayName: 'Dana Scott',
        domain: 'CONTOSO',
      },
      licence: 'Windows Server User CAL',
      lastLogon: utcDay(2026, 11, 25),
      enabled: true,
    });
    const berg = evidence.rows.find((row) => row.identity.sam === 'alex.berg');
    expect(berg).toMatchObject({ enabled: false, lastLogon: utcDay(2026, 9, 30) });
    expect(berg).not.toHaveProperty('licence');
    // Mei Chen never logged on: enabled, but no CAL needed yet.
    const mei = evidence.rows.find((row) => row.identity.sam === 'mei.chen');
    expect(mei).toMatchObject({ enabled: true });
    expect(mei).not.toHaveProperty('licence');
    expect(evidence.notes).toEqual([
      expect.stringContaining('lastLogonTimestamp'),
      '4 disabled accounts are listed without a CAL.',
      '1 account never logged on (no LastLogonDate) is listed without a CAL: a CAL is needed once the account is used.',
      'The export lists every account of the domain CONTOSO (it includes krbtgt), so a register account of that domain it leaves out no longer exists.',
    ]);
    expect(evidence.wholeDomains).toEqual(['CONTOSO']);
  });

  test('an export without krbtgt (filtered by OU or state) does not list the whole domain', () => {
    const evidence = readFixture('ad-users-quoted.csv');
    expect(evidence).not.toHaveProperty('wholeDomains');
  });

  const AD_HEADER = 'SamAccountName,UserPrincipalName,Enabled,LastLogonDate,ObjectClass\n';

  test.each([
    ['German', 'WAHR', 'FALSCH'],
    ['French', 'VRAI', 'FAUX'],
    ['Dutch', 'WAAR', 'ONWAAR'],
    ['Italian', 'VERO', 'FALSO'],
    ['Spanish', 'VERDADERO', 'FALSO'],
  ])('Enabled as Excel writes it in %s', (_, yes, no) => {
    const text =
      AD_HEADER +
      `dana,dana@contoso.com,${yes},11/26/2026,user\n` +
      `alex,alex@contoso.com,${no},11/26/2026,user\n`;
    const evidence = readEvidenceText(text, { source: 'ad.csv' }) as EvidenceImport;
    expect(evidence.rows.map((row) => row.enabled)).toEqual([true, false]);
  });

  test('an Enabled value it cannot read is taken as enabled, and the notes say so', () => {
    const text = AD_HEADER + 'dana,dana@contoso.com,maybe,11/26/2026,user\n';
    const evidence = readEvidenceText(text, { source: 'ad.csv' }) as EvidenceImport;
    expect(evidence.rows[0]).toMatchObject({ licence: 'Windows Server User CAL' });
    expect(evidence.notes).toContainEqual(
      '1 Enabled value could not be read (e.g. "maybe"): that account is taken as enabled.',
    );
  });

  test('computer accounts in a user export are left out, and the notes say so', () => {
    const text =
      AD_HEADER + 'dana,dana@contoso.com,True,11/26/2026,user\nPC01$,,True,11/26/2026,computer\n';
    const evidence = readEvidenceText(text, { source: 'ad.csv' }) as EvidenceImport;
    expect(evidence.rows.map((row) => row.identity.sam)).toEqual(['dana']);
    expect(evidence.notes).toContainEqual(expect.stringContaining('1 computer account'));
  });

  test('a Get-ADComputer export is refused: it lists no users', () => {
    const text =
      'DistinguishedName,DNSHostName,Enabled,LastLogonDate,Name,ObjectClass,SamAccountName\n' +
      '"CN=PC01,OU=Workstations,DC=contoso,DC=com",pc01.contoso.com,True,11/26/2026,PC01,computer,PC01$\n';
    expect(readEvidenceText(text, { source: 'computers.csv' })).toEqual({
      problem: 'unknown-format',
      message: expect.stringContaining('computer accounts (as Get-ADComputer does)'),
    });
  });

  test('Windows-1252, semicolons, fr-FR dates', () => {
    const evidence = readFixture('ad-users-fr-ansi.csv', { culture: 'fr-FR' });
    expect(evidence.rows[0]).toMatchObject({
      identity: { displayName: 'Hélène Lefèvre', sam: 'helene.lefevre' },
      lastLogon: utcDay(2026, 11, 25),
    });
    expect(evidence.rows[1].lastLogon).toBe(utcDay(2026, 11, 3));
    expect(evidence.rows[3]).toMatchObject({ lastLogon: utcDay(2026, 6, 12), enabled: false });
    expect(evidence.notes.some((note) => note.includes('day/month/year'))).toBe(false);
  });

  test('read as en-US, the same file shows its dates are day first, and the note says so', () => {
    const evidence = readFixture('ad-users-fr-ansi.csv');
    expect(evidence.rows[1].lastLogon).toBe(utcDay(2026, 11, 3));
    expect(evidence.notes).toContainEqual(expect.stringContaining('can only be day/month/year'));
  });

  test('quoted commas, quotes and line breaks; escaped commas in the DN', () => {
    const evidence = readFixture('ad-users-quoted.csv');
    expect(
      evidence.rows.map((row) => [row.line, row.identity.displayName, row.identity.domain]),
    ).toEqual([
      [2, 'Scott, Dana', 'CONTOSO'],
      [3, 'Scott, Priya', 'CONTOSO'],
      [5, 'Berg, Alex', 'CONTOSO'],
      [6, 'Chen, Mei', 'CONTOSO'],
    ]);
  });
});

describe('Microsoft 365', () => {
  test('the admin center users export: blocked sign-in, primary SMTP, no CAL, no date', () => {
    const evidence = readFixture('m365-users.csv', { capturedOn: utcDay(2026, 11, 26) });
    expect(evidence).toMatchObject({ format: 'm365-users', capturedOn: utcDay(2026, 11, 26) });
    expect(evidence.rows[1]).toEqual({
      line: 3,
      identity: {
        upn: 'alex.berg@contoso.com',
        smtp: 'alex.berg@contoso.com',
        displayName: 'Alex Berg',
      },
      enabled: false,
    });
    expect(
      evidence.rows.every((row) => row.licence === undefined && row.lastLogon === undefined),
    ).toBe(true);
  });

  test('the active users report: latest activity of any service, refresh date as capture date', () => {
    const evidence = readFixture('m365-active-users.csv', { capturedOn: utcDay(2026, 11, 27) });
    expect(evidence).toMatchObject({ format: 'm365-activity', capturedOn: utcDay(2026, 11, 25) });
    const byUpn = new Map(evidence.rows.map((row) => [row.identity.upn, row]));
    expect(byUpn.get('dana.scott@contoso.com')?.lastLogon).toBe(utcDay(2026, 11, 25));
    expect(byUpn.get('kenji.berg@contoso.com')?.lastLogon).toBe(utcDay(2026, 7, 2));
    expect(byUpn.get('alex.berg@contoso.com')).toMatchObject({ deleted: true });
    expect(byUpn.get('mei.chen@contoso.com')).toEqual({
      line: 6,
      identity: { upn: 'mei.chen@contoso.com', displayName: 'Mei Chen' },
    });
  });

  test('a report with concealed user names cannot be matched: one problem that says what to change', () => {
    const text =
      'Report Refresh Date,User Principal Name,Display Name,Exchange Last Activity Date\n' +
      '2026-11-25,3F2A9C0D1E7B4A55,8C1D2E3F4A5B6C7D,2026-11-24\n';
    expect(readEvidenceText(text, { source: 'x.csv' })).toEqual({
      problem: 'no-rows',
      message: expect.stringContaining('Display concealed user, group, and site names'),
    });
  });
});

test('headers are matched whatever their case and spacing', () => {
  const text = 'licensename , USERNAME\nExchange Server 2016 Enterprise CAL,dana@contoso.com\n';
  expect(readEvidenceText(text, { source: 'x.csv' })).toMatchObject({
    format: 'exchange-cal-users',
  });
});

test('rows without an account are left out, with a note naming their lines', () => {
  const text = 'DisplayName,PrimarySmtpAddress,LastLogonTime\nDana Scott,,\n,,11/26/2026\n';
  const evidence = readEvidenceText(text, { source: 'x.csv' }) as EvidenceImport;
  expect(evidence.rows.map((row) => row.line)).toEqual([2]);
  expect(evidence.notes).toContain('1 row without an account was left out (line 3).');
});

test('every licence the mappers name is one the Usage parser reads', () => {
  const files = [
    'exchange-cal-users-2019-enterprise.csv',
    'exchange-cal-users-standard-noyear.csv',
    'mailboxes.csv',
    'ad-users.csv',
  ];
  const licences = new Set(files.flatMap((f) => readFixture(f).rows.map((row) => row.licence)));
  for (const licence of licences) {
    if (licence === undefined) continue;
    expect(isLicenceProblem(parseLicence(licence, EVIDENCE_LICENCE))).toBe(false);
  }
  expect(licences.size).toBeGreaterThanOrEqual(4);
});
