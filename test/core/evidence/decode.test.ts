import { decodeExport, decodeWindows1252, type DecodedText } from '../../../src/core/evidence';
import { fixtureBytes, utf16, utf8 } from './helpers';

const HEADER =
  '"LicenseName","Name"\r\n"Exchange Server 2019 Standard CAL","zoë.müller@contoso.com"\r\n';

function decoded(bytes: Uint8Array): DecodedText {
  const result = decodeExport(bytes);
  if ('problem' in result) throw new Error(result.message);
  return result;
}

describe('decodeExport', () => {
  test.each([
    ['UTF-8 without BOM (PowerShell 7)', utf8(HEADER), 'utf-8'],
    ['UTF-8 with BOM (-Encoding UTF8)', utf8(HEADER, true), 'utf-8-bom'],
    [
      'UTF-16 LE with BOM (-Encoding Unicode, Out-File)',
      utf16(HEADER, false, true),
      'utf-16le-bom',
    ],
    ['UTF-16 LE without BOM', utf16(HEADER, false, false), 'utf-16le'],
    ['UTF-16 BE with BOM (-Encoding BigEndianUnicode)', utf16(HEADER, true, true), 'utf-16be-bom'],
  ])('%s', (_, bytes, encoding) => {
    expect(decoded(bytes)).toEqual({ text: HEADER, encoding });
  });

  test('invalid UTF-8 is read as Windows-1252 (-Encoding Default on a western system)', () => {
    const bytes = new Uint8Array([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x20, 0x80, 0x93, 0x94]);
    expect(decoded(bytes)).toEqual({ text: 'Hélène €“”', encoding: 'windows-1252' });
  });

  test('the Windows-1252 fixture keeps its accented names', () => {
    const { text, encoding } = decoded(fixtureBytes('ad-users-fr-ansi.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('"Hélène Lefèvre";"helene.lefevre"');
    expect(text).toContain('François Dubois');
  });

  test('the UTF-16 LE fixture decodes its non-ASCII name and drops the BOM', () => {
    const { text, encoding } = decoded(fixtureBytes('exchange-cal-users-standard-noyear.csv'));
    expect(encoding).toBe('utf-16le-bom');
    expect(text.startsWith('#TYPE Deserialized.Microsoft.Exchange')).toBe(true);
    expect(text).toContain('contoso.com/Users/Zoë Müller');
  });

  test('a large Windows-1252 file decodes in chunks, byte for byte', () => {
    const bytes = new Uint8Array(50_000).map((_, i) => (i % 2 === 0 ? 0x41 + (i % 26) : 0xe9));
    const text = decodeWindows1252(bytes);
    expect(text).toHaveLength(50_000);
    expect(text.slice(16_380, 16_388)).toBe('AéCéEéGé');
  });

  test('binary bytes are an encoding problem', () => {
    expect(decodeExport(fixtureBytes('binary.csv'))).toEqual({
      problem: 'encoding',
      message: expect.stringContaining('looks binary'),
    });
  });

  test('a workbook is not CSV, and says how to save one', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect(decodeExport(xlsx)).toEqual({
      problem: 'not-csv',
      message: expect.stringContaining('Excel workbook'),
    });
  });

  test.each([
    ['no bytes', new Uint8Array(0)],
    ['a BOM only', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['line breaks only', utf8('\r\n\r\n')],
  ])('%s is empty', (_, bytes) => {
    expect(decodeExport(bytes)).toMatchObject({ problem: 'empty' });
  });
});
