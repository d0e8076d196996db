/**
 * --json written in pieces: the same text as JSON.stringify(value, null, 2) for any value
 * (what it leaves out of objects, writes as null in arrays, and toJSON included), and an
 * audit's findings are written some thousand at a time, not as one string.
 */
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { jsonPieces, writeJson } from '../../src/cli/json-out';

const stringified = (value: unknown) => [...jsonPieces(value)].join('');

test('the pieces join to JSON.stringify(value, null, 2) for any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(stringified(value)).toBe(JSON.stringify(value, null, 2));
    }),
    { numRuns: 500 },
  );
});

test('and for what JSON leaves out or turns into null, nested, and for toJSON', () => {
  const value = {
    a: undefined,
    b: () => 1,
    c: [undefined, () => 1, Symbol('s'), null, [], {}, { x: undefined }, [[1, [2]]]],
    gone: { toJSON: () => undefined },
    long: Array.from({ length: 4_500 }, (_, i) => (i % 7 === 0 ? undefined : { i, list: [i] })),
    d: { e: { f: [1, { g: 'line\nbreak' }] }, when: new Date(Date.UTC(2026, 10, 27)) },
    h: { toJSON: () => ({ shown: true }) },
    i: Object.assign(Object.create(null) as object, { j: [1, 2] }),
    '': 'empty key "quoted"',
  };
  expect(stringified(value)).toBe(JSON.stringify(value, null, 2));
  expect(stringified([])).toBe('[]');
  expect(stringified({})).toBe('{}');
  expect(stringified('text')).toBe('"text"');
});

test('a report of many findings is written some thousand findings at a time, ending in a line break', () => {
  const findings = Array.from({ length: 30_000 }, (_, i) => ({
    rule: 'REG-DUPLICATE',
    row: i + 2,
    message: `Row ${i + 2} repeats an earlier row of the same account and licence.`,
  }));
  const value = { asOf: '2026-11-27', findings, summary: { errors: findings.length } };
  const writes: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString('utf8'));
      done();
    },
  });
  writeJson(out, value);
  expect(writes.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  expect(writes.length).toBeGreaterThan(2);
  expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(2 * 1024 * 1024);
});
