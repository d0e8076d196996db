/** Office errors as the pane shows them: what happened and what to do. */
import { WorkbookError } from '../../src/excel/errors';
import { describeOfficeError, OfficeWorkbookError, toWorkbookError } from '../../src/excel/office';
import { FakeOfficeError } from './fake-excel';
import { adapterOn, reportOf, smallRegister } from './helpers';

test.each([
  ['ItemNotFound', /could not find/, /Validate again/],
  ['InvalidOperation', /refused the change/, /Enter or Esc/],
  ['UndoNotSupported', /one undo step/, /Retry/],
  ['RequestPayloadSizeLimitExceeded', /too large for Excel to accept/, /cal-register/],
  ['ResponsePayloadSizeLimitExceeded', /too large for Excel to hand over/, /stray values/],
  ['AccessDenied', /did not allow/, /Enable Editing/],
  ['GeneralException', /internal error/, /reopen the add-in/],
])('%s says what happened and what to do', (code, message, hint) => {
  const said = describeOfficeError(
    new FakeOfficeError(code, 'from Excel'),
    'writing the audit sheet',
  );
  expect(said.message).toMatch(message);
  expect(said.message).toMatch(/while writing the audit sheet\.$/);
  expect(said.hint).toMatch(hint);
});

test('an unknown error keeps its own message', () => {
  const said = describeOfficeError(new TypeError('x is not a function'), 'reading the register');
  expect(said.message).toBe('Something went wrong while reading the register: x is not a function');
});

test('WorkbookErrors and AbortErrors pass through as they are', () => {
  const refused = new WorkbookError('No.', 'Because.');
  expect(toWorkbookError(refused, 'x')).toBe(refused);
  const abort = new DOMException('Stopped', 'AbortError');
  expect(toWorkbookError(abort, 'x')).toBe(abort);
});

test('the adapter rejects with an OfficeWorkbookError that carries the code', async () => {
  const { book, workbook } = adapterOn(smallRegister());
  book.failNextSyncs('AccessDenied');
  const writing = workbook.writeAuditSheet(reportOf(smallRegister()));
  await expect(writing).rejects.toBeInstanceOf(OfficeWorkbookError);
  await expect(writing).rejects.toMatchObject({
    code: 'AccessDenied',
    message:
      'Excel did not allow the add-in to change this workbook while writing the audit sheet.',
    hint: expect.stringContaining('Enable Editing'),
  });
});
