import fc from 'fast-check';
import { hashText, StringIndex } from '../../../src/core/register/string-index';

/** What a StringIndex must answer: a Map from key to the order of first sight. */
function byMap(keys: readonly string[]): { ids: number[]; map: Map<string, number> } {
  const map = new Map<string, number>();
  const ids = keys.map((key) => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  });
  return { ids, map };
}

describe('StringIndex', () => {
  it('gives each key the id a Map of first sight gives, through every growth', () => {
    // Few characters, so keys repeat; room for 1 to 40 keys expected, up to 600 added, so the
    // table grows several times and many keys share a slot's neighbourhood.
    const key = fc.string({
      unit: fc.constantFrom('a', 'b', 'C', 'é', '\u0001', '1'),
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 600 }),
        fc.integer({ min: 1, max: 40 }),
        (keys, room) => {
          const index = new StringIndex(room);
          const { ids, map } = byMap(keys);
          // add, and addHashed with the hash it must be given, on alternate keys.
          const got = keys.map((k, i) =>
            i % 2 === 0 ? index.add(k) : index.addHashed(k, hashText(k)),
          );
          expect(got).toEqual(ids);
          expect(index.size).toBe(map.size);
          for (const [k, id] of map) expect(index.get(k)).toBe(id);
          expect(index.get('never added: too long for the generator')).toBe(-1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps 200,000 distinct keys apart (a tag shared by many keys)', () => {
    const index = new StringIndex(1000);
    for (let i = 0; i < 200_000; i += 1) expect(index.add(`person.${i}@contoso.com`)).toBe(i);
    expect(index.size).toBe(200_000);
    for (let i = 0; i < 200_000; i += 7919) expect(index.get(`person.${i}@contoso.com`)).toBe(i);
    expect(index.add('person.5@contoso.com')).toBe(5);
  });
});
