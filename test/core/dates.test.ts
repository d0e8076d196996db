import fc from 'fast-check';
import {
  dayToIso,
  dayToSerial,
  isoToDay,
  FIRST_REGULAR_SERIAL,
  jsDateToDay,
  MAX_SERIAL,
  regularSerialToDay,
  serialToDay,
  textToDay,
} from '../../src/core/register/dates';

/** The day number of a calendar date, computed independently of the code under test. */
const utcDay = (year: number, month: number, date: number): number =>
  Date.UTC(year, month - 1, date) / 86_400_000;

describe('serialToDay (1900 date system)', () => {
  test.each([
    [1, utcDay(1900, 1, 1)],
    [59, utcDay(1900, 2, 28)],
    [61, utcDay(1900, 3, 1)],
    [25569, utcDay(1970, 1, 1)],
    [45717, utcDay(2025, 3, 1)],
    [46353, utcDay(2026, 11, 27)],
    [2958465, utcDay(9999, 12, 31)],
  ])('serial %d is %s', (serial, expected) => {
    expect(serialToDay(serial)).toBe(expected);
  });

  test('serials 59 and 61 are consecutive days: 60 is the phantom 29 February 1900', () => {
    expect((serialToDay(61) as number) - (serialToDay(59) as number)).toBe(1);
    expect(serialToDay(60)).toBe('phantom');
  });

  test('a time of day is dropped, even a minute before midnight', () => {
    expect(serialToDay(45717.25)).toBe(utcDay(2025, 3, 1));
    expect(serialToDay(45717.999)).toBe(utcDay(2025, 3, 1));
  });

  test.each([0, -1, 2958466])('serial %d is outside the dates Excel holds', (serial) => {
    expect(serialToDay(serial)).toBe('out-of-range');
  });

  test.each([NaN, Infinity])('%s is not a date', (serial) => {
    expect(serialToDay(serial)).toBe('not-a-date');
  });
});

describe('serialToDay (1904 date system)', () => {
  test('serial 0 is 1904-01-01', () => {
    expect(serialToDay(0, true)).toBe(utcDay(1904, 1, 1));
  });

  test('2025-03-01 is 1462 days earlier in serials than in the 1900 system', () => {
    expect(serialToDay(45717 - 1462, true)).toBe(utcDay(2025, 3, 1));
  });

  test('serial 60 is a real date in 1904 (1904-03-01): 1904 was a leap year', () => {
    expect(serialToDay(60, true)).toBe(utcDay(1904, 3, 1));
  });

  test('negative serials are out of range', () => {
    expect(serialToDay(-1, true)).toBe('out-of-range');
  });

  test('9999-12-31 is the last date', () => {
    expect(serialToDay(2958465 - 1462, true)).toBe(utcDay(9999, 12, 31));
    expect(serialToDay(2958465 - 1461, true)).toBe('out-of-range');
  });
});

describe('dayToSerial', () => {
  test('is the inverse of serialToDay on both sides of the phantom day', () => {
    for (const serial of [1, 59, 61, 45717, 2958465]) {
      expect(dayToSerial(serialToDay(serial) as number)).toBe(serial);
    }
  });
});

describe('jsDateToDay (date cells as ExcelJS gives them: UTC midnight)', () => {
  test('UTC midnight is that day, whatever the local time zone', () => {
    // The tests run in Pacific/Kiritimati (UTC+14): a local-time reading would slip a day.
    expect(jsDateToDay(new Date(Date.UTC(2025, 2, 1)))).toBe(utcDay(2025, 3, 1));
  });

  test('a time late in the UTC day stays on that day', () => {
    expect(jsDateToDay(new Date(Date.UTC(2025, 2, 1, 23, 59)))).toBe(utcDay(2025, 3, 1));
  });

  test('an invalid Date is not a date', () => {
    expect(jsDateToDay(new Date('nonsense'))).toBe('not-a-date');
  });
});

describe('textToDay', () => {
  const march1 = utcDay(2025, 3, 1);

  test.each([
    '2025-03-01',
    '2025-3-1',
    '2025/03/01',
    '2025.03.01',
    '2025-03-01T14:30:00',
    '2025-03-01 14:30',
    '2025-03-01T23:30:00Z',
    '1 March 2025',
    '1 Mar 2025',
    '01-Mar-2025',
    'Mar 1, 2025',
    'March 1 2025',
    'MARCH 1, 2025',
    '  2025-03-01  ',
  ])('reads %j as 2025-03-01', (text) => {
    expect(textToDay(text)).toBe(march1);
  });

  test.each(['Sep 30, 2025', 'Sept 30, 2025', '30 September 2025'])('reads %j', (text) => {
    expect(textToDay(text)).toBe(utcDay(2025, 9, 30));
  });

  test.each(['01/03/2025', '03/01/2025', '01-03-2025'])(
    'refuses %j as ambiguous: day and month as numbers, with no order given',
    (text) => {
      expect(textToDay(text)).toBe('ambiguous');
    },
  );

  test('reads day and month as numbers in the order given; between dots, day first', () => {
    expect(textToDay('01/03/2025', 'day-first')).toBe(march1);
    expect(textToDay('03/01/2025', 'month-first')).toBe(march1);
    expect(textToDay('1.3.2025')).toBe(march1);
  });

  test.each([
    ['2025-02-30', 'no 30 February'],
    ['2025-02-29', '2025 is not a leap year'],
    ['1900-02-29', '1900 was not a leap year'],
    ['2025-13-01', 'no month 13'],
    ['2025-00-10', 'no month 0'],
    ['1899-12-31', 'before 1900'],
    ['1 Marchx 2025', 'not a month'],
    ['tomorrow', 'not a date'],
    ['', 'empty'],
  ])('refuses %j (%s)', (text) => {
    expect(textToDay(text)).toBe('not-a-date');
  });

  test('accepts 29 February in a leap year', () => {
    expect(textToDay('2024-02-29')).toBe(utcDay(2024, 2, 29));
  });
});

describe('isoToDay and dayToIso', () => {
  test('round-trip', () => {
    expect(isoToDay('2026-11-27')).toBe(utcDay(2026, 11, 27));
    expect(dayToIso(utcDay(2026, 11, 27))).toBe('2026-11-27');
    expect(dayToIso(utcDay(1900, 3, 1))).toBe('1900-03-01');
  });

  test.each(['2026/11/27', '27 November 2026', '2026-11-27T00:00', '2026-2-3', '2026-02-30'])(
    'isoToDay accepts only strict ISO dates: refuses %j',
    (text) => {
      expect(isoToDay(text)).toBeUndefined();
    },
  );
});

describe('regularSerialToDay (the fast path of every date cell)', () => {
  it('answers as serialToDay from 1900-03-01 to 9999-12-31, times of day included', () => {
    fc.assert(
      fc.property(
        fc.double({ min: FIRST_REGULAR_SERIAL, max: MAX_SERIAL, noNaN: true }),
        (serial) => {
          expect(regularSerialToDay(serial)).toBe(serialToDay(serial));
        },
      ),
      { numRuns: 3000 },
    );
    expect(regularSerialToDay(FIRST_REGULAR_SERIAL)).toBe(serialToDay(61));
    expect(serialToDay(FIRST_REGULAR_SERIAL - 1)).toBe('phantom');
  });
});
