/**
 * Who holds a CAL: accounts, devices and the status of an assignee.
 */
import type { Status } from './records';
import { statusOfWord } from './status-words';
import { HASH_START, hashEnd, hashStep } from './string-index';

const EMAIL = /^[^\s@\\]+@[^\s@\\]+\.[^\s@\\]+$/;
const DOMAIN_SAM = /^[^\s@\\]+\\[^\s@\\]+$/;
const SAM = /^[^\s@\\"/[\]:;|=,+*?<>]+$/;

/** Characters a bare logon name cannot have (beyond spaces, `@` and `\`), by char code. */
const NOT_IN_SAM = new Uint8Array(128);
for (const c of '"/[]:;|=,+*?<>') NOT_IN_SAM[c.charCodeAt(0)] = 1;

/** scanName's answer holds a 28-bit hash (HASH_BITS) and these two flags above it. */
export const HASH_BITS = 0x0fffffff;
/** The name is a valid account (see isValidAccount). */
export const NAME_VALID = 1 << 28;
/** The name has capitals: the holder key is its lower-case copy. */
export const NAME_UPPER = 1 << 29;

/**
 * One pass over a name of printable ASCII without spaces (the usual account or device name)
 * that answers everything the parser asks of it: it is plain text (kept as written), whether
 * it is a valid account, whether it has capitals, and the hash of its lower-case form, as
 * StringIndex's hashText gives it from `seed`. -1 when the pass cannot decide (empty, a space
 * or another character outside printable ASCII, or a leading #, which may be an error value):
 * such a name is read the long way.
 */
export function scanName(text: string, seed: number): number {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 35 /* # */) return -1;
  let h = seed;
  let at = -1;
  let ats = 0;
  let slash = -1;
  let slashes = 0;
  let notSam = false;
  let upper = 0;
  for (let i = 0; i < n; i += 1) {
    let c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return -1;
    if (c === 64 /* @ */) {
      ats += 1;
      at = i;
    } else if (c === 92 /* \ */) {
      slashes += 1;
      slash = i;
    } else if (c >= 65 && c <= 90) {
      upper = NAME_UPPER;
      c += 32;
    } else if (NOT_IN_SAM[c] === 1) notSam = true;
    h = hashStep(h, c);
  }
  // The three forms of isValidAccount: a bare logon name; an e-mail address (something before
  // the @, and a dot after it with something on each side); DOMAIN\sam.
  const valid =
    ats === 0 && slashes === 0
      ? !notSam
      : slashes === 0 && ats === 1
        ? at > 0 && text.lastIndexOf('.', n - 2) >= at + 2
        : ats === 0 && slashes === 1 && slash > 0 && slash < n - 1;
  return (valid ? NAME_VALID : 0) | upper | hashEnd(h);
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
const DEVICE_NAME =
  /^(desktop|laptop|win|pc|lt|nb|ws|wks|kiosk|tc|thin|srv|svr|vm|vdi|host|dev|term|pos|mac|tab|hp|dell|lenovo)(?:[-_][a-z0-9-]*\d|\d)[a-z0-9-]*$/i;

/**
 * True when a name is a device or a computer account rather than a person: a computer
 * account ends in `$` (`PC-0042$`, `CONTOSO\PC-0042$`), and devices carry the usual
 * machine-name prefixes with a number (`DESKTOP-7H2K9QD`, `LT-0193`, `KIOSK01`).
 */
export function looksLikeDevice(text: string): boolean {
  if (text === '' || text.includes(' ') || text.includes('@')) return false;
  if (text.endsWith('$')) return true;
  const name = text.includes('\\') ? text.slice(text.indexOf('\\') + 1) : text;
  return DEVICE_NAME.test(name);
}

/**
 * The status of an assignee, in English or another language of the register (status-words.ts);
 * undefined for a status this register format does not know.
 */
export function parseStatus(text: string): Status | undefined {
  return statusOfWord(text);
}
