/**
 * The names of an account as exports write them. Exchange's licence reports give "the FQDN or
 * primary SMTP address of the mailbox": an address (dana.scott@contoso.com), a canonical name
 * (contoso.com/Users/Dana Scott) or DOMAIN\sam; Active Directory gives a distinguished name
 * (CN=Dana Scott,OU=Staff,DC=contoso,DC=com) from which a NetBIOS-like domain is taken.
 */
import type { EvidenceIdentity } from './types';

const ADDRESS = /^[^\s@\\/]+@[^\s@\\/]+\.[^\s@\\/]+$/;
/** A canonical name starts with a DNS domain: contoso.com/... */
const CANONICAL = /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i;
/** A DC= part of a distinguished name. */
const DC_PART = /^\s*DC=(.+)$/i;
const BACKSLASH = 0x5c;

type Names = { -readonly [K in keyof EvidenceIdentity]: string };

/** An identity without its empty names (so two identities compare equal field by field). */
export function identityOf(names: Names): EvidenceIdentity {
  const identity: Names = {};
  // for...in keeps the names' order, as Object.entries would, without an array per account.
  for (const key in names) {
    const text = names[key as keyof Names]?.trim();
    if (text) identity[key as keyof Names] = text;
  }
  return identity;
}

/** True when the identity names the account somehow (a domain alone does not). */
export function hasName(identity: EvidenceIdentity): boolean {
  return Boolean(identity.upn || identity.smtp || identity.sam || identity.displayName);
}

export function isAddress(text: string): boolean {
  return ADDRESS.test(text.trim());
}

/** The segments of a canonical name; `\/` is a slash inside a name. */
function canonicalSegments(text: string): string[] {
  return text
    .split(/(?<!\\)\//)
    .map((segment) => segment.replace(/\\\//g, '/').trim())
    .filter((segment) => segment !== '');
}

/**
 * The identity an Exchange licence report gives an account.
 * @example exchangeIdentity('contoso.com/Users/Dana Scott') // { displayName: 'Dana Scott' }
 * @example exchangeIdentity('CONTOSO\\dana') // { domain: 'CONTOSO', sam: 'dana' }
 */
export function exchangeIdentity(name: string): EvidenceIdentity {
  const text = name.trim();
  if (text === '') return {};
  if (CANONICAL.test(text)) {
    const segments = canonicalSegments(text);
    return identityOf({ displayName: segments[segments.length - 1] });
  }
  const slash = text.indexOf('\\');
  if (slash > 0 && slash < text.length - 1 && !/\s/.test(text.slice(slash + 1))) {
    return identityOf({ domain: text.slice(0, slash), sam: text.slice(slash + 1) });
  }
  // Exchange documents this value as the mailbox's primary SMTP address.
  if (isAddress(text)) return identityOf({ smtp: text });
  if (!/\s/.test(text)) return identityOf({ sam: text });
  return identityOf({ displayName: text });
}

/**
 * The NetBIOS-like domain of a distinguished name: its first DC= part in capitals, which is
 * the NetBIOS name unless the domain was given another one.
 * @example domainOfDn('CN=Dana Scott,OU=Staff,DC=contoso,DC=com') === 'CONTOSO'
 */
export function domainOfDn(dn: string): string | undefined {
  // The parts between commas that no backslash escapes, read without splitting the name.
  for (let start = 0; start <= dn.length;) {
    let comma = dn.indexOf(',', start);
    while (comma > 0 && dn.charCodeAt(comma - 1) === BACKSLASH) comma = dn.indexOf(',', comma + 1);
    const end = comma < 0 ? dn.length : comma;
    const match = DC_PART.exec(dn.slice(start, end));
    if (match) return match[1].trim().toUpperCase();
    start = end + 1;
  }
  return undefined;
}

/**
 * The primary SMTP address among proxy addresses ("SMTP:dana@contoso.com+smtp:d@contoso.onmicrosoft.com"):
 * the one written with capital SMTP.
 */
export function primarySmtp(proxyAddresses: string): string | undefined {
  const match = /(?:^|[\s+;,])SMTP:([^\s+;,]+)/.exec(proxyAddresses);
  return match ? match[1] : undefined;
}
