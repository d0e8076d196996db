/**
 * The register as typed records. Parsing never throws: a field that could not be read is
 * left empty and its problem recorded on the record, for the REG-INVALID rule to report.
 */
import type { AssignmentTable } from './assignment-table';
import type { CellProblem } from './cells';
import type { DateOrder } from './date-order';
import type { Licence, LicenceProblem, Offering } from '../licensing';
import type { UnreadSheet } from './locate';
import type { TableName } from './schema';

export type Status = 'Active' | 'Left' | 'Disabled' | 'Absent';

/** A field of a record that could not be read. */
export interface FieldIssue {
  readonly field: string;
  readonly problem:
    | CellProblem
    | LicenceProblem
    | { readonly problem: 'bad-account'; readonly text: string }
    | { readonly problem: 'bad-status'; readonly text: string }
    | { readonly problem: 'bad-licence-type'; readonly text: string }
    | { readonly problem: 'licence-type-conflict'; readonly text: string }
    | { readonly problem: 'not-yes-no'; readonly text: string }
    | { readonly problem: 'bad-date-order'; readonly text: string }
    | {
        /** A Product, Version, Edition or CAL type column says otherwise than the Licence. */
        readonly problem: 'contradicts';
        /** The Licence as written. */
        readonly text: string;
        readonly says: string;
        readonly nameSays: string;
      };
}

interface RecordBase {
  /** Worksheet row number, as Excel shows it. */
  readonly row: number;
  /** Fields that could not be read; absent when all could. */
  issues?: FieldIssue[];
}

export interface Purchase extends RecordBase {
  readonly licence?: Licence;
  /** The licence text as written (for messages and the proof checklist). */
  readonly licenceText: string;
  readonly pack: number;
  readonly quantity?: number;
  /** quantity x pack; 0 when either is unknown. */
  readonly owned: number;
  readonly purchaseDate?: number;
  readonly invoice: string;
  readonly order: string;
  readonly reseller: string;
  readonly agreement: string;
  readonly saEnd?: number;
  /** How the line was bought, as its Licence type column or its licence name says. */
  readonly offering?: Offering;
  /**
   * Software Assurance or a subscription: from the purchase date (when known) to the SA or
   * subscription end date. A line without an end date has none.
   */
  readonly coverage?: Coverage;
  readonly proofLocation: string;
  readonly notes: string;
  /** The line names no Microsoft server product or CAL (other software): not counted. */
  readonly foreign?: true;
}

/** A purchase line's Software Assurance or subscription term (day numbers, both ends included). */
export interface Coverage {
  readonly kind: 'sa' | 'subscription';
  /** The purchase date; undefined when the line has none. */
  readonly from?: number;
  readonly to: number;
}

export interface Assignment extends RecordBase {
  readonly licence?: Licence;
  readonly licenceText: string;
  readonly assignedTo: string;
  readonly account: string;
  readonly device: string;
  /**
   * Who holds the CAL, lower case ("dana@contoso.com", "pc-042"): the same person or device
   * on two rows has the same holder key. '' when the row names nobody.
   */
  readonly holderKey: string;
  /** The holder is a device (a Device CAL, or a row that names only a device). */
  readonly byDevice: boolean;
  /** The account or device as written: how a finding names the record. */
  readonly key: string;
  readonly assignedOn?: number;
  readonly reassignedFrom: string;
  readonly reason: string;
  readonly status: Status;
  readonly lastActivity?: number;
}

export interface ServerRecord extends RecordBase {
  readonly name: string;
  /** The server licence (product, version, edition), when the product could be read. */
  readonly licence?: Licence;
  readonly productText: string;
  readonly reference: string;
}

export interface UsageRecord extends RecordBase {
  /** The account as the evidence names it (UPN, e-mail, DOMAIN\\sam or a display name). */
  readonly account: string;
  /** Lower-case account, matched against assignment accounts. */
  readonly accountKey: string;
  /** Other names the evidence gives the same account (lower case), for matching. */
  readonly names?: readonly string[];
  /** Disabled (AD Enabled=False, sign-in blocked) or Left (deleted), when the evidence says. */
  readonly status?: Status;
  /** Index of the imported export this row came from; undefined for the Usage table's rows. */
  readonly evidence?: number;
  /** The CAL the evidence says the account needs; undefined when the column is blank. */
  readonly licence?: Licence;
  readonly licenceText: string;
  readonly lastLogon?: number;
  readonly source: string;
  readonly capturedOn?: number;
  /**
   * The row's source lists every user of the row's CAL (the Usage table's "Lists every user
   * of the CAL" column is Yes). Undefined for imported exports: their format says it.
   */
  readonly listsEveryUser?: boolean;
  /**
   * The domains (upper case) whose every account the row's source lists (the Usage table's
   * "Lists every account of domain" column). Undefined for imported exports and blank cells.
   */
  readonly listsEveryAccountOf?: readonly string[];
}

/** A row of the Cloud rights table: a plan and the CALs the admin says it stands for. */
export interface CloudRightRecord extends RecordBase {
  readonly planText: string;
  /** The plan's id (cloud-plans.ts), when the text names a plan CAL Register knows. */
  readonly plan?: string;
  readonly calsText: string;
  /** The CALs it stands for (User CALs, of any version). */
  readonly cals: readonly Licence[];
  /** The admin confirmed the row (Yes); an empty cell is not a confirmation. */
  readonly confirmed: boolean;
  readonly source: string;
}

export interface Settings {
  readonly asOf?: number;
  readonly staleDays?: number;
  readonly organisation?: string;
  /**
   * "Windows Server CALs kept elsewhere": Yes when the register does not record Windows Server
   * CALs (CAL-NO-WINDOWS-CAL is then off, and the report says so).
   */
  readonly windowsCalsElsewhere?: boolean;
  /**
   * "Relies on Microsoft 365 Extended Use Rights": Yes when Subscription Edition servers are
   * licensed through qualifying Microsoft 365 plans rather than Software Assurance.
   */
  readonly extendedUseRights?: boolean;
  /** How text dates with day and month as numbers are read ("Date order"), when it says. */
  readonly dateOrder?: DateOrder;
  /** Rows of settings that could not be read, for REG-INVALID. */
  readonly issues: ReadonlyArray<{
    readonly row: number;
    readonly setting: string;
    readonly issue: FieldIssue;
  }>;
}

/** Where a table was found and which of its columns exist. */
export interface TableInfo {
  readonly role: TableName;
  readonly sheet: string;
  readonly table?: string;
  readonly headerRow: number;
  /** Field -> column letter, for fields the table has. */
  readonly letters: Readonly<Record<string, string>>;
  /** Field -> the header as written in the sheet. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface Register {
  readonly purchases: Purchase[];
  /** Columns, not objects: a register can hold a million assignment rows. */
  readonly assignments: AssignmentTable;
  readonly servers: ServerRecord[];
  readonly usage: UsageRecord[];
  readonly settings: Settings;
  /** The Cloud rights table's rows; empty when the register has none (the shipped defaults apply). */
  readonly cloudRights: CloudRightRecord[];
  readonly tables: Partial<Record<TableName, TableInfo>>;
  /** Sheets named like a table whose header row was not recognised (absent: none). */
  readonly unreadSheets?: readonly UnreadSheet[];
}

export function addIssue(record: RecordBase, field: string, problem: FieldIssue['problem']): void {
  (record.issues ??= []).push({ field, problem });
}
