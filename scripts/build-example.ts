/**
 * Builds assets/examples/contoso-register.xlsx: a realistic register of a 60-person company
 * in late 2026 (Exchange Server 2019 Standard and Enterprise User and Device CALs, some with
 * Software Assurance; Windows Server 2022 CALs; one Exchange server moved to Exchange Server
 * SE and one still on 2019; a few Microsoft 365 E3 subscriptions) with a few cases of every
 * rule. Deterministic: run it again and the register holds the same rows.
 *
 *   npm run example:build
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SETTINGS_ROWS } from '../src/excel/shared';
import { writeTemplate, type RegisterRows } from '../src/excel/xlsx';

const AS_OF = '2026-11-27';
const OUT = join(__dirname, '..', '..', 'assets', 'examples', 'contoso-register.xlsx');

const FIRST = [
  'Dana',
  'Alex',
  'Priya',
  'Tomasz',
  'Mei',
  'Jonas',
  'Fatima',
  'Liam',
  'Sofia',
  'Kenji',
  'Amara',
  'Lucas',
];
const LAST = ['Scott', 'Berg', 'Nair', 'Kowalski', 'Chen'];

const EXCH_STD = 'Exchange Server 2019 Standard User CAL';
const EXCH_ENT = 'Exchange Server 2019 Enterprise User CAL';
const EXCH_STD_DEVICE = 'Exchange Server 2019 Standard Device CAL';
const WIN_USER = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';

/** A date `days` before the as-of date, as a date cell. */
function daysBefore(days: number): Date {
  return new Date(Date.parse(AS_OF) - days * 86_400_000);
}

interface Person {
  readonly name: string;
  readonly account: string;
  readonly since: Date;
  readonly lastActivity: Date;
}

function people(): Person[] {
  const list: Person[] = [];
  for (let i = 0; i < 60; i += 1) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    list.push({
      name: `${first} ${last}`,
      account: `${first}.${last}@contoso.com`.toLowerCase(),
      since: daysBefore(200 + ((i * 37) % 900)),
      lastActivity: daysBefore((i * 7) % 25),
    });
  }
  return list;
}

function assignments(staff: Person[]): unknown[][] {
  const rows: unknown[][] = [];
  const row = (
    licence: string,
    p: Person,
    extra: Partial<Record<'device' | 'from' | 'reason' | 'status' | 'notes', string>> = {},
    on: unknown = p.since,
    last: unknown = p.lastActivity,
  ) =>
    rows.push([
      licence,
      p.name,
      p.account,
      extra.device ?? null,
      on,
      extra.from ?? null,
      extra.reason ?? null,
      extra.status ?? null,
      last,
      extra.notes ?? null,
    ]);

  staff.forEach((p, i) => {
    if (i === 7) row(EXCH_STD, p, { status: 'Left', notes: 'Left in October' });
    else if (i === 13) row(EXCH_STD, p, { status: 'Disabled' });
    else if (i === 21) row(EXCH_STD, p, {}, p.since, daysBefore(160));
    else if (i === 29)
      row(EXCH_STD, p, { status: 'Absent', notes: 'Parental leave' }, p.since, daysBefore(200));
    else if (i === 33) row(EXCH_STD, p, { device: 'LT-0193' });
    else if (i === 41)
      row('Exchange Server 2016 Standard User CAL', p, { notes: 'Bought with the old server' });
    else if (i === 52) row(EXCH_STD, p, {}, null);
    else if (i === 55) row(EXCH_STD, { ...p, account: '' });
    else if (i === 57) row(EXCH_STD, p, {}, '31/02/2026');
    else if (i !== 44) row(EXCH_STD, p);
    row(WIN_USER, p);
    if (i % 6 === 0 || i === 44) row(EXCH_ENT, p, i === 44 ? { notes: 'Archiving pilot' } : {});
  });
  // The same CAL twice for one person.
  row(EXCH_STD, staff[3], { notes: 'Entered twice' });
  // Reassigned 31 days after the previous holder got it, for no allowed reason.
  const leaver: Person = {
    name: 'Noah Fischer',
    account: 'noah.fischer@contoso.com',
    since: daysBefore(120),
    lastActivity: daysBefore(95),
  };
  row(EXCH_ENT, leaver, { status: 'Left' });
  row(
    EXCH_ENT,
    staff[10],
    { from: 'noah.fischer@contoso.com', reason: 'Project swap' },
    daysBefore(89),
  );
  // Kiosk devices with Device CALs; one recorded against a person.
  for (let k = 1; k <= 5; k += 1) {
    const device = `KIOSK-0${k}`;
    rows.push([
      EXCH_STD_DEVICE,
      device,
      null,
      device,
      daysBefore(400),
      null,
      null,
      null,
      daysBefore(k),
      'Warehouse kiosk',
    ]);
    rows.push([
      WIN_DEVICE,
      device,
      null,
      device,
      daysBefore(400),
      null,
      null,
      null,
      daysBefore(k),
      'Warehouse kiosk',
    ]);
  }
  rows.push([
    EXCH_STD_DEVICE,
    'Grace Okafor',
    'grace.okafor@contoso.com',
    null,
    daysBefore(60),
    null,
    null,
    null,
    daysBefore(2),
    'Shift supervisor',
  ]);
  // A cloud plan (its CAL equivalences not yet confirmed), a licence the engine cannot read,
  // and an account with a space in it.
  rows.push([
    'Microsoft 365 E3',
    'Ivan Petrov',
    'ivan.petrov@contoso.com',
    null,
    daysBefore(30),
    null,
    null,
    null,
    daysBefore(1),
    null,
  ]);
  rows.push([
    'Exchange Online Archiving',
    'Ivan Petrov',
    'ivan.petrov@contoso.com',
    null,
    daysBefore(30),
    null,
    null,
    null,
    daysBefore(1),
    null,
  ]);
  rows.push([
    EXCH_STD,
    'Olga Ivanova',
    'olga ivanova',
    null,
    daysBefore(30),
    null,
    null,
    null,
    daysBefore(1),
    null,
  ]);
  rows.push([
    'SQL Server 2022 User CAL',
    'Priya Nair',
    'priya.nair@contoso.com',
    null,
    daysBefore(300),
    null,
    null,
    null,
    daysBefore(3),
    'Reporting',
  ]);
  return rows;
}

function purchases(): unknown[][] {
  const line = (
    licence: string,
    qty: number,
    date: Date | null,
    invoice: string | null,
    order: string | null,
    proof: string | null,
    sa: { readonly end: Date; readonly type: string } | null = null,
  ) => [
    licence,
    qty,
    date,
    invoice,
    order,
    'Northwind Licensing Ltd',
    'OLP 8842-1177',
    sa?.end ?? null,
    sa?.type ?? 'Licence only',
    proof,
    null,
  ];
  // Software Assurance bought with the first order runs to mid-2027; the Enterprise CALs' SA
  // lapsed in June 2026.
  const SA_TO_2027 = { end: new Date(Date.UTC(2027, 5, 30)), type: 'Licence + SA' };
  const SA_LAPSED = { end: new Date(Date.UTC(2026, 5, 30)), type: 'Licence + SA' };
  return [
    line(
      'Exchange Server 2019 Standard',
      2,
      daysBefore(900),
      'INV-2024-0412',
      'PO-10231',
      'Finance share \\Licences\\2024\\INV-2024-0412.pdf',
      SA_TO_2027,
    ),
    line(
      'Windows Server 2022 Standard - 16 Core',
      2,
      daysBefore(900),
      'INV-2024-0412',
      'PO-10231',
      'Finance share \\Licences\\2024\\INV-2024-0412.pdf',
    ),
    line(
      'Exchange Server 2019 Standard - 1 User CAL',
      40,
      daysBefore(900),
      'INV-2024-0412',
      'PO-10231',
      'Finance share \\Licences\\2024\\INV-2024-0412.pdf',
      SA_TO_2027,
    ),
    line(
      'ExchgSvrStdCAL 2019 SNGL OLP NL UsrCAL',
      18,
      daysBefore(420),
      'INV-2025-0877',
      'PO-10988',
      'Finance share \\Licences\\2025\\INV-2025-0877.pdf',
    ),
    line(
      'Exchange Server 2019 Enterprise - 1 User CAL',
      10,
      daysBefore(900),
      'INV-2024-0412',
      'PO-10231',
      'Finance share \\Licences\\2024\\INV-2024-0412.pdf',
      SA_LAPSED,
    ),
    line('ExchgSvrStdCAL 2019 SNGL OLP NL DvcCAL', 6, daysBefore(400), null, null, null),
    line(
      'Windows Server 2022 CAL 5 User',
      14,
      daysBefore(900),
      'INV-2024-0412',
      'PO-10231',
      'Finance share \\Licences\\2024\\INV-2024-0412.pdf',
    ),
    line('WinSvrCAL 2022 SNGL OLP NL DvcCAL', 5, daysBefore(400), 'INV-2025-0790', null, null),
    line('SQL Server 2022 User CAL', 5, null, null, 'PO-11502', null),
    line(
      'Microsoft 365 E3 (CSP)',
      3,
      daysBefore(60),
      'INV-2026-1104',
      'PO-12210',
      'Finance share \\Licences\\2026\\INV-2026-1104.pdf',
      { end: new Date(Date.UTC(2027, 8, 30)), type: 'Subscription' },
    ),
  ];
}

function build(): RegisterRows {
  const staff = people();
  return {
    Purchases: purchases(),
    Assignments: assignments(staff),
    Servers: [
      ['EXCH01', 'Exchange Server', 'SE', 'Standard', 'INV-2024-0412 (SA to 2027)'],
      ['EXCH02', 'Exchange Server', 2019, 'Standard', 'INV-2024-0412'],
      ['DC01', 'Windows Server', 2022, 'Standard', 'INV-2024-0412'],
      ['FS01', 'Windows Server', 2022, 'Standard', 'INV-2024-0412'],
    ],
    Usage: [
      [
        'dana.scott@contoso.com',
        'Exchange Server 2019 Enterprise CAL',
        daysBefore(1),
        'Get-ExchangeServerAccessLicenseUser',
        daysBefore(3),
      ],
      [
        'ops.mailbox@contoso.com',
        'Exchange Server 2019 Standard CAL',
        daysBefore(2),
        'Get-ExchangeServerAccessLicenseUser',
        daysBefore(3),
      ],
      [
        'alex.berg@contoso.com',
        'Exchange Server 2019 Standard CAL',
        daysBefore(1),
        'Get-ExchangeServerAccessLicenseUser',
        daysBefore(3),
      ],
    ],
    Settings: [
      [
        'As-of date',
        new Date(Date.parse(AS_OF)),
        'The date the register is judged at. Empty: today.',
      ],
      ['Stale after days', 90, 'Days without activity after which an assignment is stale.'],
      ['Organisation', 'Contoso Ltd', 'Shown on the audit sheet.'],
      ...SETTINGS_ROWS.slice(3),
    ],
  };
}

async function run(): Promise<void> {
  mkdirSync(join(OUT, '..'), { recursive: true });
  await writeTemplate(OUT, build());
  process.stdout.write(`Wrote ${OUT}\n`);
}

void run();
