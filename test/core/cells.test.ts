import fc from 'fast-check';
import {
  cellText,
  describeValue,
  errorValue,
  isBlank,
  isPlainText,
  isProblem,
  NOT_PLAIN,
  PLAIN_SPACED,
  PLAIN_WORD,
  plainText,
  readCount,
  readDay,
  readText,
  type CellProblem,
} from '../../src/core/register/cells';

const utcDay = (year: number, month: number, date: number): number =>
  Date.UTC(year, month - 1, date) / 86_400_000;

/** The problem code of a read, or the value when it is not a problem. */
function codeOf(value: unknown): unknown {
  return isProblem(value) ? value.code : value;
}

const ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!'];

describe('readDay', () => {
  const march1 = utcDay(2025, 3, 1);

  test.each<[string, unknown]>([
    ['a serial', 45717],
    ['a serial with a time of day', 45717.6],
    ['a serial stored as text', '45717'],
    ['a date cell (UTC midnight)', new Date(Date.UTC(2025, 2, 1))],
    ['ISO text', '2025-03-01'],
    ['slashed year-first text', '2025/03/01'],
    ['day month-name year', '1 March 2025'],
    ['month-name day, year', 'Mar 1, 2025'],
    ['ISO text with non-breaking spaces around it', '\u00a02025-03-01\u00a0'],
  ])('reads %s as 2025-03-01', (_label, value) => {
    expect(readDay(value)).toBe(march1);
  });

  test('serials 59 and 61 are 1900-02-28 and 1900-03-01', () => {
    expect(readDay(59)).toBe(utcDay(1900, 2, 28));
    expect(readDay(61)).toBe(utcDay(1900, 3, 1));
  });

  test('serial 60, the phantom 29 February 1900, is a problem, also as text', () => {
    expect(codeOf(readDay(60))).toBe('phantom-date');
    expect(codeOf(readDay('60'))).toBe('phantom-date');
  });

  test('the 1904 date system shifts serials by 1462 days', () => {
    expect(readDay(45717 - 1462, true)).toBe(march1);
    expect(readDay(45717, true)).toBe(utcDay(2029, 3, 2));
    expect(readDay(60, true)).toBe(utcDay(1904, 3, 1));
  });

  test.each<[unknown, string]>([
    ['01/03/2025', 'ambiguous-date'],
    ['2025-02-30', 'not-a-date'],
    ['soon', 'not-a-date'],
    [true, 'not-a-date'],
    [0, 'date-out-of-range'],
    [-5, 'date-out-of-range'],
    [3_000_000, 'date-out-of-range'],
    [new Date('nonsense'), 'not-a-date'],
  ])('refuses %p (%s)', (value, code) => {
    expect(codeOf(readDay(value))).toBe(code);
  });

  test.each<unknown>([...ERRORS, { error: '#N/A' }])('an Excel error %p is an error value', (v) => {
    expect(codeOf(readDay(v))).toBe('error-value');
  });

  test.each<unknown>([null, undefined, '', '   ', '\u00a0'])('%p is blank: null', (value) => {
    expect(readDay(value)).toBeNull();
  });

  test('a refused date quotes the value as the admin typed it', () => {
    const problem = readDay('01/03/2025') as CellProblem;
    expect(problem.value).toBe('"01/03/2025"');
  });
});

describe('readCount', () => {
  test.each<[unknown, number]>([
    [12, 12],
    [0, 0],
    ['12', 12],
    [' 12 ', 12],
    ['\u00a012\u00a0', 12],
    ['1,000', 1000],
    ['1,234,567', 1234567],
    ['+5', 5],
    ['7.0', 7],
  ])('reads %p as %d', (value, expected) => {
    expect(readCount(value)).toBe(expected);
  });

  test.each<[unknown, string]>([
    [-1, 'negative'],
    ['-3', 'negative'],
    [1.5, 'not-whole'],
    ['2.5', 'not-whole'],
    ['1,00', 'not-a-number'],
    ['12,3456', 'not-a-number'],
    ['ten', 'not-a-number'],
    ['5 users', 'not-a-number'],
    ['1e3', 'not-a-number'],
    [true, 'not-a-number'],
    [false, 'not-a-number'],
    [new Date(Date.UTC(2025, 2, 1)), 'not-a-number'],
    [Infinity, 'not-a-number'],
    [NaN, 'not-a-number'],
    [20_000_000, 'too-large'],
    ['#N/A', 'error-value'],
    ['#DIV/0!', 'error-value'],
    [{ error: '#REF!' }, 'error-value'],
  ])('refuses %p (%s)', (value, code) => {
    expect(codeOf(readCount(value))).toBe(code);
  });

  test.each<unknown>([null, undefined, '', ' \t '])('%p is blank: null', (value) => {
    expect(readCount(value)).toBeNull();
  });
});

describe('readText', () => {
  test.each<[unknown, string]>([
    ['Dana Scott', 'Dana Scott'],
    ['  Dana   Scott  ', 'Dana Scott'],
    ['\u00a0Dana\u00a0Scott\u00a0', 'Dana Scott'],
    ['Dana\tScott\n', 'Dana Scott'],
    ['\ufeffdana@contoso.com\u200b', 'dana@contoso.com'],
    [12, '12'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date(Date.UTC(2025, 2, 1)), '2025-03-01'],
  ])('reads %p as %j', (value, expected) => {
    expect(readText(value)).toBe(expected);
  });

  test.each<unknown>([null, undefined, '', '   ', '\u00a0\u00a0', '\ufeff', '\u200b'])(
    '%p is blank: null, as isBlank says',
    (value) => {
      expect(isBlank(value)).toBe(true);
      expect(readText(value)).toBeNull();
    },
  );

  test.each(ERRORS)('the error %s is a problem naming the error', (error) => {
    const value = readText(error) as CellProblem;
    expect(codeOf(value)).toBe('error-value');
    expect(value.value).toBe(error);
  });

  test('an error object {error} is a problem naming the error', () => {
    const value = readText({ error: '#N/A' }) as CellProblem;
    expect(codeOf(value)).toBe('error-value');
    expect(value.value).toBe('#N/A');
  });

  test('text starting with # that is not an error is text', () => {
    expect(readText('#42 Main Street')).toBe('#42 Main Street');
  });

  test('an object that is neither an error nor a date cannot be read', () => {
    expect(codeOf(readText({ foo: 1 }))).toBe('unreadable');
  });
});

describe('errorValue, isBlank, cellText, describeValue', () => {
  test('errorValue recognises error codes in any case and ignores other text', () => {
    expect(errorValue('#n/a')).toBe('#N/A');
    expect(errorValue('#VALUE!')).toBe('#VALUE!');
    expect(errorValue('N/A')).toBeUndefined();
    expect(errorValue('#hashtag')).toBeUndefined();
    expect(errorValue(42)).toBeUndefined();
    // A file reader's error cell, and the error object Excel passes a custom function.
    expect(errorValue({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(errorValue({ code: '#REF!', message: 'gone' })).toBe('#REF!');
    expect(errorValue({ code: 'REF' })).toBeUndefined();
  });

  test('isBlank: white space, including non-breaking spaces, is blank; 0 and FALSE are not', () => {
    expect(isBlank('\u00a0 \t')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank('x')).toBe(false);
  });

  test('cellText is empty for unreadable cells and trimmed text otherwise', () => {
    expect(cellText('#N/A')).toBe('');
    expect(cellText({ error: '#REF!' })).toBe('');
    expect(cellText('  Licence ')).toBe('Licence');
  });

  test('describeValue quotes text and shows numbers, booleans and errors as Excel does', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(-1)).toBe('-1');
    expect(describeValue(true)).toBe('TRUE');
    expect(describeValue('#N/A')).toBe('#N/A');
    expect(describeValue({ error: '#REF!' })).toBe('#REF!');
    expect(describeValue(null)).toBe('an empty cell');
    expect(describeValue('x'.repeat(100))).toHaveLength(62);
  });
});

describe('plainText', () => {
  it('plain only when readText gives the text back unchanged (ASCII words always), and spaced when it has a space', () => {
    const unit = fc.constantFrom(...'aZ1#@\\$-. \t\n\u00a0\u2003\u3000é'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (text) => {
        const kind = plainText(text);
        const read = readText(text);
        // Plain text is text readText gives back unchanged (the converse need not hold: a
        // leading #, which may be an error value, or an unusual space is read the long way).
        if (kind !== NOT_PLAIN) expect(read).toBe(text);
        if (/^[!-~]+( [!-~]+)*$/.test(text) && !text.startsWith('#'))
          expect(kind).not.toBe(NOT_PLAIN);
        expect(isPlainText(text)).toBe(kind !== NOT_PLAIN);
        if (kind !== NOT_PLAIN) expect(kind).toBe(text.includes(' ') ? PLAIN_SPACED : PLAIN_WORD);
      }),
      { numRuns: 3000 },
    );
    expect(plainText('Alice Smith')).toBe(PLAIN_SPACED);
    expect(plainText('PC-0042')).toBe(PLAIN_WORD);
    expect(plainText('Alice  Smith')).toBe(NOT_PLAIN);
  });
});
