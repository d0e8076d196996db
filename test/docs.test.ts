/** The README's generated parts are current: the rule table is the registry's. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { README, rulesTable, withRulesTable } from '../scripts/readme-rules';

test('the README rule table is generated from the registry (npm run docs:rules)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(withRulesTable(readme, rulesTable())).toBe(readme);
});

test('the generator fails loudly on a README without its markers', () => {
  expect(() => withRulesTable('# no table here\n', '| a |')).toThrow(/rules:start/);
});

describe('the docs cite only what is in the repository', () => {
  const ROOT = join(__dirname, '..');
  const docs = ['README.md', join('docs', 'architecture.md')];

  test.each(docs)('%s: every path it names exists', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const paths = [
      ...text.matchAll(/`((?:src|test|scripts|eslint|docs|assets|bench)\/[^`\s<>*]+)`/g),
    ]
      .map((m) => m[1].replace(/[.,:;]$/, ''))
      .filter((path) => !path.includes('<'));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  test('no tracked file cites a design document outside the repository', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx|js|cjs|mjs|md|json|yml)$/.test(f) && !f.startsWith('test/golden/'));
    const citing = files.filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return /DESIGN\.md|\.\.\/shared\//.test(text);
    });
    expect(citing).toEqual([]);
  });
});
