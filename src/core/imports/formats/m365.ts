/**
 * The Microsoft 365 admin center's volume licensing pages (Billing > Your products > Volume
 * licensing), exported as CSV, with the columns Microsoft documents ("View volume licensing
 * contracts in the Microsoft 365 admin center"): the orders, one line per order item, and the
 * license summary, one line per product family and version.
 */
import { cell, datesOf } from '../columns';
import { ImportLines } from '../lines';
import { IMPORT_NOTES } from '../messages';
import type { ImportMapper } from './mapper';

/** Volume licensing > View orders, exported: the best proof of purchase an admin has. */
export const m365Orders: ImportMapper = {
  format: 'm365-orders',
  label: 'Microsoft 365 admin center volume licensing orders',
  matches: (c) => c.has('product description', 'quantity'),
  map(table, c, context) {
    const col = {
      licenceId: c.find('license id', 'licensing id'),
      resellerOrder: c.find('reseller order number'),
      customerOrder: c.find('customer order number'),
      orderedOn: c.find('ordered on'),
      usageStart: c.find('usage start date'),
      reseller: c.find('reseller'),
      part: c.find('part number'),
      description: c.find('product description'),
      quantity: c.find('quantity'),
    };
    const lines = new ImportLines(context.source, this.label);
    const dates = datesOf(table.records, [col.orderedOn, col.usageStart], context.culture);
    for (const record of table.records) {
      const text = (i: number) => cell(record, i);
      const purchaseDate = dates.read(text(col.orderedOn));
      const reseller = text(col.resellerOrder);
      const customer = text(col.customerOrder);
      lines.purchase(record.line, text(col.description), [], '', {
        quantity: text(col.quantity),
        ...(purchaseDate !== undefined ? { purchaseDate } : {}),
        order: reseller || customer,
        reseller: text(col.reseller),
        agreement: text(col.licenceId),
        notes: [
          text(col.part) !== '' ? `part number ${text(col.part)}` : '',
          reseller !== '' && customer !== '' && customer !== reseller
            ? `customer order number ${customer}`
            : '',
          text(col.usageStart) !== '' ? `usage from ${text(col.usageStart)}` : '',
        ],
      });
    }
    for (const note of dates.notes()) lines.note(note);
    return lines;
  },
};

const ONLINE = /online|subscription|cloud/i;

/** Volume licensing > Contracts > License summary, exported: entitlements, not orders. */
export const m365LicenseSummary: ImportMapper = {
  format: 'm365-license-summary',
  label: 'Microsoft 365 admin center license summary',
  matches: (c) => c.has('product family', 'effective quantity'),
  map(table, c, context) {
    const col = {
      family: c.find('product family'),
      version: c.find('version'),
      type: c.find('type'),
      quantity: c.find('effective quantity'),
      sa: c.find('active sa quantity'),
    };
    const versionHeader = c.header('version');
    const lines = new ImportLines(context.source, this.label);
    let online = 0;
    for (const record of table.records) {
      const text = (i: number) => cell(record, i);
      if (ONLINE.test(text(col.type))) {
        online += 1;
        continue;
      }
      const sa = text(col.sa);
      lines.purchase(
        record.line,
        text(col.family),
        [{ field: 'version', header: versionHeader, text: text(col.version) }],
        '',
        {
          quantity: text(col.quantity),
          notes: [sa !== '' && sa !== '0' ? `active SA quantity ${sa}` : ''],
          entitlement: true,
        },
      );
    }
    if (online > 0) lines.note(IMPORT_NOTES.onlineLeftOut(online));
    lines.note(IMPORT_NOTES.summaryEntitlements());
    return lines;
  },
};
