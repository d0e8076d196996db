/**
 * Range.format (fill, font, widths, wrapping, borders, autofit) and Range.dataValidation in
 * the fake: write-only, each change queued on the range it belongs to.
 */
import type { FakeRange } from './range';
import type { CellFormat } from './sheet-model';

class FakeRangeFont {
  constructor(private readonly range: FakeRange) {}
  private set(change: CellFormat): void {
    this.range.queue((t) => t.sheet.format(t.box, change), change);
  }
  set bold(value: boolean) {
    this.set({ bold: value });
  }
  set italic(value: boolean) {
    this.set({ italic: value });
  }
  set color(value: string) {
    this.set({ color: value });
  }
  set size(value: number) {
    this.set({ size: value });
  }
  set underline(value: string) {
    this.set({ underline: value });
  }
}

class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}
  set color(value: string) {
    this.range.queue((t) => t.sheet.format(t.box, { fill: value }), value);
  }
  clear(): void {
    this.range.queue((t) => t.sheet.format(t.box, { fill: undefined }));
  }
}

class FakeRangeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly edge: string,
  ) {}
  set style(value: string) {
    // Only the bottom edge is modelled: the audit sheet's lines to sign on.
    if (this.edge !== 'EdgeBottom') return;
    this.range.queue(
      (t) => t.sheet.format({ ...t.box, top: t.box.bottom }, { borderBottom: value }),
      value,
    );
  }
  set color(_value: string) {
    this.range.queue(() => undefined);
  }
  set weight(_value: string) {
    this.range.queue(() => undefined);
  }
}

export class FakeRangeFormat {
  constructor(private readonly range: FakeRange) {}

  get font(): FakeRangeFont {
    return new FakeRangeFont(this.range);
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.range);
  }
  get borders(): { getItem(edge: string): FakeRangeBorder } {
    return { getItem: (edge: string) => new FakeRangeBorder(this.range, edge) };
  }
  set columnWidth(points: number) {
    this.range.queue((t) => {
      for (let c = t.box.left; c <= t.box.right; c += 1) t.sheet.columnWidths.set(c, points);
    }, points);
  }
  set rowHeight(points: number) {
    this.range.queue((t) => {
      for (let r = t.box.top; r <= t.box.bottom; r += 1) t.sheet.rowHeights.set(r, points);
    }, points);
  }
  set wrapText(value: boolean) {
    this.range.queue((t) => t.sheet.format(t.box, { wrapText: value }), value);
  }
  set horizontalAlignment(value: string) {
    this.range.queue((t) => t.sheet.format(t.box, { horizontalAlignment: value }), value);
  }
  set verticalAlignment(value: string) {
    this.range.queue((t) => t.sheet.format(t.box, { verticalAlignment: value }), value);
  }
  autofitRows(): void {
    this.range.queue((t) => (t.sheet.autofits += 1));
  }
  autofitColumns(): void {
    this.range.queue((t) => (t.sheet.autofits += 1));
  }
}

export class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  private update(change: { rule?: unknown; errorAlert?: unknown; ignoreBlanks?: boolean }): void {
    this.range.queue((t) => {
      const same = (b: typeof t.box) =>
        b.top === t.box.top &&
        b.left === t.box.left &&
        b.bottom === t.box.bottom &&
        b.right === t.box.right;
      let found = t.sheet.validations.find((v) => same(v.box));
      if (!found) {
        found = { box: t.box };
        t.sheet.validations.push(found);
      }
      Object.assign(found, JSON.parse(JSON.stringify(change)) as object);
    }, change);
  }
  set rule(value: unknown) {
    this.update({ rule: value });
  }
  set errorAlert(value: unknown) {
    this.update({ errorAlert: value });
  }
  set ignoreBlanks(value: boolean) {
    this.update({ ignoreBlanks: value });
  }
  clear(): void {
    this.range.queue((t) => {
      const kept = t.sheet.validations.filter(
        (v) =>
          v.box.bottom < t.box.top ||
          v.box.top > t.box.bottom ||
          v.box.right < t.box.left ||
          v.box.left > t.box.right,
      );
      t.sheet.validations.splice(0, t.sheet.validations.length, ...kept);
    });
  }
}
