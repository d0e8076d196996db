import fc from 'fast-check';
import {
  HASH_BITS,
  isValidAccount,
  looksLikeDevice,
  NAME_AT,
  NAME_UPPER,
  NAME_VALID,
  scanName,
} from '../../../src/core/register/assignee';
import { HASH_START, hashText } from '../../../src/core/register/string-index';

// The three account forms as patterns: the one-pass reader must answer exactly as they do.
const EMAIL = /^[^\s@\\]+@[^\s@\\]+\.[^\s@\\]+$/;
const DOMAIN_SAM = /^[^\s@\\]+\\[^\s@\\]+$/;
const SAM = /^[^\s@\\"/[\]:;|=,+*?<>]+$/;
const byPattern = (text: string): boolean =>
  EMAIL.test(text) || DOMAIN_SAM.test(text) || SAM.test(text);

describe('isValidAccount', () => {
  it.each([
    ['alice@contoso.com', true],
    ['a@b.c', true],
    ['CONTOSO\\alice', true],
    ['alice', true],
    ['alice.smith', true],
    ['alice@contoso', false],
    ['alice@.com', false],
    ['alice@contoso.', false],
    ['@contoso.com', false],
    ['a@b@c.com', false],
    ['CONTOSO\\', false],
    ['\\alice', false],
    ['a\\b\\c', false],
    ['alice smith', false],
    ['alice\u00a0smith', false],
    ['ali:ce', false],
    ['"alice"@contoso.com', true],
    ['', false],
    ['josé', true],
    ['josé@exemple.fr', true],
  ])('%j -> %s', (text, expected) => {
    expect(isValidAccount(text)).toBe(expected);
    expect(byPattern(text)).toBe(expected);
  });

  it('answers as the patterns do for any text', () => {
    const chars = fc.constantFrom(...'ab.@\\ "/[]:;|=,+*?<>-_$1\t\u00a0\u2003\u0001é'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (list) => {
        const text = list.join('');
        expect(isValidAccount(text)).toBe(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('scanName', () => {
  it('answers for any text what the patterns, a lower-case copy and hashText answer', () => {
    const chars = fc.constantFrom(
      ...'abZ.@\\ "/[]:;|=,+*?<>-_$1#\t\u007f\u00a0\u2003\u0001éÉAM'.split(''),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 14 }), fc.integer(), (list, seed) => {
        const text = list.join('');
        const scan = scanName(text, seed);
        // Decided in one pass only for printable ASCII without spaces, not starting with #.
        const decides = /^[!-~]+$/.test(text) && !text.startsWith('#');
        expect(scan >= 0).toBe(decides);
        if (!decides) return;
        expect((scan & NAME_VALID) !== 0).toBe(byPattern(text));
        expect((scan & NAME_UPPER) !== 0).toBe(/[A-Z]/.test(text));
        expect((scan & NAME_AT) !== 0).toBe(text.includes('@'));
        expect(scan & HASH_BITS).toBe(hashText(text.toLowerCase(), seed | 0));
      }),
      { numRuns: 5000 },
    );
    expect(scanName('Ann@Contoso.com', HASH_START) & HASH_BITS).toBe(hashText('ann@contoso.com'));
  });
});

describe('looksLikeDevice', () => {
  // The definition: no space or @; a computer account ($ at the end), or a machine-name prefix
  // and a number, after any DOMAIN\\.
  const PATTERN =
    /^(desktop|laptop|win|pc|lt|nb|ws|wks|kiosk|tc|thin|srv|svr|vm|vdi|host|dev|term|pos|mac|tab|hp|dell|lenovo)(?:[-_][a-z0-9-]*\d|\d)[a-z0-9-]*$/i;
  const byDefinition = (text: string): boolean => {
    if (text === '' || text.includes(' ') || text.includes('@')) return false;
    if (text.endsWith('$')) return true;
    return PATTERN.test(text.includes('\\') ? text.slice(text.indexOf('\\') + 1) : text);
  };

  it.each([
    ['DESKTOP-7H2K9QD', true],
    ['LT-0193', true],
    ['pc0042', true],
    ['KIOSK01', true],
    ['CONTOSO\\WKS-12', true],
    ['PC-0042$', true],
    ['pcollins1', false],
    ['winston2', false],
    ['person.0@contoso.com', false],
    ['Person 12', false],
    ['pc', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeDevice(text)).toBe(expected);
    expect(byDefinition(text)).toBe(expected);
  });

  it('answers as the definition does for any text', () => {
    const parts = fc.constantFrom(
      ...['pc', 'PC', 'lt', 'Lt', 'desk', 'top', 'win', 'wks', 'kiosk', 'le', 'novo', 'p', 'e'],
      ...['-', '_', '$', '\\', ' ', '@', '0', '7', 'x', 'é', '\u212a', '\u017f', '\u0130'],
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 7 }), (list) => {
        const text = list.join('');
        expect(looksLikeDevice(text)).toBe(byDefinition(text));
      }),
      { numRuns: 5000 },
    );
  });
});
