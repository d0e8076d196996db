/**
 * A fake Excel for tests and the end-to-end pane: an in-memory workbook behind the subset of
 * the Office.js Excel API the add-in uses, strict where Office.js is (load and sync before
 * reading, isNullObject after a sync), counting syncs and refusing payloads over a limit.
 *
 *   const book = FakeWorkbook.fromGrids(grids);      // seed from the engine's grids
 *   const host = fakeHost(book);                     // Excel.run for the adapter
 *   await new OfficeRegisterWorkbook(host).read();
 *   book.syncCount; book.syncLog; book.runs;         // what happened
 *   book.setPayloadLimit(200_000);                   // force chunking and retries
 *   book.dump(); book.dumpSheet('CAL Audit');        // state, as plain data
 */
export { FakeWorkbook, type RunRecord, type SyncRecord, type TableModel } from './book';
export { FakeOfficeError } from './basics';
export type { CellDump, SheetDump, TableDump, WorkbookDump } from './dump';
export { fakeHost, installFakeOffice, type FakeHost } from './host';
export type { CellFormat, ChartModel, Hyperlink } from './sheet-model';
