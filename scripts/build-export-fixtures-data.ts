/**
 * The rows of the export fixtures that scripts/build-export-fixtures.ts writes: one entry per
 * file, rows written `field|field|...` ('\n' is a line break inside a field). Contoso
 * accounts; several are in assets/examples/contoso-register.xlsx (scripts/build-example.ts).
 */

import type { Encoding } from './fixtures/encode';
export type Quoting = 'all' | 'needed' | 'none';

export interface Fixture {
  readonly name: string;
  readonly rows: readonly string[];
  readonly encoding: Encoding;
  readonly separator?: string;
  /** 'all': every field quoted, as Export-Csv writes; 'needed': as Excel and the admin center. */
  readonly quoting?: Quoting;
  /** Lines written before the header, as they are (a #TYPE line). */
  readonly before?: readonly string[];
  /** Write the last line without its last characters and its line break. */
  readonly cut?: boolean;
}

type Spec = Omit<Fixture, 'name' | 'rows'>;

const all: Fixture[] = [];

function fixture(name: string, rows: readonly string[], spec: Spec): void {
  all.push({ name, rows, ...spec });
}

function each(prefix: string, values: readonly string[]): string[] {
  return values.map((value) => `${prefix}|${value}`);
}

const ENT = 'Exchange Server 2019 Enterprise CAL';
const STD_2019 = 'Exchange Server 2019 Standard CAL';
const STD = 'Exchange Server Standard CAL';
const CAL_USER_TYPE =
  '#TYPE Deserialized.Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeServerAccessLicenseUser';

function exchange(): void {
  fixture(
    'exchange-cal-users-2019-enterprise.csv',
    [
      'LicenseName|Name',
      ...each(ENT, [
        'dana.scott@contoso.com',
        'fatima.scott@contoso.com',
        'contoso.com/Users/Dana Berg',
        'CONTOSO\\fatima.berg',
        'sofia.kowalski@contoso.com',
        'amara.scott@contoso.com',
        'priya.scott@contoso.com',
        'contoso.com/Staff/Dana Kowalski',
      ]),
    ],
    { encoding: 'utf8-bom' },
  );
  fixture(
    'exchange-cal-users-standard-noyear.csv',
    [
      'LicenseName|Name',
      ...each(STD, [
        'dana.scott@contoso.com',
        'alex.scott@contoso.com',
        'priya.scott@contoso.com',
        'alex.berg@contoso.com',
        'kenji.berg@contoso.com',
        'ops.mailbox@contoso.com',
        'contoso.com/Users/Zoë Müller',
        'CONTOSO\\mei.chen',
        'noah.fischer@contoso.com',
      ]),
    ],
    { encoding: 'utf16le-bom', before: [CAL_USER_TYPE] },
  );
  fixture(
    'exchange-cals.csv',
    [
      'LicenseName|ProductName|UnitLabel|TabulationMethod',
      `${STD_2019}|Exchange Server 2019|CAL|Net`,
      `${ENT}|Exchange Server 2019|CAL|Net`,
      'Exchange Server 2019 Standard Edition|Exchange Server 2019|Server|Net',
    ],
    { encoding: 'utf8-bom' },
  );
  const table = [
    '',
    'LicenseName                       Name',
    '-----------                       ----',
  ];
  const names = [
    'dana.scott@contoso.com',
    'alex.scott@contoso.com',
    'contoso.com/Users/Priya Scott',
  ];
  fixture('cal-users-table.txt', [...table, ...names.map((n) => `${STD_2019} ${n}`), '', ''], {
    encoding: 'utf16le-bom',
    quoting: 'none',
  });
  fixture(
    'truncated.csv',
    [
      'LicenseName|Name',
      ...each(STD_2019, [
        'dana.scott@contoso.com',
        'alex.scott@contoso.com',
        'kenji.berg@contoso.com',
      ]),
    ],
    { encoding: 'utf8', cut: true },
  );
}

function mailboxes(): void {
  fixture(
    'mailboxes.csv',
    [
      'DisplayName|PrimarySmtpAddress|SamAccountName|RecipientTypeDetails|LastLogonTime',
      'Dana Scott|dana.scott@contoso.com|dana.scott|UserMailbox|11/26/2026 8:02:11 AM',
      'Alex Scott|alex.scott@contoso.com|alex.scott|UserMailbox|11/25/2026 4:47:30 PM',
      'Priya Scott|priya.scott@contoso.com|priya.scott|UserMailbox|11/3/2026 9:15:00 AM',
      'Alex Berg|alex.berg@contoso.com|alex.berg|UserMailbox|3/2/2026 10:05:44 AM',
      'Kenji Berg|kenji.berg@contoso.com|kenji.berg|UserMailbox|6/20/2026 2:31:09 PM',
      'Liam Scott|liam.scott@contoso.com|liam.scott|UserMailbox|10/9/2026 5:58:12 PM',
      'Mei Chen|mei.chen@contoso.com|mei.chen|UserMailbox|',
      'Ops Mailbox|ops.mailbox@contoso.com|ops.mailbox|SharedMailbox|11/26/2026 7:00:02 AM',
      'Boardroom|boardroom@contoso.com|boardroom|RoomMailbox|',
    ],
    { encoding: 'utf8-bom' },
  );
  fixture(
    'mailbox-statistics-de.csv',
    [
      'DisplayName|ItemCount|LastLogonTime',
      'Dana Scott|15234|26.11.2026 08:02:11',
      'Tomasz Kowalski|8120|25.11.2026 17:40:55',
      'Jörg Weiß|2210|14.03.2026 11:20:00',
      'Kenji Berg|5402|20.06.2026 14:31:09',
      'Sofia Kowalski|9981|03.11.2026 09:12:45',
      'Mei Chen|0|',
    ],
    { encoding: 'utf8-bom', separator: ';' },
  );
  fixture(
    'mailboxes-excel-unicode.txt',
    [
      'DisplayName|PrimarySmtpAddress|LastLogonTime',
      'Dana Scott|dana.scott@contoso.com|11/26/2026 8:02',
      'Alex Scott|alex.scott@contoso.com|11/25/2026 16:47',
      'Kenji Berg|kenji.berg@contoso.com|6/20/2026 14:31',
    ],
    { encoding: 'utf16le-bom', separator: '\t', quoting: 'needed' },
  );
}

function guid(n: number): string {
  const h = (Math.imul(n, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return `${h}-4c1e-4a7b-9d2f-${h.slice(0, 4)}${h}`;
}

/** A Get-ADUser row: the DN's CN and OU, then Enabled, LastLogonDate, given name, surname. */
function adUser(i: number, spec: string): string {
  const [name, ou, enabled, logon, given, surname] = spec.split('|');
  const sam = given ? `${given}.${surname}`.toLowerCase() : name;
  const rid = [500, 501, 502][i] ?? 1100 + i;
  const sid = `S-1-5-21-3623811015-3361044348-30300820-${rid}`;
  const upn = i < 3 ? '' : `${sam}@contoso.com`;
  const dn = `CN=${name},${ou},DC=contoso,DC=com`;
  return [dn, enabled, given, logon, name, 'user', guid(rid), sam, sid, surname, upn].join('|');
}

function adUsers(): void {
  const people = [
    'Administrator|CN=Users|True|11/26/2026 7:58:12 AM||',
    'Guest|CN=Users|False|||',
    'krbtgt|CN=Users|False|||',
    'Dana Scott|OU=Staff|True|11/25/2026 8:14:03 AM|Dana|Scott',
    'Alex Scott|OU=Staff|True|11/26/2026 9:01:40 AM|Alex|Scott',
    'Alex Berg|OU=Disabled Users|False|9/30/2026 5:02:44 PM|Alex|Berg',
    'Liam Scott|OU=Disabled Users|False|10/9/2026 6:01:10 PM|Liam|Scott',
    'Kenji Berg|OU=Staff|True|6/18/2026 10:11:09 AM|Kenji|Berg',
    'Priya Scott|OU=Staff|True|11/24/2026 12:30:00 PM|Priya|Scott',
    'Mei Chen|OU=Staff|True||Mei|Chen',
    'svc-backup|OU=Service Accounts|True|11/27/2026 1:00:04 AM||',
  ];
  const header =
    'DistinguishedName|Enabled|GivenName|LastLogonDate|Name|ObjectClass|ObjectGUID|SamAccountName|SID|Surname|UserPrincipalName';
  fixture('ad-users.csv', [header, ...people.map((spec, i) => adUser(i, spec))], {
    encoding: 'utf8',
    before: ['#TYPE Microsoft.ActiveDirectory.Management.ADUser'],
  });
  fixture(
    'ad-users-fr-ansi.csv',
    [
      'Name|SamAccountName|UserPrincipalName|Enabled|LastLogonDate',
      'Hélène Lefèvre|helene.lefevre|helene.lefevre@contoso.com|True|25/11/2026 09:14:03',
      'François Dubois|francois.dubois|francois.dubois@contoso.com|True|03/11/2026 16:45:10',
      'Dana Scott|dana.scott|dana.scott@contoso.com|True|26/11/2026 08:02:11',
      'Zoë Müller|zoe.muller|zoe.muller@contoso.com|False|12/06/2026 10:00:00',
    ],
    { encoding: 'cp1252', separator: ';' },
  );
  fixture(
    'ad-users-quoted.csv',
    [
      'Name|SamAccountName|UserPrincipalName|Enabled|LastLogonDate|Description|DistinguishedName',
      'Scott, Dana|dana.scott|dana.scott@contoso.com|True|11/25/2026 8:14:03 AM|Finance, accounts payable|CN=Scott\\, Dana,OU=Staff,DC=contoso,DC=com',
      'Scott, Priya|priya.scott|priya.scott@contoso.com|True|11/24/2026 12:30:00 PM|Works from Oslo\nDesk 4.12, floor 4|CN=Scott\\, Priya,OU=Staff,DC=contoso,DC=com',
      'Berg, Alex|alex.berg|alex.berg@contoso.com|False|9/30/2026 5:02:44 PM|Left the "Blue" project|CN=Berg\\, Alex,OU=Disabled Users,DC=contoso,DC=com',
      'Chen, Mei|mei.chen|mei.chen@contoso.com|True|||CN=Chen\\, Mei,OU=Staff,DC=contoso,DC=com',
    ],
    { encoding: 'utf8' },
  );
}

/** An admin center user row: Block credential, display name, department, licences. */
function m365User(i: number, spec: string): string {
  const [blocked, name, department, licences] = spec.split('|');
  const [first, last] = name.split(' ');
  const upn = `${first}.${last}@contoso.com`.toLowerCase();
  const proxies = `SMTP:${upn}+smtp:${upn.replace('contoso.com', 'contoso.onmicrosoft.com')}`;
  const created = `3/${12 + i}/2024 8:15:00 AM`;
  return [blocked, 'Oslo', 'Norway', department, 'True', name, first, last, licences]
    .concat([guid(3000 + i), proxies, '', 'NO', upn, created])
    .join('|');
}

const SERVICES = ['Exchange', 'OneDrive', 'SharePoint', 'Skype For Business', 'Yammer', 'Teams'];

/** An active users report row: UPN, display name, deleted date, then one activity date per service. */
function activeUser(spec: string): string {
  const [upn, name, deleted, ...activity] = spec.split('|');
  const licensed = SERVICES.map((_, i) => i !== 3 && i !== 4);
  const has = licensed.map((yes) => (yes ? 'True' : 'False'));
  const assigned = licensed.map((yes) => (yes ? '2024-03-12' : ''));
  const flags = ['2026-11-25', upn, name, deleted ? 'True' : 'False', deleted];
  return [...flags, ...has, ...activity, ...assigned, 'MICROSOFT 365 E3'].join('|');
}

function m365(): void {
  const userHeader =
    'Block credential|City|Country/Region|Department|DirSyncEnabled|Display name|First name|Last name|Licenses|Object Id|Proxy addresses|Title|Usage location|User principal name|When created';
  const users = [
    'False|Dana Scott|Finance|Microsoft 365 E3',
    'True|Alex Berg|Sales|Unlicensed',
    'False|Priya Scott|Operations|Microsoft 365 E3+Microsoft Teams Rooms Pro',
    'True|Liam Scott|Sales|Microsoft 365 E3',
    'False|Dana Kowalski|IT, Infrastructure|Microsoft 365 E3',
  ];
  fixture('m365-users.csv', [userHeader, ...users.map((spec, i) => m365User(i, spec))], {
    encoding: 'utf8-bom',
    quoting: 'needed',
  });
  const header = [
    'Report Refresh Date|User Principal Name|Display Name|Is Deleted|Deleted Date',
    ...SERVICES.map((service) => `Has ${service} License`),
    ...SERVICES.map((service) => `${service} Last Activity Date`),
    ...SERVICES.map((service) => `${service} License Assign Date`),
    'Assigned Products',
  ].join('|');
  const active = [
    'dana.scott@contoso.com|Dana Scott||2026-11-25|2026-11-20|2026-11-24|||2026-11-25',
    'alex.berg@contoso.com|Alex Berg|2026-10-02|2026-09-30|||||2026-09-29',
    'kenji.berg@contoso.com|Kenji Berg||2026-06-18|||||2026-07-02',
    'priya.scott@contoso.com|Priya Scott||2026-11-24|2026-11-01||||',
    'mei.chen@contoso.com|Mei Chen|||||||',
  ];
  fixture('m365-active-users.csv', [header, ...active.map(activeUser)], {
    encoding: 'utf8-bom',
    quoting: 'needed',
  });
}

exchange();
mailboxes();
adUsers();
m365();
const processes = ['explorer|4312|128.5625|215408640', 'OUTLOOK|9120|342.90625|412663808'];
fixture('unrelated.csv', ['Name|Id|CPU|WorkingSet64', ...processes], { encoding: 'utf8' });
fixture('header-only.csv', ['DisplayName|PrimarySmtpAddress|LastLogonTime'], { encoding: 'utf8' });

export const FIXTURES: readonly Fixture[] = all;
