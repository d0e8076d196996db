import { detectSeparator, parseCsv, type CsvTable } from '../../../src/core/evidence';

function table(text: string): CsvTable {
  const result = parseCsv(text);
  if ('problem' in result) throw new Error(result.message);
  return result;
}

const fields = (text: string) => table(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  test('reads quoted fields as Export-Csv writes them', () => {
    const csv = table(
      '"LicenseName","Name"\r\n"Exchange Server 2019 Enterprise CAL","dana@contoso.com"\r\n',
    );
    expect(csv.header).toEqual(['LicenseName', 'Name']);
    expect(csv.records).toEqual([
      { line: 2, fields: ['Exchange Server 2019 Enterprise CAL', 'dana@contoso.com'] },
    ]);
    expect(csv.separator).toBe(',');
  });

  test('separators, doubled quotes and line breaks inside quotes are text', () => {
    const text = 'A,B,C\r\n"Scott, Dana","Left the ""Blue"" project","one\r\ntwo"\r\nx,y,z\r\n';
    const csv = table(text);
    expect(csv.records[0].fields).toEqual(['Scott, Dana', 'Left the "Blue" project', 'one\r\ntwo']);
    // The record after a two-line field starts on line 4.
    expect(csv.records[1]).toEqual({ line: 4, fields: ['x', 'y', 'z'] });
  });

  test('unquoted fields, LF line ends and a quote inside a value', () => {
    expect(fields('A,B\n1,say "hi"\n2,\n')).toEqual([
      ['1', 'say "hi"'],
      ['2', ''],
    ]);
  });

  test('a #TYPE first line is skipped and kept as the type name', () => {
    const csv = table('#TYPE Microsoft.ActiveDirectory.Management.ADUser\r\n"Name"\r\n"Dana"\r\n');
    expect(csv.typeName).toBe('Microsoft.ActiveDirectory.Management.ADUser');
    expect(csv.header).toEqual(['Name']);
    expect(csv.records).toEqual([{ line: 3, fields: ['Dana'] }]);
  });

  test.each([
    ['comma', '"A","B"\r\n"1","2"\r\n', ','],
    ['semicolon (-UseCulture)', '"A";"B"\r\n"1,5";"2"\r\n', ';'],
    ['tab (Excel Unicode Text)', 'A\tB\r\n1\t2\r\n', '\t'],
    ['semicolon, with commas inside the quoted header', '"Name, full";"Date"\r\nx;y\r\n', ';'],
  ])('detects the %s separator from the header line', (_, text, separator) => {
    const csv = table(text);
    expect(csv.separator).toBe(separator);
    expect(csv.header).toHaveLength(2);
  });

  test("Excel's sep= line sets the separator", () => {
    const csv = table('sep=;\r\nA;B,C\r\n1;2,3\r\n');
    expect(csv.separator).toBe(';');
    expect(csv.header).toEqual(['A', 'B,C']);
  });

  test('blank lines, trailing ones included, are ignored', () => {
    expect(fields('A,B\r\n\r\n1,2\r\n\r\n\r\n,\r\n')).toEqual([['1', '2']]);
  });

  test('a last line without a line break is read', () => {
    expect(fields('A,B\r\n1,2')).toEqual([['1', '2']]);
  });

  test('a file that ends inside a quoted value was cut short', () => {
    expect(parseCsv('"A","B"\r\n"1","2"\r\n"3","dana.sc')).toEqual({
      problem: 'truncated',
      message: expect.stringContaining('line 3'),
    });
  });

  test('a last line short of columns and without a line break was cut short', () => {
    expect(parseCsv('"A","B","C"\r\n"1","2","3"\r\n"4","5"')).toMatchObject({
      problem: 'truncated',
    });
  });

  test('a header alone has no records', () => {
    expect(table('"A","B"\r\n')).toMatchObject({ header: ['A', 'B'], records: [] });
  });
});

describe('detectSeparator', () => {
  test('a comma wins a tie and is the default', () => {
    expect(detectSeparator('A,B;C')).toBe(',');
    expect(detectSeparator('Name')).toBe(',');
  });

  test('looks at the first line only', () => {
    expect(detectSeparator('A;B\n1,2,3,4')).toBe(';');
  });
});
