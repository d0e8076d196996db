/**
 * The Assignments table as compact columns. A register can hold a million assignment rows,
 * and an audit's cost there is mostly memory: one object per row (or one array per field
 * grown by push) touches several times the memory of these preallocated columns. Rules read
 * the columns by row index; fields that are usually empty are kept sparsely.
 */
import type { Licence } from './licence';
import type { Assignment, FieldIssue, Status } from './register';
import { StringIndex } from './string-index';

const NO_DAY = -2_147_483_648;
const STATUSES: readonly Status[] = ['Active', 'Left', 'Disabled', 'Absent'];
/** Which field names the holder: none, the account, the assigned-to name, the device. */
const KEY_NONE = 0;
const KEY_ACCOUNT = 1;
const KEY_ASSIGNED_TO = 2;
const KEY_DEVICE = 3;

export class AssignmentTable {
  length = 0;
  /** Worksheet row number, as Excel shows it. */
  readonly row: Int32Array;
  readonly licence: (Licence | undefined)[];
  readonly assignedTo: string[];
  readonly account: string[];
  readonly device: string[];
  /** The holder is a device (a Device CAL, or a row that names only a device). */
  readonly byDevice: Uint8Array;
  /**
   * Who holds each row: the same account (any case), or the same device, on two rows has
   * the same holder id; -1 when the row names nobody. Ids count from 0 in order of first sight.
   */
  readonly holder: Int32Array;
  holderCount = 0;
  private readonly users: StringIndex;
  private readonly devices: StringIndex;
  private readonly userHolder: Int32Array;
  private readonly deviceHolder: number[] = [];
  private readonly keyFrom: Uint8Array;
  private readonly assignedOnDays: Int32Array;
  private readonly lastActivityDays: Int32Array;
  private readonly statusCode: Uint8Array;
  /** Licence text of rows whose licence could not be read. */
  private readonly unreadLicence = new Map<number, string>();
  private readonly reassignedFromText = new Map<number, string>();
  private readonly reasonText = new Map<number, string>();
  /** Fields that could not be read, by row index; most rows have none. */
  readonly issues = new Map<number, FieldIssue[]>();

  /** `capacity`: the most rows the table will hold (the grid's row count). */
  constructor(capacity = 0) {
    this.row = new Int32Array(capacity);
    this.licence = new Array<Licence | undefined>(capacity);
    this.assignedTo = new Array<string>(capacity);
    this.account = new Array<string>(capacity);
    this.device = new Array<string>(capacity);
    this.byDevice = new Uint8Array(capacity);
    this.holder = new Int32Array(capacity);
    this.users = new StringIndex(capacity);
    this.devices = new StringIndex();
    this.userHolder = new Int32Array(capacity);
    this.keyFrom = new Uint8Array(capacity);
    this.assignedOnDays = new Int32Array(capacity);
    this.lastActivityDays = new Int32Array(capacity);
    this.statusCode = new Uint8Array(capacity);
  }

  /** Appends a row; returns its index. `key` must be the account, assigned-to or device text. */
  push(
    row: number,
    licence: Licence | undefined,
    licenceText: string,
    assignedTo: string,
    account: string,
    device: string,
    key: 'account' | 'assignedTo' | 'device' | '',
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
    this.licence[i] = licence;
    if (licence === undefined && licenceText !== '') this.unreadLicence.set(i, licenceText);
    this.assignedTo[i] = assignedTo;
    this.account[i] = account;
    this.device[i] = device;
    this.keyFrom[i] =
      key === 'account'
        ? KEY_ACCOUNT
        : key === 'assignedTo'
          ? KEY_ASSIGNED_TO
          : key === 'device'
            ? KEY_DEVICE
            : KEY_NONE;
    this.byDevice[i] = byDevice ? 1 : 0;
    const name =
      key === 'account'
        ? account
        : key === 'assignedTo'
          ? assignedTo
          : key === 'device'
            ? device
            : '';
    this.holder[i] = name === '' ? -1 : this.holderOf(name.toLowerCase(), byDevice);
    this.assignedOnDays[i] = assignedOn ?? NO_DAY;
    if (reassignedFrom !== '') this.reassignedFromText.set(i, reassignedFrom);
    if (reason !== '') this.reasonText.set(i, reason);
    this.statusCode[i] = STATUSES.indexOf(status);
    this.lastActivityDays[i] = lastActivity ?? NO_DAY;
    if (issues) this.issues.set(i, issues);
    this.length = i + 1;
    return i;
  }

  private holderOf(lower: string, device: boolean): number {
    const index = device ? this.devices : this.users;
    const known = index.size;
    const at = index.add(lower);
    if (at < known) return device ? this.deviceHolder[at] : this.userHolder[at];
    const id = this.holderCount;
    this.holderCount += 1;
    if (device) this.deviceHolder.push(id);
    else this.userHolder[at] = id;
    return id;
  }

  /** The holder id of a lower-case account (or device name), -1 when it holds nothing here. */
  holderNamed(lower: string, device: boolean): number {
    const at = (device ? this.devices : this.users).get(lower);
    if (at < 0) return -1;
    return device ? this.deviceHolder[at] : this.userHolder[at];
  }

  /** The account or device as written that names the holder: how a finding names the row. */
  key(i: number): string {
    switch (this.keyFrom[i]) {
      case KEY_ACCOUNT:
        return this.account[i];
      case KEY_ASSIGNED_TO:
        return this.assignedTo[i];
      case KEY_DEVICE:
        return this.device[i];
      default:
        return '';
    }
  }

  /** The licence as written; '' when the row names none. */
  licenceText(i: number): string {
    return this.licence[i]?.name ?? this.unreadLicence.get(i) ?? '';
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
      licence: this.licence[i],
      licenceText: this.licenceText(i),
      assignedTo: this.assignedTo[i],
      account: this.account[i],
      device: this.device[i],
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
