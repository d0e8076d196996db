/** A finding's severities and their order: the order every report lists findings in. */
import { audit } from '../../../src/core';
import { SEVERITY_ORDER, type Severity } from '../../../src/core/rules';
import { purchase, register, SERVER_LICENCES, TODAY, userCal } from '../helpers';

test('errors come before warnings, warnings before notes', () => {
  const order = (Object.keys(SEVERITY_ORDER) as Severity[]).sort(
    (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
  );
  expect(order).toEqual(['error', 'warning', 'info']);
});

test('an audit lists its findings in that order, register-wide before placed ones', () => {
  const EX = 'Exchange Server 2019 Standard User CAL';
  const result = audit(
    register({
      purchases: [...SERVER_LICENCES, purchase(EX, 5)],
      assignments: [
        userCal(EX, 'ann@contoso.com', { Status: 'Left' }),
        userCal(EX, 'ann@contoso.com'),
        userCal('Contoso Widget Server User CAL', 'bob@contoso.com'),
      ],
    }),
    { today: TODAY },
  );
  const ranks = result.findings.map((f) => SEVERITY_ORDER[f.severity]);
  expect(ranks.length).toBeGreaterThan(2);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const severity of ['error', 'warning', 'info'] as const) {
    const same = result.findings.filter((f) => f.severity === severity);
    const placed = same.map((f) => (f.row === undefined ? 0 : 1));
    expect(placed).toEqual([...placed].sort((a, b) => a - b));
  }
});
