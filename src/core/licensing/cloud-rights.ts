/**
 * Which CALs the cloud plans of a register stand for: the rows of its Cloud rights table (the
 * admin's word, confirmed or not), and for plans the table does not list, the rows CAL Register
 * ships (cloud-plans.ts: confirmed only where a Microsoft source states them). Only confirmed
 * rows count: a holder of a plan needs no CAL it is confirmed to stand for.
 */
import type { ProductEdition } from './catalogue';
import { CLOUD_PLANS, type CloudPlan } from './cloud-plans';

export interface CloudRight {
  readonly plan: CloudPlan;
  /** The CAL (product and edition; a User CAL) the plan stands for. */
  readonly cal: ProductEdition;
  readonly confirmed: boolean;
  /** Where the row comes from: "Cloud rights row 4", or the shipped row's source. */
  readonly source: string;
  /** The row is the workbook's (its Cloud rights table), not a shipped default. */
  readonly fromWorkbook: boolean;
}

/** A row of the workbook's Cloud rights table, as the register reads it. */
export interface CloudRightRow {
  readonly plan: string;
  readonly cals: readonly ProductEdition[];
  readonly confirmed: boolean;
  /** Where it is: "Cloud rights row 4". */
  readonly where: string;
}

const PLAN_BY_ID = new Map(CLOUD_PLANS.map((plan) => [plan.id, plan]));

export class CloudRights {
  private readonly byPlan = new Map<string, CloudRight[]>();

  constructor(readonly rights: readonly CloudRight[]) {
    for (const right of rights) {
      const list = this.byPlan.get(right.plan.id);
      if (list) list.push(right);
      else this.byPlan.set(right.plan.id, [right]);
    }
  }

  /** True when the plan is confirmed to stand for the CAL. */
  covers(plan: string, cal: ProductEdition): boolean {
    return (this.byPlan.get(plan) ?? []).some(
      (r) => r.confirmed && r.cal.product === cal.product && r.cal.edition === cal.edition,
    );
  }

  /** The rows of one plan, confirmed or not. */
  of(plan: string): readonly CloudRight[] {
    return this.byPlan.get(plan) ?? [];
  }
}

/**
 * The rights in force: the workbook's rows for each plan it lists (they replace the shipped
 * rows of that plan), the shipped rows for every other plan.
 */
export function cloudRightsOf(rows: readonly CloudRightRow[]): CloudRights {
  const listed = new Set(rows.map((row) => row.plan));
  const rights: CloudRight[] = [];
  for (const row of rows) {
    const plan = PLAN_BY_ID.get(row.plan);
    if (!plan) continue;
    for (const cal of row.cals)
      rights.push({ plan, cal, confirmed: row.confirmed, source: row.where, fromWorkbook: true });
  }
  for (const plan of CLOUD_PLANS) {
    if (listed.has(plan.id)) continue;
    for (const e of plan.equivalences)
      rights.push({
        plan,
        cal: e.cal,
        confirmed: e.verified,
        source: e.source.title,
        fromWorkbook: false,
      });
  }
  return new CloudRights(rights);
}

/** The shipped rights alone (no Cloud rights table). */
export const SHIPPED_CLOUD_RIGHTS = cloudRightsOf([]);
