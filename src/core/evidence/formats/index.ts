/**
 * The exports readEvidence knows, in the order their headers are tried: the more specific
 * header first (the Microsoft 365 activity report also has the users export's columns; the
 * licence list shares LicenseName with the licence user list).
 */
import type { Columns } from '../columns';
import { adUsers } from './ad-users';
import { exchangeCalUsers } from './exchange-cal-users';
import { exchangeCals } from './exchange-cals';
import { m365Activity } from './m365-activity';
import { m365Users } from './m365-users';
import { mailboxes } from './mailboxes';
import type { FormatMapper } from './mapper';

export const MAPPERS: readonly FormatMapper[] = [
  m365Activity,
  m365Users,
  exchangeCals,
  exchangeCalUsers,
  adUsers,
  mailboxes,
];

/** The mapper whose export has this header row, if any. */
export function detectFormat(columns: Columns): FormatMapper | undefined {
  return MAPPERS.find((mapper) => mapper.matches(columns));
}

export type { FormatMapper, MapContext, Mapped } from './mapper';
export { AD_LICENCE } from './ad-users';
export { MAILBOX_LICENCE } from './mailboxes';
