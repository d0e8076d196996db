/**
 * Licence records admins already keep, read into register rows: Snipe-IT's licence exports
 * and seat lists, GLPI's licence list, ConfigMgr's General License Statement, the Microsoft
 * 365 admin center's volume licensing orders and license summary. Pure: the command line
 * reads the files and writes the register.
 */
export { readImport, readImportText } from './read';
export { planImport, type ExistingRegister, type ImportPlan } from './combine';
export { IMPORT_MAPPERS, detectImport } from './formats';
export { judgeLicence, readQuantity, type LicenceVerdict } from './lines';
export { KNOWN_IMPORTS } from './messages';
export { isImportProblem } from './types';
export type {
  ImportedAssignment,
  ImportedPurchase,
  ImportFile,
  ImportFormat,
  ImportOptions,
  ImportProblem,
  LineRef,
} from './types';
export { assignmentCells, purchaseCells, type RegisterCell } from './rows';
