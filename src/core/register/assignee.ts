/**
 * Who holds a CAL: accounts, devices and the status of an assignee.
 */
import type { Status } from './records';
import { statusOfWord } from './status-words';

const EMAIL = /^[^\s@\\]+@[^\s@\\]+\.[^\s@\\]+$/;
const DOMAIN_SAM = /^[^\s@\\]+\\[^\s@\\]+$/;
const SAM = /^[^\s@\\"/[\]:;|=,+*?<>]+$/;

/** True for a UPN or e-mail address, `DOMAIN\sam`, or a bare logon name. */
export function isValidAccount(text: string): boolean {
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
