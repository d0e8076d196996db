/** The sentence helpers every rule's messages use. */
import { article, list, plural } from '../../../src/core/rules/text';

test('list joins with commas and a final "and"', () => {
  expect(list([])).toBe('');
  expect(list(['a'])).toBe('a');
  expect(list(['a', 'b'])).toBe('a and b');
  expect(list(['a', 'b', 'c'])).toBe('a, b and c');
});

test('article: "an" before a vowel and before names said with one (SQL, RDS, SE)', () => {
  expect(article('Exchange Server SE')).toBe('an');
  expect(article('SQL Server 2022')).toBe('an');
  expect(article('RDS CAL')).toBe('an');
  expect(article('SE CAL')).toBe('an');
  expect(article('Windows Server CAL')).toBe('a');
  expect(article('SharePoint Server')).toBe('a');
  expect(article('Skype for Business')).toBe('a');
});

test('plural: one, or the plural given, or an s', () => {
  expect(plural(1, 'CAL')).toBe('1 CAL');
  expect(plural(2, 'CAL')).toBe('2 CALs');
  expect(plural(0, 'holder')).toBe('0 holders');
  expect(plural(3, 'was', 'were')).toBe('3 were');
});
