/**
 * The fake Excel host for the end-to-end test, as a script for the browser: it stands in for
 * office.js (the test routes the Office.js URL here) and serves the pane a FakeWorkbook seeded
 * from `window.__CAL_SEED__`. The test reads the workbook back through `window.__CAL_BOOK__`.
 */
import type { SheetGrid } from '../../src/core';
import { FakeWorkbook, installFakeOffice } from '../office/fake-excel';

interface Seed {
  readonly name: string;
  readonly grids: SheetGrid[];
}

interface TestWindow {
  __CAL_SEED__?: Seed;
  /** Which Excel the fake is: Excel on the web (the default) or on Windows and Mac. */
  __CAL_PLATFORM__?: 'web' | 'desktop';
  __CAL_BOOK__?: FakeWorkbook;
  /** Milliseconds each Excel.run waits before it starts, to show the validating state. */
  __CAL_DELAY__?: number;
  Excel?: { run: (...args: unknown[]) => Promise<unknown> };
}

const win = window as unknown as TestWindow;
const seed = win.__CAL_SEED__ ?? { name: 'Book1.xlsx', grids: [{ name: 'Sheet1', rows: [] }] };
const book = FakeWorkbook.fromGrids(seed.grids);
book.name = seed.name;
book.platform = win.__CAL_PLATFORM__ ?? 'web';
installFakeOffice(book, window);
win.__CAL_BOOK__ = book;

const run = win.Excel?.run;
if (run) {
  win.Excel = {
    run: async (...args: unknown[]) => {
      const delay = win.__CAL_DELAY__ ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return run(...args);
    },
  };
}
