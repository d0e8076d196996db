import { check, positionOf, purchase, register, run, where } from '../helpers';

const EX = 'Exchange Server 2019 Standard User CAL';

describe('DOC-NO-PROOF', () => {
  test('neither invoice nor order number: flagged at Invoice number (D)', () => {
    const findings = check('DOC-NO-PROOF', {
      titled: true,
      purchases: [purchase(EX, 1), purchase(EX, 5, { 'Invoice number': null })],
      assignments: [],
    });
    expect(findings.map(where)).toEqual([
      {
        rule: 'DOC-NO-PROOF',
        severity: 'warning',
        sheet: 'Purchases',
        row: 5,
        column: 'D',
        licence: EX,
      },
    ]);
    expect(findings[0].message).toBe(`Purchase of ${EX} has no invoice or order number.`);
  });

  test('no purchase date: flagged at Purchase date (C)', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [purchase(EX, 5, { 'Purchase date': null })],
      assignments: [],
    });
    expect(findings.map((f) => [f.row, f.column])).toEqual([[2, 'C']]);
    expect(findings[0].message).toBe(`Purchase of ${EX} has no purchase date.`);
  });

  test('neither: one finding that names both', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [{ Licence: EX, Quantity: 5 }],
      assignments: [],
    });
    expect(findings.map((f) => f.column)).toEqual(['D']);
    expect(findings[0].message).toBe(
      `Purchase of ${EX} has no invoice or order number, and no purchase date.`,
    );
  });

  test('an order number instead of an invoice number is proof', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [purchase(EX, 5, { 'Invoice number': null, 'Order number': 'PO-77' })],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('a fully documented line is not flagged', () => {
    expect(check('DOC-NO-PROOF', { purchases: [purchase(EX, 5)], assignments: [] })).toEqual([]);
  });

  test('server licences need their proof too', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [purchase('Exchange Server 2019 Standard', 1, { 'Invoice number': '' })],
      assignments: [],
    });
    expect(findings.map((f) => f.licence)).toEqual(['Exchange Server 2019 Standard']);
  });

  test('an unreadable licence is quoted as written, with no licence field', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [{ Licence: 'Mystery CAL', Quantity: 1 }],
      assignments: [],
    });
    expect(findings).toHaveLength(1);
    expect(findings[0].licence).toBeUndefined();
    expect(findings[0].message).toContain('"Mystery CAL"');
  });

  test('a line with no licence at all is REG-MISSING, not DOC-NO-PROOF', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [{ Quantity: 1, Notes: 'see email' }],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('an unreadable purchase date is REG-INVALID, not also "no purchase date"', () => {
    const findings = check('DOC-NO-PROOF', {
      purchases: [purchase(EX, 5, { 'Purchase date': '01/03/2025' })],
      assignments: [],
    });
    expect(findings).toEqual([]);
  });

  test('unproven CALs still count as owned, and are reported as unproven', () => {
    const result = run(
      register({
        purchases: [purchase(EX, 2), purchase(EX, 3, { 'Invoice number': null })],
        assignments: [],
      }),
    );
    expect(positionOf(result, EX)).toMatchObject({ owned: 5, unproven: 3 });
  });
});
