/**
 * The Assignments table as compact columns. A register can hold a million assignment rows,
 * and an audit's cost there is mostly memory. So the table keeps typed arrays (numbers,
 * licence ids, flags), reads the names (assigned to, account, device) from the grid it was
 * parsed from instead of copying them, and keeps usually-empty fields sparsely. Rules read
 * it by row index.
 */
import { textOf } from './cells';
import { LICENCES_BY_ID, type Licence } from '../licensing';
import type { Assignment, FieldIssue, Status } from './records';
import { HASH_BITS, NAME_UPPER } from './assignee';
import { HASH_START, hashStep, StringIndex } from './string-index';

const NO_DAY = -2_147_483_648;
const STATUSES: readonly Status[] = ['Active', 'Left', 'Disabled', 'Absent'];
/** Which field names the holder: none, the account, the assigned-to name, the device. */
const KEY_NONE = 0;
const KEY_ACCOUNT = 1;
const KEY_ASSIGNED_TO = 2;
const KEY_DEVICE = 3;
/** Prefixes a device's holder key, so a device and an account never share a holder. */
const DEVICE_MARK = '\u0001';
/** Where the hash of a device's holder key starts: after its mark (for scanName). */
export const DEVICE_SEED = hashStep(HASH_START, DEVICE_MARK.charCodeAt(0));

export type KeyField = 'account' | 'assignedTo' | 'device' | '';

/** Where the names of each row are: the grid's rows and the columns of the name fields. */
export interface AssignmentSource {
  readonly rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>;
  /** Index into a row's cells of each field; -1 when the table has no such column. */
  readonly assignedTo: number;
  readonly account: number;
  readonly device: number;
}

/**
 * What the parser knows of a row's names, as bits (`names`), so that rules asked of every row
 * need not read the names back from the grid. PLAIN_*: the cell is plain text, returned as it
 * is. NONE_*: the field is empty. When neither is set (a name the parser did not read, or not
 * plain text) the name is read from the grid. ACCOUNT_AT: the account has an @ (a UPN or an
 * e-mail address), so it is no device's name. ASSIGNED_TO_PERSON: the Assigned to was read and
 * is no device's name (looksLikeDevice).
 */
export const PLAIN_ASSIGNED_TO = 1;
export const PLAIN_ACCOUNT = 2;
export const PLAIN_DEVICE = 4;
export const NONE_ASSIGNED_TO = 8;
export const NONE_ACCOUNT = 16;
export const NONE_DEVICE = 32;
export const ACCOUNT_AT = 64;
export const ASSIGNED_TO_PERSON = 128;

const NO_SOURCE: AssignmentSource = { rows: [], assignedTo: -1, account: -1, device: -1 };

export class AssignmentTable {
  length = 0;
  /** Worksheet row number, as Excel shows it. */
  readonly row: Int32Array;
  /** The holder is a device (a Device CAL, or a row that names only a device): 1. */
  readonly byDevice: Uint8Array;
  /**
   * Who holds each row: the same account (any case), or the same device, on two rows has
   * the same holder id; -1 when the row names nobody. Ids count from 0 in order of first sight.
   */
  readonly holder: Int32Array;
  private readonly licenceIds: Int32Array;
  private readonly sourceRow: Int32Array;
  private readonly names: Uint8Array;
  private readonly keyFrom: Uint8Array;
  private readonly assignedOnDays: Int32Array;
  private readonly lastActivityDays: Int32Array;
  private readonly statusCode: Uint8Array;
  private readonly holders: StringIndex;
  /** Licence text of rows whose licence could not be read. */
  private readonly unreadLicence = new Map<number, string>();
  private readonly reassignedFromText = new Map<number, string>();
  private readonly reasonText = new Map<number, string>();
  /** The licences by id, held here: every rule asks each row's licence. */
  private readonly licences = LICENCES_BY_ID;
  /** Fields that could not be read, by row index; most rows have none. */
  readonly issues = new Map<number, FieldIssue[]>();

  /** `capacity`: the most rows the table will hold (the grid's row count). */
  constructor(
    capacity = 0,
    private readonly source: AssignmentSource = NO_SOURCE,
  ) {
    this.row = new Int32Array(capacity);
    this.byDevice = new Uint8Array(capacity);
    this.holder = new Int32Array(capacity);
    this.licenceIds = new Int32Array(capacity);
    this.sourceRow = new Int32Array(capacity);
    this.names = new Uint8Array(capacity);
    this.keyFrom = new Uint8Array(capacity);
    this.assignedOnDays = new Int32Array(capacity);
    this.lastActivityDays = new Int32Array(capacity);
    this.statusCode = new Uint8Array(capacity);
    this.holders = new StringIndex(capacity);
  }

  /**
   * Appends row `sourceRow` of the source grid; returns its index. `key` says which name field
   * names the holder, `name` is its text; `scan` is scanName's answer for that name (from
   * DEVICE_SEED for a device's), or -1 when the name was not scanned.
   */
  push(
    row: number,
    sourceRow: number,
    names: number,
    licence: Licence | undefined,
    licenceText: string,
    key: KeyField,
    name: string,
    scan: number,
    byDevice: boolean,
    assignedOn: number | undefined,
    reassignedFrom: string,
    reason: string,
    status: Status,
    lastActivity: number | undefined,
    issues: FieldIssue[] | undefined,
  ): number {
    const i = this.length;
    if (i >= this.row.length) throw new RangeError('AssignmentTable is full');
    this.row[i] = row;
    this.sourceRow[i] = sourceRow;
    this.names[i] = names;
    this.licenceIds[i] = licence === undefined ? -1 : licence.id;
    if (licence === undefined && licenceText !== '') this.unreadLicence.set(i, licenceText);
    this.keyFrom[i] =
      key === 'account'
        ? KEY_ACCOUNT
        : key === 'assignedTo'
          ? KEY_ASSIGNED_TO
          : key === 'device'
            ? KEY_DEVICE
            : KEY_NONE;
    this.byDevice[i] = byDevice ? 1 : 0;
    this.holder[i] =
      name === ''
        ? -1
        : scan < 0
          ? this.holders.add(byDevice ? DEVICE_MARK + name.toLowerCase() : name.toLowerCase())
          : this.holders.addHashed(
              (byDevice ? DEVICE_MARK : '') +
                ((scan & NAME_UPPER) !== 0 ? name.toLowerCase() : name),
              scan & HASH_BITS,
            );
    this.assignedOnDays[i] = assignedOn ?? NO_DAY;
    if (reassignedFrom !== '') this.reassignedFromText.set(i, reassignedFrom);
    if (reason !== '') this.reasonText.set(i, reason);
    this.statusCode[i] = STATUSES.indexOf(status);
    this.lastActivityDays[i] = lastActivity ?? NO_DAY;
    if (issues) this.issues.set(i, issues);
    this.length = i + 1;
    return i;
  }

  /** How many distinct holders the table has; holder ids run from 0 to this, exclusive. */
  get holderCount(): number {
    return this.holders.size;
  }

  /** The holder id of a lower-case account (or device name), -1 when it holds nothing here. */
  holderNamed(lower: string, device: boolean): number {
    return this.holders.get(device ? DEVICE_MARK + lower : lower);
  }

  /** The id of the row's licence (Licence.id, an index into LICENCES_BY_ID); -1 for none. */
  licenceId(i: number): number {
    return this.licenceIds[i];
  }

  licence(i: number): Licence | undefined {
    const id = this.licenceIds[i];
    return id < 0 ? undefined : this.licences[id];
  }

  private name(i: number, column: number, plain: number, none: number): string {
    const known = this.names[i];
    if (column < 0 || (known & none) !== 0) return '';
    const cell = this.source.rows[this.sourceRow[i]]?.[column];
    return (known & plain) !== 0 ? (cell as string) : textOf(cell);
  }

  assignedTo(i: number): string {
    return this.name(i, this.source.assignedTo, PLAIN_ASSIGNED_TO, NONE_ASSIGNED_TO);
  }

  account(i: number): string {
    return this.name(i, this.source.account, PLAIN_ACCOUNT, NONE_ACCOUNT);
  }

  device(i: number): string {
    return this.name(i, this.source.device, PLAIN_DEVICE, NONE_DEVICE);
  }

  /** Whether a name field is empty, mostly told without reading the grid. */
  private blank(i: number, column: number, plain: number, none: number): boolean {
    const known = this.names[i];
    if ((known & none) !== 0) return true;
    if ((known & plain) !== 0) return false;
    return this.name(i, column, plain, none) === '';
  }

  hasAssignedTo(i: number): boolean {
    return !this.blank(i, this.source.assignedTo, PLAIN_ASSIGNED_TO, NONE_ASSIGNED_TO);
  }

  hasAccount(i: number): boolean {
    return !this.blank(i, this.source.account, PLAIN_ACCOUNT, NONE_ACCOUNT);
  }

  hasDevice(i: number): boolean {
    return !this.blank(i, this.source.device, PLAIN_DEVICE, NONE_DEVICE);
  }

  /** The account is empty, or has an @: it names no device. */
  accountNamesNoDevice(i: number): boolean {
    return (this.names[i] & (ACCOUNT_AT | NONE_ACCOUNT)) !== 0;
  }

  /** The Assigned to is empty, or no device's name (looksLikeDevice): told without reading it. */
  assignedToNamesNoDevice(i: number): boolean {
    return (this.names[i] & (ASSIGNED_TO_PERSON | NONE_ASSIGNED_TO)) !== 0;
  }

  /** The account or device as written that names the holder: how a finding names the row. */
  key(i: number): string {
    switch (this.keyFrom[i]) {
      case KEY_ACCOUNT:
        return this.account(i);
      case KEY_ASSIGNED_TO:
        return this.assignedTo(i);
      case KEY_DEVICE:
        return this.device(i);
      default:
        return '';
    }
  }

  /** The licence as written; '' when the row names none. */
  licenceText(i: number): string {
    return this.licence(i)?.name ?? this.unreadLicence.get(i) ?? '';
  }

  assignedOn(i: number): number | undefined {
    const day = this.assignedOnDays[i];
    return day === NO_DAY ? undefined : day;
  }

  lastActivity(i: number): number | undefined {
    const day = this.lastActivityDays[i];
    return day === NO_DAY ? undefined : day;
  }

  status(i: number): Status {
    return STATUSES[this.statusCode[i]];
  }

  reassignedFrom(i: number): string {
    return this.reassignedFromText.size === 0 ? '' : (this.reassignedFromText.get(i) ?? '');
  }

  reason(i: number): string {
    return this.reasonText.size === 0 ? '' : (this.reasonText.get(i) ?? '');
  }

  /** Row indexes that name a previous holder ("Reassigned from"). */
  reassignedRows(): number[] {
    return [...this.reassignedFromText.keys()];
  }

  /** Row i as one object (for tests and cold paths; rules read the columns). */
  at(i: number): Assignment {
    const key = this.key(i);
    return {
      row: this.row[i],
      licence: this.licence(i),
      licenceText: this.licenceText(i),
      assignedTo: this.assignedTo(i),
      account: this.account(i),
      device: this.device(i),
      holderKey: key.toLowerCase(),
      byDevice: this.byDevice[i] === 1,
      key,
      assignedOn: this.assignedOn(i),
      reassignedFrom: this.reassignedFrom(i),
      reason: this.reason(i),
      status: this.status(i),
      lastActivity: this.lastActivity(i),
      issues: this.issues.get(i),
    };
  }

  /** Every row as objects, in sheet order. */
  toArray(): Assignment[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}
