/**
 * What both Excel adapters share, and the only way into this folder: cell addresses (a1),
 * the audit sheet's layout and look, the register template as data and its texts in each
 * language, folding imported fields into a table's columns, planning evidence rows into the
 * Usage table, the adapters' error type, and the one "audit this workbook" pipeline the
 * command line and the task pane both run.
 */
export * from './a1';
export * from './audit-layout';
export * from './audit-style';
export * from './errors';
export * from './import-rows';
export * from './pipeline';
export * from './sheet-names';
export * from './template-languages';
export * from './template-spec';
export * from './usage-append';
