/**
 * Excel charts in the fake: added from a source range (one series per column, named by the
 * header row), with a title, a legend, category names, a position, and series to edit.
 */
import { boxAddress, FakeOfficeError, jsonSize, sheetPrefix } from './basics';
import type { FakeRange, RangeTarget } from './range';
import { FakeCollection, FakeObject, type Session } from './session';
import { isBlank, type ChartModel, type ChartSeriesModel } from './sheet-model';
import type { FakeWorksheet } from './sheet';

function address(t: RangeTarget | null): string {
  if (!t) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
  return `${sheetPrefix(t.sheet.name)}!${boxAddress(t.box)}`;
}

class FakeSeries {
  constructor(
    private readonly chart: FakeChart,
    private readonly index: number,
  ) {}
  private edit(apply: (s: ChartSeriesModel) => void, payload?: unknown): void {
    this.chart.queue((c) => {
      const series = c.series[this.index];
      if (!series) throw new FakeOfficeError('ItemNotFound', 'No such series.');
      apply(series);
    }, payload);
  }
  set name(value: string) {
    this.edit((s) => (s.name = value), value);
  }
  setValues(range: FakeRange): void {
    this.edit((s) => (s.values = address(range.targetNow())));
  }
  setXAxisValues(range: FakeRange): void {
    this.edit((s) => (s.xValues = address(range.targetNow())));
  }
}

export class FakeChart extends FakeObject<ChartModel> {
  protected readonly kind = 'Chart';
  protected override get scalars(): readonly string[] {
    return ['name'];
  }
  protected read(c: ChartModel, name: string): unknown {
    if (name === 'name') return c.name;
    throw new FakeOfficeError('InvalidArgument', `Chart has no property ${name}.`);
  }

  constructor(
    session: Session,
    locate: () => ChartModel | null,
    private readonly sheet: () => { charts: ChartModel[] } | null,
    known?: ChartModel,
  ) {
    super(session, locate, false, known);
  }

  queue(apply: (chart: ChartModel) => void, payload?: unknown): void {
    this.change(apply, payload);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.change((c) => (c.name = value), value);
  }
  get title(): { text: string } {
    const queue = (text: string) => this.change((c) => (c.title = text), text);
    return {
      set text(value: string) {
        queue(value);
      },
      get text(): string {
        throw new FakeOfficeError(
          'PropertyNotLoaded',
          'ChartTitle.text is write-only in the fake.',
        );
      },
    };
  }
  get legend(): { position: string } {
    const queue = (position: string) => this.change((c) => (c.legend = position), position);
    return {
      set position(value: string) {
        queue(value);
      },
      get position(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'ChartLegend is write-only in the fake.');
      },
    };
  }
  get axes(): { categoryAxis: { setCategoryNames(range: FakeRange): void } } {
    return {
      categoryAxis: {
        setCategoryNames: (range: FakeRange) =>
          this.change((c) => (c.categories = address(range.targetNow()))),
      },
    };
  }
  get series(): {
    getItemAt(index: number): FakeSeries;
    add(name?: string): FakeSeries;
  } {
    return {
      getItemAt: (index) => new FakeSeries(this, index),
      add: (name) => {
        let index = -1;
        this.change(
          (c) => (index = c.series.push({ name: name ?? `Series${c.series.length + 1}` }) - 1),
        );
        return new FakeSeries(this, index < 0 ? Number.MAX_SAFE_INTEGER : index);
      },
    };
  }
  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    const cell = (x: string | FakeRange) =>
      typeof x === 'string'
        ? x
        : boxAddress(x.targetNow()?.box ?? { top: 0, left: 0, bottom: 0, right: 0 });
    this.change((c) => (c.position = [cell(startCell), cell(endCell ?? startCell)]));
  }
  delete(): void {
    this.change((c) => {
      const charts = this.sheet()?.charts;
      if (charts) charts.splice(charts.indexOf(c), 1);
    });
  }
}

export class FakeChartCollection extends FakeCollection<ChartModel, FakeChart> {
  protected readonly kind = 'ChartCollection';

  constructor(
    session: Session,
    private readonly sheet: FakeWorksheet,
  ) {
    super(session, () => sheet.targetNow()?.charts ?? null);
  }

  protected wrap(c: ChartModel): FakeChart {
    return new FakeChart(
      this.session,
      () => c,
      () => this.sheet.targetNow(),
      c,
    );
  }

  getItem(name: string): FakeChart {
    return new FakeChart(
      this.session,
      () =>
        this.sheet.targetNow()?.charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ??
        null,
      () => this.sheet.targetNow(),
    );
  }

  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartModel | null = null;
    this.session.enqueue(() => {
      const sheet = this.sheet.targetNow();
      const t = source.targetNow();
      if (!sheet || !t)
        throw new FakeOfficeError('ItemNotFound', 'No sheet or source for the chart.');
      const book = this.session.book;
      const { top, left, bottom, right } = t.box;
      const named = [...Array(right - left + 1).keys()].every(
        (i) => typeof book.valueAt(t.sheet, top, left + i) === 'string',
      );
      const first = named ? top + 1 : top;
      const series: ChartSeriesModel[] = [];
      for (let c = left; c <= right; c += 1) {
        const header = book.valueAt(t.sheet, top, c);
        series.push({
          name: named && !isBlank(header) ? String(header) : `Series${c - left + 1}`,
          values: address({ sheet: t.sheet, box: { top: first, bottom, left: c, right: c } }),
        });
      }
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: address(t),
        seriesBy,
        series,
        title: '',
      };
      sheet.charts.push(created);
    }, jsonSize(type));
    return new FakeChart(
      this.session,
      () => created,
      () => this.sheet.targetNow(),
    );
  }
}
