/**
 * Adding a rule is its module, its test and one line in the registry: everything else is
 * derived. This test adds a throwaway row rule to the registry (src/core/rules/registry.ts)
 * and finds it in the JSON of `cal-register audit`, in CAL.FLAGS, in the README's rule
 * table, in the audit sheet's checks and in Go to, without touching any other file.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildReport, type Finding, type RuleId } from '../src/core';
import type { Report } from '../src/core/rules';
import type * as Define from '../src/core/rules/define';
import type * as Registry from '../src/core/rules/registry';
import { main, type Io } from '../src/cli/main';
import { goToTarget } from '../src/taskpane/go-to';
import { rulesTable } from '../scripts/readme-rules';
import './functions/custom-functions-global';
import * as CAL from '../src/functions/functions';
import { tempDir } from './cli/run-cli';
import { purchase, register, run, SERVER_LICENCES, userCal } from './core/helpers';

jest.mock('../src/core/rules/registry', () => {
  const actual = jest.requireActual<typeof Registry>('../src/core/rules/registry');
  const { defineRule } = jest.requireActual<typeof Define>('../src/core/rules/define');
  const throwaway = defineRule({
    id: 'TEST-THROWAWAY',
    severity: 'warning',
    title: 'Throwaway rule',
    flags: 'an assignment whose account starts with "throwaway"',
    why: 'It shows that a rule is one module and one registry line.',
    table: 'Assignments',
    scope: 'row',
    messages: {
      found: (who: string) => ({ message: `${who} is a throwaway.`, fix: 'Ignore it.' }),
    },
    check({ register }, report: Report) {
      const t = register.assignments;
      for (let i = 0; i < t.length; i += 1) {
        if (!t.account(i).startsWith('throwaway')) continue;
        report({
          table: 'Assignments',
          row: t.row[i],
          field: 'account',
          key: t.account(i),
          message: `${t.account(i)} is a throwaway.`,
          fix: 'Ignore it.',
        });
      }
    },
  });
  return { ...actual, RULES: [...actual.RULES, throwaway] };
});

const ID = 'TEST-THROWAWAY' as RuleId;
const EX = 'Exchange Server 2019 Standard User CAL';

function capture(): { io: Io; out: () => string } {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true), isTTY: false };
  const io: Io = {
    stdout: stream as unknown as NodeJS.WriteStream,
    stderr: { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream,
    env: {},
    now: () => new Date('2026-11-27T12:00:00Z'),
  };
  return { io, out: () => text };
}

test('cal-register audit --json reports it', async () => {
  const file = join(tempDir(), 'register.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Purchases').addRows([
    ['Licence', 'Quantity', 'Purchase date', 'Invoice number'],
    ['Exchange Server 2019 Standard', 1, new Date(Date.UTC(2025, 2, 1)), 'INV-1'],
    [EX, 5, new Date(Date.UTC(2025, 2, 1)), 'INV-1'],
  ]);
  workbook.addWorksheet('Assignments').addRows([
    ['Licence', 'Assigned to', 'Account', 'Assigned on'],
    [EX, 'Dana Scott', 'dana@contoso.com', new Date(Date.UTC(2025, 3, 1))],
    [EX, 'Throw Away', 'throwaway@contoso.com', new Date(Date.UTC(2025, 3, 1))],
  ]);
  // Compliant but for the throwaway rule's warning: the Windows Server CALs are elsewhere.
  workbook.addWorksheet('Settings').addRows([
    ['Setting', 'Value'],
    ['Windows Server CALs kept elsewhere', 'Yes'],
  ]);
  await workbook.xlsx.writeFile(file);
  const { io, out } = capture();
  expect(await main(['audit', file, '--json', '--as-of', '2026-11-27'], io)).toBe(0);
  const json = JSON.parse(out()) as { findings: Finding[] };
  expect(json.findings.filter((f) => f.rule === ID)).toEqual([
    {
      rule: ID,
      severity: 'warning',
      sheet: 'Assignments',
      row: 3,
      column: 'C',
      key: 'throwaway@contoso.com',
      message: 'throwaway@contoso.com is a throwaway.',
      fix: 'Ignore it.',
    },
  ]);
});

test('the engine runs it, the report lists it among the checks, Go to finds its table', () => {
  const result = run(
    register({
      purchases: [...SERVER_LICENCES, purchase(EX, 5)],
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'throwaway@contoso.com')],
    }),
  );
  const found = result.findings.filter((f) => f.rule === ID);
  expect(found).toEqual([
    expect.objectContaining({ severity: 'warning', sheet: 'Assignments', row: 3, column: 'C' }),
  ]);
  const report = buildReport(result, { source: 'x.xlsx', generatedAt: 'now', generator: 'test' });
  const checks = report.sections.find((s) => s.id === 'checks');
  expect(JSON.stringify(checks)).toContain('Throwaway rule');
  const target = goToTarget(result, found[0]);
  expect(target).toMatchObject({ sheet: 'Assignments', row: 3, key: 'throwaway@contoso.com' });
});

test('CAL.FLAGS reports it on the row, as a row rule', async () => {
  const rows = [
    ['Licence', 'Assigned to', 'Account', 'Assigned on'],
    [EX, 'Dana', 'dana@contoso.com', 46000],
    [EX, 'Throw Away', 'throwaway@contoso.com', 46000],
  ];
  expect(await CAL.flags(rows)).toEqual([['Flags'], [''], [ID]]);
});

test("the README's rule table has a row for it", () => {
  expect(rulesTable()).toMatch(/\| `TEST-THROWAWAY` +\| warning +\| an assignment whose account/);
});
