import { isLicenceProblem, licenceOf, parseLicence } from '../../licensing';
import type { LocatedTable } from '../locate';
import type { ServerRecord, TableInfo } from '../records';
import { RowReader, type ParseOptions } from './fields';

/** Reads the Servers table: a deployed server and the server licence it runs under. */
export function parseServers(
  located: LocatedTable,
  options: ParseOptions,
): { records: ServerRecord[]; info: TableInfo } {
  const reader = new RowReader(located, options);
  const records: ServerRecord[] = [];
  const serverCol = reader.col('server');
  const productCols = ['product', 'version', 'edition'].map((field) => reader.col(field));
  const referenceCol = reader.col('licenceReference');
  reader.forEachRow((cells, row) => {
    const name = reader.text(cells, serverCol);
    const productText = productCols
      .map((col) => reader.text(cells, col))
      .filter((part) => part !== '')
      .join(' ');
    let licence;
    if (productText !== '') {
      const parsed = parseLicence(productText);
      if (isLicenceProblem(parsed)) {
        if (parsed.problem === 'unknown-product' || parsed.problem === 'unknown-version') {
          reader.flag('product', parsed);
        } else {
          // A server row names the server product; a CAL word in it does not make it a CAL.
          const serverOnly = parseLicence(productText.replace(/\bcals?\b/gi, ''));
          if (!isLicenceProblem(serverOnly)) licence = serverOnly.licence;
        }
      } else {
        const { product, version, edition } = parsed.licence;
        licence = parsed.licence.cal
          ? licenceOf(product, version, edition, '', false)
          : parsed.licence;
      }
    }
    const record: ServerRecord = {
      row,
      name,
      licence,
      productText,
      reference: reader.text(cells, referenceCol),
      issues: undefined,
    };
    if (reader.issues) record.issues = reader.issues;
    records.push(record);
  });
  return { records, info: reader.info };
}
