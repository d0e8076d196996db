/**
 * GLPI's licence list (Management > Licenses, or a software's Licenses tab), exported as CSV:
 * the search columns of src/SoftwareLicense.php rawSearchOptions (Name, Software, Purchase
 * version, Type, Number, Expiration) and of Infocom (Order number, Invoice number, Date of
 * purchase, Supplier), `;`-separated by default, UTF-8 (GLPI 9 and 10 with a BOM and a `;`
 * after every value, GLPI 11 without either). Type is the licence type (OEM, Volume,
 * Retail...), never a CAL kind; Number is the quantity.
 */
import { cell, datesOf } from '../columns';
import { ImportLines } from '../lines';
import { IMPORT_PROBLEMS } from '../messages';
import type { ImportMapper } from './mapper';

const LABEL = 'GLPI licences (Management > Licenses, Export CSV)';

export const glpiLicences: ImportMapper = {
  format: 'glpi-licences',
  label: LABEL,
  matches: (c) =>
    c.has('name', 'software') &&
    c.hasAny('number', 'purchase version', 'version in use', 'inventory number', 'type'),
  map(table, c, context) {
    if (!c.has('number'))
      return IMPORT_PROBLEMS.missingColumn(
        'GLPI licence list',
        'Number',
        'quantity',
        "add the Number column to the licence list (the list's column settings) so each licence says how many were bought",
      );
    const col = {
      name: c.find('name'),
      software: c.find('software'),
      version: c.find('purchase version'),
      type: c.find('type'),
      number: c.find('number'),
      expiration: c.find('expiration'),
      order: c.find('order number'),
      invoice: c.find('invoice number'),
      bought: c.find('date of purchase'),
      supplier: c.find('supplier'),
      comments: c.find('comments'),
    };
    const lines = new ImportLines(context.source, this.label);
    const dates = datesOf(table.records, [col.expiration, col.bought], context.culture);
    const headers = {
      software: c.header('software'),
      version: c.header('purchase version'),
      type: c.header('type'),
    };
    for (const record of table.records) {
      const text = (i: number) => cell(record, i);
      const purchaseDate = dates.read(text(col.bought));
      const saEnd = dates.read(text(col.expiration));
      lines.purchase(
        record.line,
        text(col.name),
        [
          { field: 'product', header: headers.software, text: text(col.software) },
          { field: 'version', header: headers.version, text: text(col.version) },
          { field: 'calType', header: headers.type, text: text(col.type) },
        ],
        '',
        {
          quantity: text(col.number),
          ...(purchaseDate !== undefined ? { purchaseDate } : {}),
          ...(saEnd !== undefined ? { saEnd } : {}),
          order: text(col.order),
          invoice: text(col.invoice),
          reseller: text(col.supplier),
          notes: [text(col.comments)],
        },
      );
    }
    for (const note of dates.notes()) lines.note(note);
    return lines;
  },
};
