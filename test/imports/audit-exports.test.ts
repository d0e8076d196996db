/**
 * `audit` on a licence export an admin opened in Excel and saved as a workbook: each of the
 * misreadings the exports used to get (issue 13) is read right now.
 */
import { audit, isoToDay, type AuditResult, type Finding } from '../../src/core';
import { openedInExcel } from './helpers';

const TODAY = isoToDay('2026-11-27') as number;

function auditOf(name: string): AuditResult {
  return audit([openedInExcel(name)], { today: TODAY });
}

const of = (result: AuditResult, rule: string): Finding[] =>
  result.findings.filter((f) => f.rule === rule);

const owned = (result: AuditResult, licence: string): number | undefined =>
  result.position.find((p) => p.licence === licence)?.owned;

describe('Snipe-IT Licenses > Export (505 licences, header again on line 502)', () => {
  const result = auditOf('snipeit-licenses-export');

  test('is read as purchase lines', () => {
    expect(result.register.tables.Purchases?.sheet).toBe('licenses-2026-11-27-101500');
    expect(owned(result, 'Windows Server 2022 User CAL')).toBe(120);
    expect(owned(result, 'Windows Server 2022 Device CAL')).toBe(30);
    expect(owned(result, 'Windows Server 2019 User CAL')).toBe(50);
  });

  test('the non-Microsoft lines are one finding, not two warnings each', () => {
    const invalid = of(result, 'REG-INVALID');
    const foreign = invalid.filter((f) => f.message.includes('no Microsoft server product'));
    expect(foreign).toHaveLength(1);
    expect(foreign[0].message).toMatch(
      /^495 purchase lines name no Microsoft server product or CAL/,
    );
    expect(invalid.map((f) => f.row)).toEqual([9, 11]); // row 10 is Microsoft 365 E3: a plan
    expect(of(result, 'DOC-NO-PROOF').map((f) => f.row)).toEqual([8, 9]);
  });

  test('the repeated header row is not read as a purchase line', () => {
    expect(result.register.purchases.some((p) => p.row === 502)).toBe(false);
    expect(result.findings.some((f) => f.row === 502)).toBe(false);
    expect(result.register.purchases).toHaveLength(505);
  });
});

test('Snipe-IT Licenses list: Total is the quantity', () => {
  const result = auditOf('snipeit-licenses-list');
  expect(owned(result, 'Windows Server 2022 User CAL')).toBe(120);
  expect(owned(result, 'Exchange Server 2019 Standard User CAL')).toBe(100);
  expect(of(result, 'DOC-NO-PROOF')).toEqual([]);
});

test('Snipe-IT Reports > Licenses: no order numbers is one finding on the header row', () => {
  const result = auditOf('snipeit-license-report');
  const proof = of(result, 'DOC-NO-PROOF');
  expect(proof).toHaveLength(1);
  expect(proof[0]).toMatchObject({ row: 1 });
  expect(proof[0].message).toBe(
    'The Purchases table has no Invoice number or Order number column: none of its 4 purchase lines shows their proof.',
  );
  // Still counted as unproven in the position: nothing proves them.
  expect(result.position.find((p) => p.licence === 'Windows Server 2022 User CAL')).toMatchObject({
    owned: 120,
    unproven: 120,
  });
});

describe('GLPI licence list', () => {
  const result = auditOf('glpi-licences');

  test('is read as purchase lines, not as assignments, with Number as the quantity', () => {
    expect(result.register.tables.Purchases).toBeDefined();
    expect(result.register.tables.Assignments).toBeUndefined();
    expect(owned(result, 'Windows Server 2022 User CAL')).toBe(80);
    expect(owned(result, 'Exchange Server 2019 Standard User CAL')).toBe(60);
  });

  test('its Type (OEM, Volume) is not a CAL kind: an OEM server licence stays a server licence', () => {
    const oem = result.register.purchases.find((p) => p.row === 5);
    expect(oem?.licence?.name).toBe('Windows Server 2022 Standard');
    expect(oem?.licence?.cal).toBe(false);
  });

  test('a Purchase version that contradicts the name is said once, on that cell', () => {
    const conflict = of(result, 'REG-INVALID').filter((f) => f.row === 4);
    expect(conflict).toHaveLength(1);
    expect(conflict[0].message).toBe(
      'Purchase version says 2019 but the licence "Exchange Server 2016 Enterprise User CAL" says 2016: it is read as 2016, as the licence says.',
    );
  });
});

test('ConfigMgr General License Statement: EffectiveQuantity and the Version column are read', () => {
  const result = auditOf('configmgr-license-statement');
  expect(owned(result, 'Windows Server 2022 User CAL')).toBe(120);
  expect(owned(result, 'Exchange Server 2019 Standard User CAL')).toBe(100);
  expect(owned(result, 'SharePoint Server 2019 Enterprise Device CAL')).toBe(10);
  expect(result.findings.some((f) => f.message.includes('does not say which version'))).toBe(false);
});

test('Microsoft 365 volume licensing orders: Product description, Ordered on and the order numbers are read', () => {
  const result = auditOf('m365-vl-orders');
  expect(owned(result, 'Windows Server 2022 User CAL')).toBe(120);
  expect(owned(result, 'Exchange Server 2019 Enterprise User CAL')).toBe(40);
  expect(of(result, 'DOC-NO-PROOF')).toEqual([]);
  const line = result.register.purchases.find((p) => p.row === 2);
  expect(line).toMatchObject({ order: '4500017123', agreement: '87654321' });
  expect(line?.purchaseDate).toBe(isoToDay('2023-02-14'));
});

test('Microsoft 365 license summary: Effective quantity of a product family and version', () => {
  const result = auditOf('m365-license-summary');
  expect(owned(result, 'Exchange Server 2019 Standard User CAL')).toBe(100);
  expect(of(result, 'DOC-NO-PROOF')).toHaveLength(1);
});
