/**
 * The engine for the CAL.* functions: ranges as Excel passes them, read as register tables,
 * with the answer or a RangeProblem (#VALUE! or #N/A with a message) for src/functions.
 */
export {
  flagsOfRanges,
  formulaOptions,
  isMisrecordedValue,
  isStaleValue,
  licenceArgument,
  positionOfRanges,
  RangeProblem,
  rangeSheet,
  startsWithHeaders,
  ROW_RULES,
  type Answer,
  type FormulaOptions,
  type RangeSheet,
} from './ranges';
