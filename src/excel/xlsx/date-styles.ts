/**
 * The styles part of a register, as far as adding dated rows to it needs: which cell styles
 * show a date, and a cell style for dates appended when the new date cells need one.
 */
import { elements } from './xml';

/** Date formats Excel knows by id, and custom formats that show a day, month or year. */
function isDateFormat(id: number, custom: ReadonlyMap<number, string>): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  const code = custom.get(id);
  if (code === undefined) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^[@;]*$/.test(bare);
}

/** The styles part, with a cell style for dates added when the new date cells need one. */
export class DateStyles {
  private readonly custom = new Map<number, string>();
  private readonly xfFormats: number[] = [];
  private added: number | undefined;

  constructor(private xml: string) {
    for (const fmt of elements(xml, 'numFmt'))
      this.custom.set(Number(fmt.numFmtId), fmt.formatCode ?? '');
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (cellXfs)
      for (const xf of elements(cellXfs[1], 'xf')) this.xfFormats.push(Number(xf.numFmtId ?? 0));
  }

  isDate(style: number | undefined): boolean {
    return style !== undefined && isDateFormat(this.xfFormats[style] ?? 0, this.custom);
  }

  /** A cell style that shows a date as yyyy-mm-dd, appended once; none without a styles part. */
  dateStyle(): number | undefined {
    if (this.added !== undefined) return this.added;
    if (!/<cellXfs\b/.test(this.xml)) return undefined;
    let id = [...this.custom].find(([, code]) => code.toLowerCase() === 'yyyy-mm-dd')?.[0];
    if (id === undefined) {
      id = Math.max(163, ...this.custom.keys()) + 1;
      this.custom.set(id, 'yyyy-mm-dd');
      const fmt = `<numFmt numFmtId="${id}" formatCode="yyyy-mm-dd"/>`;
      if (/<numFmts\b[^>]*\/>/.test(this.xml))
        this.xml = this.xml.replace(/<numFmts\b[^>]*\/>/, `<numFmts count="1">${fmt}</numFmts>`);
      else if (/<numFmts\b/.test(this.xml))
        this.xml = this.xml
          .replace(/<\/numFmts>/, `${fmt}</numFmts>`)
          .replace(
            /<numFmts\b([^>]*)count="\d+"/,
            (_, a: string) => `<numFmts${a}count="${this.custom.size}"`,
          );
      else
        this.xml = this.xml.replace(
          /(<styleSheet\b[^>]*>)/,
          `$1<numFmts count="1">${fmt}</numFmts>`,
        );
    }
    this.xfFormats.push(id);
    this.added = this.xfFormats.length - 1;
    const xf = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    this.xml = this.xml
      .replace(/<\/cellXfs>/, `${xf}</cellXfs>`)
      .replace(
        /<cellXfs\b([^>]*)count="\d+"/,
        (_, a: string) => `<cellXfs${a}count="${this.xfFormats.length}"`,
      );
    return this.added;
  }

  get changed(): boolean {
    return this.added !== undefined;
  }

  toString(): string {
    return this.xml;
  }
}
