/** The Office.js adapter: the open workbook, inside Excel, behind the RegisterWorkbook port. */
export { OfficeRegisterWorkbook } from './office-workbook';
export { officeHost, type OfficeHost } from './host';
export {
  describeOfficeError,
  isAbortError,
  officeErrorCode,
  OfficeWorkbookError,
  toWorkbookError,
} from './errors';
export { AUDIT_SHEET, MARK_KEY, MARKS } from './marks';
