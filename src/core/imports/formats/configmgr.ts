/**
 * ConfigMgr Asset Intelligence's General License Statement: the .csv admins write for Import
 * Software Licenses, with the columns Microsoft documents (Name, Publisher, Version, Language,
 * EffectiveQuantity, PONumber, ResellerName, DateOfPurchase, SupportPurchased,
 * SupportExpirationDate, Comments; dates MM/DD/YYYY; SupportPurchased 0 for yes, 1 for no).
 */
import { cell, datesOf } from '../columns';
import { ImportLines } from '../lines';
import { IMPORT_NOTES } from '../messages';
import type { ImportMapper } from './mapper';

export const configmgrLicenseStatement: ImportMapper = {
  format: 'configmgr-license-statement',
  label: 'ConfigMgr General License Statement',
  matches: (c) => c.has('name', 'publisher', 'version', 'effectivequantity'),
  map(table, c, context) {
    const col = {
      name: c.find('name'),
      publisher: c.find('publisher'),
      version: c.find('version'),
      quantity: c.find('effectivequantity'),
      po: c.find('ponumber'),
      reseller: c.find('resellername'),
      bought: c.find('dateofpurchase'),
      support: c.find('supportpurchased'),
      supportEnd: c.find('supportexpirationdate'),
      comments: c.find('comments'),
    };
    const versionHeader = c.header('version');
    const lines = new ImportLines(context.source, this.label);
    // Microsoft documents MM/DD/YYYY for this file, whatever the culture of the machine.
    const dates = datesOf(table.records, [col.bought, col.supportEnd], 'en-US');
    let supportSaid = false;
    for (const record of table.records) {
      const text = (i: number) => cell(record, i);
      const purchaseDate = dates.read(text(col.bought));
      const support = text(col.support);
      if (support !== '') supportSaid = true;
      // 0 is "yes" in this file (Microsoft's table: "Enter 0 for Yes, or 1 for No").
      const saEnd = support === '0' ? dates.read(text(col.supportEnd)) : undefined;
      lines.purchase(
        record.line,
        text(col.name),
        [{ field: 'version', header: versionHeader, text: text(col.version) }],
        text(col.publisher),
        {
          quantity: text(col.quantity),
          ...(purchaseDate !== undefined ? { purchaseDate } : {}),
          ...(saEnd !== undefined ? { saEnd } : {}),
          order: text(col.po),
          reseller: text(col.reseller),
          notes: [
            support === '1' && text(col.supportEnd) !== ''
              ? `support end ${text(col.supportEnd)} given, but SupportPurchased says none`
              : '',
            text(col.comments),
          ],
        },
      );
    }
    if (supportSaid) lines.note(IMPORT_NOTES.supportInverted());
    for (const note of dates.notes()) lines.note(note);
    return lines;
  },
};
