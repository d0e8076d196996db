/**
 * What the pane's buttons do, on the RegisterWorkbook port: never Office.js directly, so the
 * same code runs on the fake workbook of the tests.
 */
import { type AuditResult, isoToDay, localDay, localStamp, type UnreadSheet } from '../core';
import { auditWorkbook, noRegisterMessage, writeAuditReport } from '../excel/shared';
import type { InteractiveWorkbook, ReadProgress, RegisterSettings } from '../excel/port';

export interface Clock {
  /** Today as a day number (days since 1970-01-01), in the user's time zone. */
  today(): number;
  /** "2026-11-30 14:05", for the audit sheet's "Generated at". */
  stamp(): string;
}

export const LOCAL_CLOCK: Clock = {
  today: () => localDay(new Date()),
  stamp: () => localStamp(new Date()),
};

export class NoRegisterError extends Error {
  constructor(name: string, unread?: readonly UnreadSheet[]) {
    const said = noRegisterMessage(name, unread);
    super(`${said.charAt(0).toUpperCase()}${said.slice(1)}.`);
    this.name = 'NoRegisterError';
  }
}

/**
 * Only the settings the user set, so a validation or a save never turns "what the Settings
 * sheet says" (or "today") into a fixed value.
 */
export function setOnly(settings: RegisterSettings): RegisterSettings {
  return {
    ...(settings.asOf !== undefined && settings.asOf !== '' ? { asOf: settings.asOf } : {}),
    ...(settings.staleDays !== undefined ? { staleDays: settings.staleDays } : {}),
  };
}

/** Reads the register and runs every rule; settings given here override the Settings sheet. */
export async function validate(
  workbook: InteractiveWorkbook,
  settings: RegisterSettings,
  clock: Clock,
  signal: AbortSignal,
  onProgress: (progress: ReadProgress) => void,
): Promise<AuditResult> {
  const asOf = settings.asOf !== undefined ? isoToDay(settings.asOf) : undefined;
  const outcome = await auditWorkbook(workbook, {
    today: clock.today(),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(settings.staleDays !== undefined ? { staleDays: settings.staleDays } : {}),
    read: { signal, onProgress },
  });
  if (outcome.kind === 'no-register')
    throw new NoRegisterError(outcome.source.name, outcome.unread);
  return outcome.result;
}

/** Writes the audit sheet for a result; returns the sheet's name. */
export async function writeAudit(
  workbook: InteractiveWorkbook,
  result: AuditResult,
  source: string,
  clock: Clock,
): Promise<string> {
  return writeAuditReport(workbook, result, {
    source,
    generatedAt: clock.stamp(),
    generator: 'CAL Register add-in',
  });
}
