/**
 * Who holds a CAL: accounts, devices and the status of an assignee.
 */
import type { Status } from './records';
import { statusOfWord } from './status-words';
import { HASH_START, hashEnd, hashStep } from './string-index';

const EMAIL = /^[^\s@\\]+@[^\s@\\]+\.[^\s@\\]+$/;
const DOMAIN_SAM = /^[^\s@\\]+\\[^\s@\\]+$/;
const SAM = /^[^\s@\\"/[\]:;|=,+*?<>]+$/;

/** scanName's answer holds a 28-bit hash (HASH_BITS) and these flags above it. */
export const HASH_BITS = 0x0fffffff;
/** The name is a valid account (see isValidAccount). */
export const NAME_VALID = 1 << 28;
/** The name has capitals: the holder key is its lower-case copy. */
export const NAME_UPPER = 1 << 29;
/** The name has an @: an e-mail address or UPN, never a device's name (looksLikeDevice). */
export const NAME_AT = 1 << 30;

/** What scanName notes of an ASCII character, by char code (0 for most). */
const OUTSIDE = 1; // a space, a control character or DEL: the long way
const AT = 2;
const BACKSLASH = 4;
const CAPITAL = 8;
const NOT_IN_SAM = 16; // a character a bare logon name cannot have (beyond the above)
const DOT = 32;
const CHAR_CLASS = new Uint8Array(128);
for (let c = 0; c <= 32; c += 1) CHAR_CLASS[c] = OUTSIDE;
CHAR_CLASS[127] = OUTSIDE;
CHAR_CLASS[64] = AT;
CHAR_CLASS[92] = BACKSLASH;
CHAR_CLASS[46] = DOT;
for (let c = 65; c <= 90; c += 1) CHAR_CLASS[c] = CAPITAL;
for (const c of '"/[]:;|=,+*?<>') CHAR_CLASS[c.charCodeAt(0)] = NOT_IN_SAM;

/**
 * One pass over a name of printable ASCII without spaces (the usual account or device name)
 * that answers everything the parser asks of it: it is plain text (kept as written), whether
 * it is a valid account, whether it has capitals or an @, and the hash of its lower-case form, as
 * StringIndex's hashText gives it from `seed`. -1 when the pass cannot decide (empty, a space
 * or another character outside printable ASCII, or a leading #, which may be an error value):
 * such a name is read the long way.
 *
 * Written for speed (every row's account goes through it): each character is classed by one
 * table look-up, and most classes need nothing more than the hash step.
 */
export function scanName(text: string, seed: number): number {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 35 /* # */) return -1;
  let h = seed;
  let seen = 0;
  let at = -1;
  let ats = 0;
  // The last dot and the one before it.
  let dot = -1;
  let dotBefore = -1;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? CHAR_CLASS[c] : OUTSIDE;
    seen |= k;
    // A capital is hashed as its lower case: the same letter with bit 5 set.
    h = hashStep(h, c | ((k & CAPITAL) << 2));
    if ((k & (AT | DOT)) !== 0) {
      if (k === AT) {
        at = i;
        ats += 1;
      } else {
        dotBefore = dot;
        dot = i;
      }
    }
  }
  if ((seen & OUTSIDE) !== 0) return -1;
  // The three forms of isValidAccount: a bare logon name; an e-mail address (something before
  // the single @, and a dot after it with something on each side); DOMAIN\sam.
  let valid: boolean;
  const marks = seen & (AT | BACKSLASH);
  if (marks === 0) valid = (seen & NOT_IN_SAM) === 0;
  else if (marks === AT) {
    const lastDot = dot === n - 1 ? dotBefore : dot;
    valid = ats === 1 && at > 0 && lastDot >= at + 2;
  } else if (marks === BACKSLASH) {
    const slash = text.indexOf('\\');
    valid = slash > 0 && slash < n - 1 && text.indexOf('\\', slash + 1) < 0;
  } else valid = false;
  return (
    (valid ? NAME_VALID : 0) |
    ((seen & CAPITAL) !== 0 ? NAME_UPPER : 0) |
    ((seen & AT) !== 0 ? NAME_AT : 0) |
    hashEnd(h)
  );
}

/** True for a UPN or e-mail address, `DOMAIN\sam`, or a bare logon name. */
export function isValidAccount(text: string): boolean {
  const scan = scanName(text, HASH_START);
  return scan >= 0 ? (scan & NAME_VALID) !== 0 : matchesAccount(text);
}

function matchesAccount(text: string): boolean {
  return EMAIL.test(text) || DOMAIN_SAM.test(text) || SAM.test(text);
}

// A machine-name prefix followed by a separator or a digit, and a number somewhere after:
// "LT-0193", "PC0042", "KIOSK01", "DESKTOP-7H2K9QD"; not "pcollins1" or "winston2".
const DEVICE_PREFIXES = (
  'desktop laptop win pc lt nb ws wks kiosk tc thin srv svr vm vdi host dev term pos mac tab hp ' +
  'dell lenovo'
).split(' ');
const DEVICE_NAME = new RegExp(
  `^(${DEVICE_PREFIXES.join('|')})(?:[-_][a-z0-9-]*\\d|\\d)[a-z0-9-]*$`,
  'i',
);

/**
 * The first two letters of the prefixes, either case, by their 7-bit codes: a name that starts
 * otherwise (most people's) is no device name, told without the pattern. Other characters may
 * land on a marked pair too; they are then tried against the pattern, as before.
 */
const PREFIX_HEAD = new Uint8Array(128 * 128);
for (const prefix of DEVICE_PREFIXES)
  PREFIX_HEAD[prefix.charCodeAt(0) * 128 + prefix.charCodeAt(1)] = 1;

function startsLikeDevice(text: string, at: number): boolean {
  // | 32 makes a capital lower case; & 127 keeps the look-up in the table.
  const first = (text.charCodeAt(at) | 32) & 127;
  const second = (text.charCodeAt(at + 1) | 32) & 127;
  return PREFIX_HEAD[first * 128 + second] === 1;
}

/**
 * True when a name is a device or a computer account rather than a person: a computer
 * account ends in `$` (`PC-0042$`, `CONTOSO\PC-0042$`), and devices carry the usual
 * machine-name prefixes with a number (`DESKTOP-7H2K9QD`, `LT-0193`, `KIOSK01`).
 */
export function looksLikeDevice(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  // Asked of every account and name: most are told by their first two letters.
  const slash = text.indexOf('\\');
  if (
    text.charCodeAt(n - 1) !== 36 /* $ */ &&
    (n - slash < 4 || !startsLikeDevice(text, slash + 1))
  )
    return false;
  if (text.includes(' ') || text.includes('@')) return false;
  if (text.endsWith('$')) return true;
  return DEVICE_NAME.test(slash >= 0 ? text.slice(slash + 1) : text);
}

/**
 * The status of an assignee, in English or another language of the register (status-words.ts);
 * undefined for a status this register format does not know.
 */
export function parseStatus(text: string): Status | undefined {
  return statusOfWord(text);
}
