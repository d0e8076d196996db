/** The workbook's name for the audit sheet, from the URL Office gives: never a throw. */
import { workbookNameOf } from '../../src/taskpane/workbook-name';

test('the file name at the end of a URL, percent-decoded', () => {
  expect(
    workbookNameOf(
      'https://contoso.sharepoint.com/sites/IT/Shared%20Documents/CAL%20register.xlsx',
    ),
  ).toBe('CAL register.xlsx');
  expect(workbookNameOf('C:\\Users\\ana\\Documents\\Register.xlsx')).toBe('Register.xlsx');
});

test('a name with a stray % is used as written, not a URIError', () => {
  expect(workbookNameOf('C:\\Licences\\Licences 100% check.xlsx')).toBe('Licences 100% check.xlsx');
  expect(workbookNameOf('https://contoso-my.sharepoint.com/Licences 100%.xlsx')).toBe(
    'Licences 100%.xlsx',
  );
});

test('no URL (a new, unsaved workbook): "this workbook"', () => {
  expect(workbookNameOf(undefined)).toBe('this workbook');
  expect(workbookNameOf('')).toBe('this workbook');
});
