/** A1 addresses as Office.js gives them, whole rows and columns included. */
import { parseAddress, SHEET_COLUMNS, SHEET_ROWS } from '../../src/excel/shared';

test('cells and blocks, with and without a (quoted) sheet', () => {
  expect(parseAddress('Sheet1!B2:D10')).toEqual({
    sheet: 'Sheet1',
    top: 2,
    left: 2,
    bottom: 10,
    right: 4,
  });
  expect(parseAddress("'CAL Audit'!E7")).toEqual({
    sheet: 'CAL Audit',
    top: 7,
    left: 5,
    bottom: 7,
    right: 5,
  });
  expect(parseAddress("'O''Brien'!$A$1")).toMatchObject({ sheet: "O'Brien", top: 1, left: 1 });
});

test('whole columns and rows: what Excel gives for a used range that reaches row 1,048,576 or XFD', () => {
  expect(parseAddress('Assignments!A:J')).toEqual({
    sheet: 'Assignments',
    top: 1,
    left: 1,
    bottom: SHEET_ROWS,
    right: 10,
  });
  expect(parseAddress("'My sheet'!3:7")).toEqual({
    sheet: 'My sheet',
    top: 3,
    left: 1,
    bottom: 7,
    right: SHEET_COLUMNS,
  });
  expect(parseAddress('$B:$B')).toEqual({ top: 1, left: 2, bottom: SHEET_ROWS, right: 2 });
  expect(parseAddress('1:1048576')).toEqual({
    top: 1,
    left: 1,
    bottom: SHEET_ROWS,
    right: SHEET_COLUMNS,
  });
});

test('anything else is not an address', () => {
  expect(() => parseAddress('Sheet1!A1:')).toThrow(/Not a cell address/);
  expect(() => parseAddress('Table1[#All]')).toThrow(/Not a cell address/);
});
