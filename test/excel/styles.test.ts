/** Appending the audit sheet's styles to a workbook's styles.xml leaves every old index alone. */
import { EMPTY_STYLES, mergeStyles, StyleBook } from '../../src/excel/xlsx';

function book(): StyleBook {
  const styles = new StyleBook();
  styles.index({ font: 'title', fill: 'none' });
  styles.index({ font: 'normal', fill: 'bad', wrap: true });
  styles.index({ font: 'normal', fill: 'none', date: true });
  styles.index({ font: 'title', fill: 'none' }); // the same style again: no new index
  return styles;
}

const count = (xml: string, tag: string) =>
  Number(new RegExp(`<(?:\\w+:)?${tag} count="(\\d+)"`).exec(xml)?.[1]);

test('a StyleBook gives one index per distinct style', () => {
  expect(book().all).toHaveLength(3);
});

test('new fonts, fills, a border and cell formats are appended after the existing ones', () => {
  const { xml, xfIndex } = mergeStyles(EMPTY_STYLES, book());
  expect(xfIndex).toEqual([1, 2, 3]);
  expect(count(xml, 'cellXfs')).toBe(4);
  expect(count(xml, 'fonts')).toBe(11);
  expect(count(xml, 'fills')).toBe(7);
  expect(count(xml, 'borders')).toBe(2);
  // The first (default) cell format is untouched.
  expect(xml).toContain(
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  );
  // A date format of our own, numbered above the built-in ones.
  expect(xml).toMatch(
    /<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"\/><\/numFmts>/,
  );
  expect(xml.indexOf('<numFmts')).toBeLessThan(xml.indexOf('<fonts'));
});

test('an existing custom number format keeps its id; ours takes the next', () => {
  const withFormat = EMPTY_STYLES.replace(
    '<fonts',
    '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts><fonts',
  );
  const { xml } = mergeStyles(withFormat, book());
  expect(xml).toContain('<numFmt numFmtId="170" formatCode="0.0%"/>');
  expect(xml).toContain('numFmtId="171" formatCode');
  expect(count(xml, 'numFmts')).toBe(2);
});

test('a styles part written with a namespace prefix gets prefixed elements', () => {
  const prefixed = EMPTY_STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, '<$1x:').replace(
    '<x:styleSheet xmlns=',
    '<x:styleSheet xmlns:x=',
  );
  const { xml, xfIndex } = mergeStyles(prefixed, book());
  expect(xfIndex).toEqual([1, 2, 3]);
  expect(xml).toContain('<x:cellXfs count="4">');
  expect(xml).not.toMatch(/<(font|fill|xf|numFmt)[\s>]/);
});

test('the fonts use the workbook default font face', () => {
  const aptos = EMPTY_STYLES.replace('<name val="Calibri"/>', '<name val="Aptos Narrow"/>');
  const { xml } = mergeStyles(aptos, book());
  expect(xml.match(/<name val="Aptos Narrow"\/>/g)?.length).toBe(11);
});
