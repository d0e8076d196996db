/** Office errors as the pane shows them: what happened and what to do. */
import { WorkbookError } from '../../src/excel/shared';
import { describeOfficeError, OfficeWorkbookError, toWorkbookError } from '../../src/excel/office';
import { FakeOfficeError } from './fake-excel';
import { adapterOn, reportOf, smallRegister } from './helpers';

test.each([
  ['ItemNotFound', /could not find/, /Validate again/],
  ['InvalidOperation', /refused the change/, /Enter or Esc/],
  ['UndoNotSupported', /one undo step and stopped part-way/, /may already be in the workbook/],
  ['RequestPayloadSizeLimitExceeded', /too large for Excel to accept/, /cal-register/],
  ['ResponsePayloadSizeLimitExceeded', /too large for Excel to hand over/, /stray values/],
  ['AccessDenied', /did not allow/, /Enable Editing/],
  ['GeneralException', /internal error/, /reopen the add-in/],
  // Microsoft, "Error handling with the application-specific JavaScript APIs".
  ['OperationCellsExceedLimit', /33,554,000/, /Ctrl\+End/],
  ['RangeExceedsLimit', /five million cells/, /stray values/],
  ['MergedRangeConflict', /Merged cells/, /Unmerge/],
  ['FilteredRangeConflict', /filter hides rows/, /Data > Clear/],
  ['InactiveWorkbook', /Another workbook took the focus/, /keep it in front/],
  ['NonBlankCellOffSheet', /off the end of the sheet/, /Delete the rows or columns/],
])('%s says what happened and what to do', (code, message, hint) => {
  const said = describeOfficeError(
    new FakeOfficeError(code, 'from Excel'),
    'writing the audit sheet',
  );
  expect(said.message).toMatch(message);
  expect(said.message).toMatch(/while writing the audit sheet\.$/);
  expect(said.hint).toMatch(hint);
});

test("an unknown error: one sentence of ours, never the runtime's own text (issue 14)", () => {
  const said = describeOfficeError(
    new TypeError("Cannot read properties of null (reading 'length')"),
    'reading the register',
  );
  expect(said.message).toBe('The add-in could not finish reading the register.');
  expect(`${said.message} ${said.hint}`).not.toMatch(/Cannot read|null|length/);
  const excel = describeOfficeError(new FakeOfficeError('SomeNewCode', 'x y z'), 'reading');
  expect(excel.message).toBe('Excel stopped with the error SomeNewCode while reading.');
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
