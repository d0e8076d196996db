/** What every rule sees: the register, the settings in force, and indexes built once. */
import type { CloudRights, ProductEdition, ProductId } from '../licensing';
import type { EvidenceContext } from '../evidence';
import type { Holdings, PositionRow, StaleReason } from '../position';
import type { Register } from '../register';

/**
 * The CAL holders of some products need besides (the Windows Server CAL of Exchange,
 * SharePoint, Skype and Project Server users), and whether the register counts it: not when
 * it keeps Windows Server CALs elsewhere (a setting), nor when it records none at all.
 */
export interface AlsoNeeded {
  readonly cal: ProductEdition;
  /** The version counted in the position; absent when `off`. */
  readonly version?: string;
  readonly off?: 'elsewhere' | 'none-recorded';
}

export interface DeployedServers {
  /** The newest version deployed, by rank, and where that was read. */
  readonly rank: number;
  readonly version: string;
  readonly where: string;
}

export interface AuditContext {
  readonly register: Register;
  /** Day number of the as-of date. */
  readonly asOf: number;
  readonly staleDays: number;
  /** Assignments grouped by holder (account or device). */
  readonly holdings: Holdings;
  /** What the evidence of use (Usage table, imported exports) says, matched to holders. */
  readonly evidence: EvidenceContext;
  /** Why assignments are stale, by row index (rows that are not stale are absent). */
  readonly stale: ReadonlyMap<number, StaleReason>;
  /** Server licences recorded, by product (Servers rows, else server purchase lines). */
  readonly servers: ReadonlyMap<ProductId, DeployedServers>;
  readonly position: readonly PositionRow[];
  /** For rows that name a previous holder ("Reassigned from"), the previous row. */
  readonly previous: ReadonlyMap<number, number>;
  /** 1 for rows that are history: a later row took their CAL. */
  readonly ended: Uint8Array;
  /** Which CALs the register's cloud plans stand for (its Cloud rights, else the shipped rows). */
  readonly cloud: CloudRights;
  /** The Windows Server CAL holders of other server CALs need; undefined without such data. */
  readonly alsoNeeded?: AlsoNeeded;
  /** The register relies on Microsoft 365 Extended Use Rights for Subscription Edition servers. */
  readonly extendedUseRights: boolean;
}
