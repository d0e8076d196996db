/**
 * defineRule: a rule declared in one object is what the engine runs. A throwaway rule defined
 * here reports through runRules with its own id and severity, a milder severity when it says
 * so, and marks the verdict incomplete when its finding is one that could not be checked.
 */
import {
  auditRegister,
  buildContext,
  flaggedRows,
  parseRegister,
  runRules,
  type RuleId,
} from '../../../src/core';
import { defineRule, type RuleDef } from '../../../src/core/rules';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../helpers';

/** A throwaway row rule on Assignments: its id, severity and check. */
function throwaway(id: string, severity: 'warning' | 'error', check: RuleDef['check']) {
  return defineRule({
    id,
    severity,
    title: 'Throwaway',
    flags: 'every assignment row',
    why: 'A rule made for this test.',
    table: 'Assignments',
    scope: 'row',
    messages: {},
    check,
  });
}

/** Two holders of one Exchange CAL each, on rows 2 and 3. */
const twoHolders = () =>
  parseRegister(
    register({
      purchases: [...SERVER_LICENCES, purchase('Exchange Server 2019 Standard User CAL', 2)],
      assignments: [
        userCal('Exchange Server 2019 Standard User CAL', 'ann@contoso.com'),
        userCal('Exchange Server 2019 Standard User CAL', 'bob@contoso.com'),
      ],
    }),
  );

const probe = throwaway('TEST-PROBE', 'warning', ({ register }, report) => {
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1) {
    report({
      table: 'Assignments',
      row: t.row[i],
      field: 'licence',
      message: `row ${t.row[i]}`,
      fix: 'none',
      ...(i === 1 ? { severity: 'info' as const, unchecked: 'a probe could not look' } : {}),
    });
  }
});

test('the rule is the object declared, and reports as declared', () => {
  expect(probe.id).toBe('TEST-PROBE');
  const parsed = twoHolders();
  const unchecked: string[] = [];
  const findings = runRules(
    buildContext(parsed, { today: TODAY }),
    undefined,
    [probe as unknown as RuleDef],
    unchecked,
  );
  expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column])).toEqual([
    ['TEST-PROBE', 'warning', 'Assignments', 2, 'A'],
    ['TEST-PROBE', 'info', 'Assignments', 3, 'A'],
  ]);
  expect(unchecked).toEqual(['a probe could not look']);
  // The registered rules alone do not know it.
  expect(
    auditRegister(parsed, { today: TODAY }).findings.some(
      (f) => f.rule === ('TEST-PROBE' as never),
    ),
  ).toBe(false);
});

describe('what a finding says, made on demand', () => {
  // A rule that leaves its text for later: `say` counts its calls.
  let said = 0;
  const later = throwaway('TEST-LATER', 'error', ({ register }, report) => {
    const t = register.assignments;
    for (let i = 0; i < t.length; i += 1) {
      const row = t.row[i];
      report({
        table: 'Assignments',
        row,
        field: 'account',
        key: t.key(i),
        say: () => {
          said += 1;
          return { message: `row ${row} said later`, fix: 'nothing' };
        },
      });
    }
    report({ say: () => ({ message: 'about the register' }) });
  });
  const parsed = twoHolders();
  const rules = [later as unknown as RuleDef];
  const only = ['TEST-LATER' as RuleId];

  test('an audit says it in full, as if it had been said at once', () => {
    said = 0;
    const findings = runRules(buildContext(parsed, { today: TODAY }), only, rules);
    // Sorted by place: the finding about the register as a whole comes first.
    expect(findings.map((f) => [f.sheet, f.row, f.column, f.key, f.message, f.fix])).toEqual([
      [undefined, undefined, undefined, undefined, 'about the register', undefined],
      ['Assignments', 2, 'C', 'ann@contoso.com', 'row 2 said later', 'nothing'],
      ['Assignments', 3, 'C', 'bob@contoso.com', 'row 3 said later', 'nothing'],
    ]);
    expect(said).toBe(2);
  });

  test('flaggedRows names the rule, table and row of each finding and makes no text', () => {
    said = 0;
    const flagged: unknown[] = [];
    flaggedRows(buildContext(parsed, { today: TODAY }), only, rules, (rule, table, row) =>
      flagged.push([rule, table, row]),
    );
    expect(flagged).toEqual([
      ['TEST-LATER', 'Assignments', 2],
      ['TEST-LATER', 'Assignments', 3],
      ['TEST-LATER', undefined, undefined],
    ]);
    expect(said).toBe(0);
  });
});
