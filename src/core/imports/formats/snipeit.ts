/**
 * Snipe-IT's licence exports, with the columns its source writes (app/Http/Controllers/
 * Licenses/LicensesController.php getExportLicensesCsv, app/Presenters/LicensePresenter.php
 * dataTableLayout and dataTableLayoutSeats, resources/views/reports/licenses.blade.php,
 * ReportsController::exportLicenseReport; English headers from resources/lang/en-US).
 */
import type { CsvRecord, CsvTable } from '../../evidence';
import { cell, datesOf, type ExportColumns } from '../columns';
import { ImportLines, judgeLicence, WHY } from '../lines';
import { IMPORT_NOTES, IMPORT_PROBLEMS } from '../messages';
import type { ImportContext, ImportMapper } from './mapper';

/** Snipe-IT's server-side report escapes its values for HTML (e()): undone. */
function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}

interface LicenceColumns {
  readonly name: number;
  readonly quantity: number;
  readonly manufacturer: number;
  readonly purchaseDate: number;
  readonly expiration: number;
  readonly order: number;
  readonly purchaseOrder: number;
  readonly supplier: number;
  readonly notes: number;
  readonly deleted: number;
}

/** Licence lines (the three licence lists share their reading; only the column names differ). */
function licenceLines(
  table: CsvTable,
  cols: LicenceColumns,
  context: ImportContext,
  label: string,
): ImportLines {
  const lines = new ImportLines(context.source, label);
  const dates = datesOf(table.records, [cols.purchaseDate, cols.expiration], context.culture);
  let deleted = 0;
  for (const record of table.records) {
    const text = (i: number) => unescape(cell(record, i));
    if (text(cols.deleted) !== '') {
      deleted += 1;
      continue;
    }
    const order = text(cols.order);
    const purchaseOrder = text(cols.purchaseOrder);
    const purchaseDate = dates.read(text(cols.purchaseDate));
    const saEnd = dates.read(text(cols.expiration));
    lines.purchase(record.line, text(cols.name), [], text(cols.manufacturer), {
      quantity: text(cols.quantity),
      ...(purchaseDate !== undefined ? { purchaseDate } : {}),
      ...(saEnd !== undefined ? { saEnd } : {}),
      order: [order, purchaseOrder]
        .filter((o, i, all) => o !== '' && all.indexOf(o) === i)
        .join(' / '),
      reseller: text(cols.supplier),
      notes: [text(cols.notes)],
    });
  }
  if (deleted > 0)
    lines.note(`${deleted} deleted licence${deleted === 1 ? ' was' : 's were'} left out.`);
  for (const note of dates.notes()) lines.note(note);
  return lines;
}

/**
 * The columns the Licenses page's two exports share (Licenses > Export, the list's export
 * button); they differ only in what they call the number of seats.
 */
function licencesPageColumns(c: ExportColumns, seats: string): LicenceColumns {
  return {
    name: c.find('name'),
    quantity: c.find(seats),
    manufacturer: c.find('manufacturer'),
    purchaseDate: c.find('purchase date'),
    expiration: c.find('expiration date'),
    order: c.find('order number'),
    purchaseOrder: c.find('purchase order number'),
    supplier: c.find('supplier'),
    notes: c.find('notes'),
    deleted: c.find('deleted at'),
  };
}

/** Licenses > Export: the CSV the Export button of the Licenses page streams. */
export const snipeitLicenses: ImportMapper = {
  format: 'snipeit-licenses',
  label: 'Snipe-IT Licenses > Export',
  matches: (c) => c.has('name', 'seats', 'licenses available'),
  map(table, c, context) {
    return licenceLines(table, licencesPageColumns(c, 'seats'), context, this.label);
  },
};

/** The Licenses list exported with its table's export button: seats are "Total". */
export const snipeitLicenseList: ImportMapper = {
  format: 'snipeit-license-list',
  label: 'Snipe-IT Licenses list (export button)',
  matches: (c) => c.has('name', 'total', 'avail'),
  map(table, c, context) {
    const lines = licenceLines(table, licencesPageColumns(c, 'total'), context, this.label);
    if (!c.hasAny('order number', 'purchase order number'))
      lines.note(
        IMPORT_NOTES.noProof(
          'The Licenses list as exported',
          'show its Order Number and Purchase Order Number columns before exporting, or use Licenses > Export',
        ),
      );
    return lines;
  },
};

/** Reports > Licenses, exported from the report's table (or the older server-side CSV). */
export const snipeitLicenseReport: ImportMapper = {
  format: 'snipeit-license-report',
  label: 'Snipe-IT Reports > Licenses',
  matches: (c) => c.has('license', 'seats', 'remaining seats'),
  map(table, c, context) {
    const lines = licenceLines(
      table,
      {
        name: c.find('license'),
        quantity: c.find('seats'),
        manufacturer: -1,
        purchaseDate: c.find('purchase date'),
        expiration: c.find('expiration date'),
        order: -1,
        purchaseOrder: -1,
        supplier: -1,
        notes: -1,
        deleted: -1,
      },
      context,
      this.label,
    );
    lines.note(
      IMPORT_NOTES.noProof(
        'Reports > Licenses',
        "Snipe-IT's Licenses > Export has Order Number and Purchase Order Number",
      ),
    );
    return lines;
  },
};

/** "export-seats-windows-server-2022-user-cal-2026-11-20.csv": the licence's name, slugged. */
function licenceOfFileName(source: string): string | undefined {
  const match = /export-seats-(.+?)-\d{4}-\d{2}-\d{2}(?:\s*\(\d+\))?\.[a-z]+$/i.exec(source);
  return match ? match[1].replace(/-+/g, ' ').trim() : undefined;
}

function isFree(record: CsvRecord, user: number, email: number, asset: number): boolean {
  return cell(record, user) === '' && cell(record, email) === '' && cell(record, asset) === '';
}

/** A licence's Seats tab, exported: who holds each seat; the licence is the file's or --licence. */
export const snipeitSeats: ImportMapper = {
  format: 'snipeit-seats',
  label: 'Snipe-IT licence seats (export button)',
  matches: (c) => c.has('user', 'email', 'asset') && !c.hasAny('name', 'license', 'licence'),
  map(table, c, context) {
    const named = context.licence?.trim();
    const fromFile = named ? undefined : licenceOfFileName(context.source);
    const wording = named || fromFile;
    if (!wording) return IMPORT_PROBLEMS.seatsWithoutLicence(context.source);
    const verdict = judgeLicence(wording, '', { assumeCal: true });
    if (verdict.kind !== 'read') {
      const why = verdict.kind === 'not-cal' ? 'no Microsoft CAL' : WHY[verdict.problem.problem];
      return IMPORT_PROBLEMS.seatsLicenceUnread(wording, `it names ${why}`);
    }
    const licence = verdict.parsed.licence.name;
    const lines = new ImportLines(context.source, this.label);
    const [user, email, asset, updated] = [
      c.find('user'),
      c.find('email'),
      c.find('asset'),
      c.find('updated at'),
    ];
    let free = table.blankRecords ?? 0;
    for (const record of table.records) {
      if (isFree(record, user, email, asset)) {
        free += 1;
        continue;
      }
      lines.assignment(record.line, licence, true, {
        assignedTo: cell(record, user),
        account: cell(record, email),
        device: cell(record, asset),
        notes:
          updated >= 0 && cell(record, updated) !== ''
            ? [`seat updated ${cell(record, updated)}`]
            : [],
      });
    }
    lines.note(IMPORT_NOTES.seatsOf(licence, fromFile !== undefined));
    if (free > 0) lines.note(IMPORT_NOTES.freeSeats(free));
    lines.note(IMPORT_NOTES.noCheckoutDate());
    return lines;
  },
};
