import {
  cultureOrder,
  dateReader,
  readExportDate,
  type DateCulture,
} from '../../../src/core/evidence';
import { utcDay } from './helpers';

const NOV_27 = utcDay(2026, 11, 27);

describe('readExportDate', () => {
  test.each([
    ['2026-11-27'],
    ['2026-11-27T09:14:03'],
    ['2026-11-27T09:14:03Z'],
    ['2026-11-27T23:59:59.1234567+01:00'],
    ['2026-11-27 09:14:03'],
  ])('ISO %s in any culture', (text) => {
    expect(readExportDate(text, 'month-first')).toBe(NOV_27);
    expect(readExportDate(text, 'day-first')).toBe(NOV_27);
  });

  test.each<[DateCulture, string]>([
    ['en-US', '11/27/2026 9:14:03 AM'],
    ['en-US', '11/27/2026 9:14:03 PM'],
    ['en-US', '11/27/2026 12:00:00 AM'],
    ['en-US', '11/27/2026 09:14:03'],
    ['en-US', '11/27/2026'],
    ['en-GB', '27/11/2026 09:14:03'],
    ['fr-FR', '27/11/2026 09:14:03'],
    ['de-DE', '27.11.2026 09:14:03'],
    ['de-DE', '27.11.2026'],
    ['nl-NL', '27-11-2026 09:14:03'],
    ['nl-NL', '27-11-2026 9:14:03'],
  ])('%s: %s (time of day dropped)', (culture, text) => {
    expect(readExportDate(text, cultureOrder(culture))).toBe(NOV_27);
  });

  test('the culture decides an ambiguous slash date', () => {
    expect(readExportDate('03/04/2026 10:00:00', cultureOrder('en-US'))).toBe(utcDay(2026, 3, 4));
    expect(readExportDate('03/04/2026 10:00:00', cultureOrder('en-GB'))).toBe(utcDay(2026, 4, 3));
  });

  test('dots and dashes with the year last are day first whatever the culture', () => {
    expect(readExportDate('03.04.2026', 'month-first')).toBe(utcDay(2026, 4, 3));
    expect(readExportDate('3-4-2026', 'month-first')).toBe(utcDay(2026, 4, 3));
  });

  test.each([
    [''],
    ['   '],
    ['Never'],
    ['never'],
    ['n/a'],
    ['27/11/2026 09:14:03'], // month 27 in en-US
    ['31.02.2026'],
    ['11/27/26'],
    ['yesterday'],
    ['11/27/2026 nine o clock'],
    ['2026-13-01'],
  ])('%p is no date, without throwing', (text) => {
    expect(readExportDate(text, 'month-first')).toBeUndefined();
  });

  test('dates with an English month name are read too', () => {
    expect(readExportDate('27 Nov 2026', 'month-first')).toBe(NOV_27);
  });
});

describe('dateReader', () => {
  test('a day above 12 in the file decides the order against the culture, and says so', () => {
    const reader = dateReader(['25/11/2026 09:14:03', '03/11/2026 16:45:10'], 'en-US');
    expect(reader.read('03/11/2026 16:45:10')).toBe(utcDay(2026, 11, 3));
    expect(reader.notes()).toEqual([
      expect.stringContaining('25/11/2026 09:14:03 can only be day/month/year'),
    ]);
  });

  test('a file that agrees with its culture needs no note', () => {
    const reader = dateReader(['11/26/2026 8:02:11 AM', '11/3/2026 9:15:00 AM'], 'en-US');
    expect(reader.read('11/3/2026 9:15:00 AM')).toBe(utcDay(2026, 11, 3));
    expect(reader.notes()).toEqual([]);
  });

  test('only ambiguous dates: the culture is assumed, and the note says how to change it', () => {
    const reader = dateReader(['03/04/2026', '05/06/2026'], 'en-GB');
    expect(reader.read('03/04/2026')).toBe(utcDay(2026, 4, 3));
    expect(reader.notes()).toEqual([expect.stringMatching(/read as en-GB .*choose its culture/)]);
  });

  test('unreadable dates are counted in a note', () => {
    const reader = dateReader([], 'de-DE');
    expect(reader.read('gestern')).toBeUndefined();
    expect(reader.read('Never')).toBeUndefined();
    expect(reader.read('')).toBeUndefined();
    expect(reader.notes()).toEqual([
      '1 date could not be read (e.g. "gestern") and was left empty.',
    ]);
  });
});
