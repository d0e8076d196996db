/**
 * Property: whatever the cells, parsing and validation never throw, and every finding
 * points at a sheet and a row that exist.
 */
import fc from 'fast-check';
import {
  audit,
  buildContext,
  parseRegister,
  calNames,
  RULES,
  templateHeaders,
  TABLE_NAMES,
  type SheetGrid,
} from '../../src/core';
import { register, TODAY } from './helpers';

const HEADER_WORDS = [
  ...TABLE_NAMES.flatMap((t) => templateHeaders(t)),
  'User',
  'Email',
  'UPN',
  'Date assigned',
  'Qty',
  'PO number',
  'Invoice',
  'Product',
  'Version',
  'Edition',
  'CAL type',
];

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HEADER_WORDS),
  fc.constantFrom(
    ...calNames().slice(0, 40),
    'Exchange Server 2019 Standard',
    'Windows Server 2022 CAL 5 User',
  ),
  fc.constantFrom(
    '#N/A',
    '#VALUE!',
    '#REF!',
    ' 12 ',
    '1,000',
    '-3',
    '2.5',
    '31/02/2026',
    '2025-03-01',
    'Left',
    'Absent',
  ),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(-1e14), max: new Date(1e14) }),
  fc.record({ error: fc.constantFrom('#N/A', '#DIV/0!') }),
  fc.constantFrom(60, 59, 61, 0, 2_958_465, 2_958_466, 45_717.75),
);

const row = fc.array(cell, { maxLength: 12 });

const sheetName = fc.oneof(
  fc.constantFrom(...TABLE_NAMES, 'Register', 'Sheet1', 'CAL Audit'),
  fc.string({ maxLength: 12 }),
);

const grid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: sheetName,
    rows: fc.array(fc.option(row, { nil: undefined }), { maxLength: 30 }),
    top: fc.integer({ min: 1, max: 50 }),
    left: fc.integer({ min: 1, max: 5 }),
    table: fc.option(fc.constantFrom(...TABLE_NAMES, 'Other'), { nil: undefined }),
    header: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 1, maxLength: 10 }),
  })
  .map(({ name, rows, top, left, table, header }) => {
    // Half the time put a plausible header row first, so the register is actually found.
    const body = table ? [header, ...rows] : rows;
    const tables = table
      ? [{ name: table, top, left, right: left + header.length - 1, bottom: top + body.length - 1 }]
      : [];
    return { name, rows: body, top, left, tables };
  });

const options = fc.record({
  asOf: fc.option(fc.constantFrom('2026-11-27', '2020-02-29', 'not a date'), { nil: undefined }),
  staleDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  date1904: fc.boolean(),
});

test('random workbooks never make the engine throw; findings point at rows that exist', () => {
  let rowFindings = 0;
  fc.assert(
    fc.property(fc.array(grid, { minLength: 1, maxLength: 5 }), options, (grids, opts) => {
      const result = audit(grids, {
        today: TODAY,
        date1904: opts.date1904,
        ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
        ...(opts.staleDays !== undefined ? { staleDays: opts.staleDays } : {}),
      });
      for (const finding of result.findings) {
        const rule = RULES.find((r) => r.id === finding.rule);
        // The rule's severity, or a milder one the rule reports (a note where it cannot count).
        const order = { error: 0, warning: 1, info: 2 };
        expect(rule).toBeDefined();
        expect(order[finding.severity]).toBeGreaterThanOrEqual(order[rule!.severity]);
        expect(finding.message.length).toBeGreaterThan(0);
        if (finding.row === undefined) continue;
        rowFindings += 1;
        const sheets = grids.filter((g) => g.name === finding.sheet);
        expect(sheets.length).toBeGreaterThan(0);
        const exists = sheets.some((g) => {
          const index = finding.row! - (g.top ?? 1);
          return index >= 0 && index < g.rows.length;
        });
        expect(exists).toBe(true);
      }
      for (const p of result.position) {
        expect(p.shortfall).toBeGreaterThanOrEqual(0);
        expect(p.surplus).toBeGreaterThanOrEqual(0);
        expect(p.shortfall > 0 && p.surplus > 0).toBe(false);
      }
    }),
    { numRuns: 400 },
  );
  // The generator does reach the rules: many findings name a row.
  expect(rowFindings).toBeGreaterThan(100);
});

/** Assignments and Purchases in the template's columns, with the cells the position reads. */
const NAMES = [
  'alice@contoso.com',
  'Alice@Contoso.com',
  'bob',
  'CONTOSO\\carol',
  'bad name',
  '#N/A',
  '',
];
const assignmentRow = fc.record({
  Licence: fc.constantFrom(
    'Exchange Server 2019 Standard User CAL',
    'Exchange Server 2019 Enterprise User CAL',
    'Exchange Server 2016 Standard Device CAL',
    'Windows Server 2022 User CAL',
    'Windows Server 2022 Device CAL',
    'Core CAL Suite User CAL',
    'Microsoft 365 E3',
    'Gold Edition',
    '',
  ),
  'Assigned to': fc.constantFrom('Alice Smith', ' Bob  Jones ', '', '#N/A', 'PC-0042'),
  Account: fc.constantFrom(...NAMES),
  Device: fc.constantFrom('', '', 'PC-0042', 'pc-0042', 'LT 7'),
  Status: fc.constantFrom('', 'Active', 'Left', 'Disabled', 'Absent', 'Gone'),
  'Assigned on': fc.constantFrom('', '2025-03-01', '2026-10-01', 'soon'),
  'Reassigned from': fc.constantFrom('', '', '', ...NAMES),
  Reason: fc.constantFrom('', 'left the company', '#REF!'),
  'Last activity': fc.constantFrom('', '2026-11-20', '2025-01-01', 'never'),
});
const purchaseRow = fc.record({
  Licence: fc.constantFrom(
    'Exchange Server 2019 Standard User CAL',
    'Windows Server 2022 User CAL',
    'Core CAL Suite User CAL',
    'Exchange Server 2019 Standard',
  ),
  Quantity: fc.integer({ min: 0, max: 3 }),
  'Purchase date': fc.constantFrom('', '2025-03-01'),
  'Invoice number': fc.constantFrom('', 'INV-1'),
});

test('reading only what the position needs gives the position a full read gives', () => {
  // CAL.POSITION and CAL.SHORTFALL parse with positionOnly (no Reason, no Assigned to where an
  // account names the holder); their answer must be the audit's.
  let rows = 0;
  const registers = fc.record({
    assignments: fc.array(assignmentRow, { maxLength: 25 }),
    purchases: fc.array(purchaseRow, { maxLength: 6 }),
  });
  fc.assert(
    fc.property(registers, options, ({ assignments, purchases }, opts) => {
      const grids = register({ assignments, purchases });
      const given = { today: TODAY, date1904: opts.date1904 };
      const full = buildContext(parseRegister(grids, given), given).position;
      const brief = buildContext(parseRegister(grids, { ...given, positionOnly: true }), given);
      expect(brief.position).toEqual(full);
      rows += full.length;
    }),
    { numRuns: 400 },
  );
  expect(rows).toBeGreaterThan(1000);
});
