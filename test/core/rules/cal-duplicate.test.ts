import { check, deviceCal, purchase, SERVER_LICENCES, userCal, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';
const EX16 = 'Exchange Server 2016 Standard User CAL';
const WIN = 'Windows Server 2022 User CAL';
const WIN_DEVICE = 'Windows Server 2022 Device CAL';
const purchases = [
  ...SERVER_LICENCES,
  purchase(EX, 10),
  purchase(WIN, 10),
  purchase(WIN_DEVICE, 5),
];

describe('CAL-DUPLICATE', () => {
  test('the same user holding the same CAL twice: the later row is flagged', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      titled: true,
      assignments: [
        userCal(EX, 'dana@contoso.com'),
        userCal(EX, 'eve@contoso.com'),
        userCal(EX, 'dana@contoso.com', { 'Assigned on': '2025-06-01' }),
      ],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'CAL-DUPLICATE',
        severity: 'warning',
        sheet: 'Assignments',
        row: 6,
        column: 'A',
        key: 'dana@contoso.com',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toContain('also row 4');
  });

  test('the same account in another case, and the same CAL in other wording, is a duplicate', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com'),
        userCal('ExchgSvrStdCAL 2019 SNGL OLP NL UsrCAL', 'Dana@Contoso.COM'),
      ],
    });
    expect(findings.map((f) => [f.row, f.key])).toEqual([[3, 'Dana@Contoso.COM']]);
  });

  test('three rows: the second and third are flagged, each naming the first', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [
        userCal(EX, 'dana@contoso.com'),
        userCal(EX, 'dana@contoso.com'),
        userCal(EX, 'dana@contoso.com'),
      ],
    });
    expect(findings.map((f) => f.row)).toEqual([3, 4]);
    for (const f of findings) expect(f.message).toContain('also row 2');
  });

  test('the same device holding the same Device CAL twice', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [deviceCal(WIN_DEVICE, 'PC-0042'), deviceCal(WIN_DEVICE, 'pc-0042')],
    });
    expect(findings.map((f) => [f.row, f.key])).toEqual([[3, 'pc-0042']]);
  });

  test('different CALs for the same user are not duplicates', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(WIN, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('the same CAL for different users is not a duplicate', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('two versions of a CAL are two licences, not a duplicate', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [userCal(EX16, 'dana@contoso.com'), userCal(EX, 'dana@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('a User CAL and a Device CAL with the same name are different holders', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [userCal(WIN, 'kiosk@contoso.com'), deviceCal(WIN_DEVICE, 'kiosk@contoso.com')],
    });
    expect(findings).toEqual([]);
  });

  test('rows without a holder are never duplicates of each other', () => {
    const findings = check('CAL-DUPLICATE', {
      purchases,
      assignments: [
        { Licence: EX, 'Assigned on': '2025-03-01' },
        { Licence: EX, Notes: 'spare' },
      ],
    });
    expect(findings).toEqual([]);
  });
});
