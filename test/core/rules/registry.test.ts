/**
 * The registry: one line per rule module. Ids are unique and spelt as the output format fixes
 * them, every rule says what it flags and why, and each has the test file adding a rule asks for.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/rules/registry';

test('each rule once, with an id of upper-case words joined by hyphens', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[A-Z]+(-[A-Z]+)+$/);
});

test('every rule has its title, what it flags, why, a severity and a check', () => {
  for (const rule of RULES) {
    expect([rule.id, rule.title.length > 0, rule.flags.length > 0, rule.why.length > 0]).toEqual([
      rule.id,
      true,
      true,
      true,
    ]);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(['row', 'register', 'position']).toContain(rule.scope);
    expect(typeof rule.check).toBe('function');
  }
});

test('every rule module has its test file', () => {
  for (const rule of RULES) {
    const file = join(__dirname, `${rule.id.toLowerCase()}.test.ts`);
    expect([rule.id, existsSync(file)]).toEqual([rule.id, true]);
  }
});
