/**
 * What the task pane's state hook is given (the environment Office.onReady found) and what it
 * gives App.tsx to render (usePane.ts).
 */
import type { EvidenceImport, Finding, ImportPlan, Language } from '../../core';
import type { InteractiveWorkbook, RegisterSettings } from '../../excel/port';
import type { Clock } from '../controller';
import type { PaneState } from '../state';

export interface Environment {
  /** False outside Excel (Office.onReady gave no Excel host). */
  readonly inExcel: boolean;
  readonly workbook?: InteractiveWorkbook;
  /** Whether the workbook has sheets or tables named like a register (a cheap look before reading). */
  readonly hasRegister?: () => Promise<boolean>;
  readonly clock: Clock;
  /** How the audit sheet names the workbook. */
  readonly workbookName: string;
  /** Office's display language ("de-DE"): the language Create register offers first. */
  readonly displayLanguage?: string;
}

export interface Pane {
  readonly state: PaneState;
  readonly clock: Clock;
  /** What runs now ("Validating"), or undefined when the pane is idle. */
  readonly busy?: string;
  readonly idle: boolean;
  /** What the admin typed in the settings form: only these override the register's settings. */
  readonly overrides: RegisterSettings;
  readonly setOverrides: (settings: RegisterSettings) => void;
  /** Changes when the settings form must start empty again (its values were saved). */
  readonly formKey: number;
  readonly validate: () => void;
  readonly writeAuditSheet: () => void;
  /** Retries what failed (start, validation or the audit sheet). */
  readonly retry: () => void;
  /** Adds an import to the Usage table and validates again; resolves true when it was added. */
  readonly addEvidence: (evidence: EvidenceImport) => Promise<boolean>;
  /** Adds imported licence records to Purchases and Assignments and validates again. */
  readonly addLicenceRecords: (plan: ImportPlan) => Promise<boolean>;
  readonly goTo: (finding: Finding) => void;
  /** The language Create register offers first: Office's display language, where it is one. */
  readonly registerLanguage: Language;
  readonly createRegister: (language?: Language) => void;
  readonly saveSettings: (settings: RegisterSettings) => void;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}
