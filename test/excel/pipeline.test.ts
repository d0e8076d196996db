/**
 * "Audit this workbook", as the command line and the task pane both run it: one typed
 * outcome for no register, nothing to audit and an audit, and the audit sheet written from
 * the same result.
 */
import { auditWorkbook, noRegisterMessage, writeAuditReport } from '../../src/excel/shared';
import { FakeWorkbook } from '../taskpane/fake-workbook';
import { purchase, register, SERVER_LICENCES, sheet, TODAY, userCal } from '../core/helpers';

const EX = 'Exchange Server 2019 Standard User CAL';

test('a workbook without Assignments or Purchases has no register', async () => {
  const workbook = new FakeWorkbook([sheet('Notes', ['Topic', 'Text'], [{ Topic: 'x' }])]);
  const outcome = await auditWorkbook(workbook, { today: TODAY });
  expect(outcome.kind).toBe('no-register');
  expect(noRegisterMessage(outcome.source.name)).toBe(
    'no register found in "register.xlsx": no Assignments or Purchases table or sheet',
  );
});

test('register tables without a purchase line or an assignment are nothing to audit', async () => {
  const workbook = new FakeWorkbook(register({ purchases: [], assignments: [] }));
  const outcome = await auditWorkbook(workbook, { today: TODAY });
  expect(outcome.kind).toBe('nothing-to-audit');
});

test('a register is audited with the settings asked for, and its report written', async () => {
  const workbook = new FakeWorkbook(
    register({
      purchases: [...SERVER_LICENCES, purchase(EX, 1)],
      assignments: [userCal(EX, 'dana@contoso.com'), userCal(EX, 'eve@contoso.com')],
    }),
  );
  const progress: number[] = [];
  const outcome = await auditWorkbook(workbook, {
    today: TODAY,
    staleDays: 30,
    read: { onProgress: (p) => progress.push(p.rows) },
  });
  if (outcome.kind !== 'audited') throw new Error(outcome.kind);
  expect(outcome.result.staleDays).toBe(30);
  expect(outcome.result.summary.shortfall).toBe(1);
  expect(progress).toEqual([0, 100]);
  const sheetName = await writeAuditReport(workbook, outcome.result, {
    source: 'register.xlsx',
    generatedAt: '2026-11-27 10:00',
    generator: 'test',
  });
  expect(sheetName).toBe('CAL Audit');
  expect(workbook.reports[0].verdict).toBe('Not compliant: 1 CAL short.');
});
