/** The README's generated parts are current: the rule table is the registry's. */
import { readFileSync } from 'node:fs';
import { README, rulesTable, withRulesTable } from '../scripts/readme-rules';

test('the README rule table is generated from the registry (npm run docs:rules)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(withRulesTable(readme, rulesTable())).toBe(readme);
});

test('the generator fails loudly on a README without its markers', () => {
  expect(() => withRulesTable('# no table here\n', '| a |')).toThrow(/rules:start/);
});
