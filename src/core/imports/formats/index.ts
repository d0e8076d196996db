/**
 * The licence exports `cal-register import` reads, in the order their headers are tried: the
 * more specific first (the seat list is told apart from the licence lists by having no
 * licence column).
 */
import type { ExportColumns } from '../columns';
import { configmgrLicenseStatement } from './configmgr';
import { glpiLicences } from './glpi';
import { m365LicenseSummary, m365Orders } from './m365';
import type { ImportMapper } from './mapper';
import { snipeitLicenseList, snipeitLicenseReport, snipeitLicenses, snipeitSeats } from './snipeit';

export const IMPORT_MAPPERS: readonly ImportMapper[] = [
  snipeitLicenses,
  snipeitLicenseList,
  snipeitLicenseReport,
  snipeitSeats,
  configmgrLicenseStatement,
  m365Orders,
  m365LicenseSummary,
  glpiLicences,
];

/** The mapper whose export has this header row, if any. */
export function detectImport(columns: ExportColumns): ImportMapper | undefined {
  return IMPORT_MAPPERS.find((mapper) => mapper.matches(columns));
}

export type { ImportContext, ImportMapper } from './mapper';
