/**
 * The engine's entry point: grids in, position and findings out. Pure: the caller passes
 * today's date; nothing here reads a clock, a file or the network.
 */
import {
  cloudRightsOf,
  covers,
  latestVersion,
  PRODUCT_LIST,
  type CloudRights,
  type Licence,
  type ProductId,
} from './licensing';
import {
  isoToDay,
  type SheetGrid,
  parseRegister,
  type ParseOptions,
  type Register,
  type TableName,
} from './register';
import {
  SEVERITY_ORDER,
  type Finding,
  type RuleId,
  placed,
  RULES,
  type AlsoNeeded,
  type AuditContext,
  type DeployedServers,
  type RuleDef,
} from './rules';
import {
  computePosition,
  type PositionRow,
  Holdings,
  endedRows,
  previousAssignments,
  staleReason,
  type StaleReason,
} from './position';
import {
  evidenceContext,
  missingRows,
  unseenRows,
  evidenceUsage,
  type EvidenceImport,
} from './evidence';

export const DEFAULT_STALE_DAYS = 90;

// Bound once: buildContext asks it of every row (docs/architecture.md, "Hot loops").
const staleReasonOf = staleReason;

export interface AuditOptions extends ParseOptions {
  /** Today, as a day number (days since 1970-01-01): the as-of date when none is set. */
  readonly today: number;
  /** Overrides the Settings sheet's as-of date (ISO text or day number). */
  readonly asOf?: string | number;
  /** Overrides the Settings sheet's stale threshold. */
  readonly staleDays?: number;
  /** Exports read as evidence of use, besides the Usage table. */
  readonly evidence?: readonly EvidenceImport[];
}

/**
 * compliant: every licence line was read, the register has assignments, and no error was
 * found; not-compliant: an error was found; incomplete: no error, but the register could not
 * be fully checked (licence names not understood, no assignments to check against).
 */
export type Verdict = 'compliant' | 'not-compliant' | 'incomplete';

export interface Summary {
  /** True only for the verdict "compliant". */
  readonly compliant: boolean;
  readonly verdict: Verdict;
  readonly shortfall: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Why the register could not be fully checked ("5 licence names not understood"); absent when it could. */
  readonly incomplete?: readonly string[];
}

export interface AuditResult {
  readonly asOf: number;
  readonly staleDays: number;
  readonly organisation?: string;
  readonly register: Register;
  readonly position: readonly PositionRow[];
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** Rules a setting turned off for this register, and why: the reports say so. */
  readonly notChecked: readonly NotChecked[];
  readonly context: AuditContext;
}

export interface NotChecked {
  readonly rule: RuleId;
  readonly why: string;
}

function serversOf(register: Register): Map<ProductId, DeployedServers> {
  const servers = new Map<ProductId, DeployedServers>();
  const note = (product: ProductId, rank: number, version: string, where: string) => {
    const seen = servers.get(product);
    if (!seen || rank > seen.rank) servers.set(product, { rank, version, where });
  };
  const serverSheet = register.tables.Servers?.sheet ?? 'Servers';
  for (const s of register.servers) {
    if (s.licence)
      note(
        s.licence.product,
        s.licence.rank,
        s.licence.version,
        `${s.name || 'server'}, ${serverSheet} row ${s.row}`,
      );
  }
  const purchaseSheet = register.tables.Purchases?.sheet ?? 'Purchases';
  // Purchase lines prove a licence exists; the Servers table, when it lists a product, says what runs.
  const listed = new Set(servers.keys());
  for (const p of register.purchases) {
    if (!p.licence || p.licence.cal) continue;
    const product = p.licence.product;
    if (listed.has(product)) continue;
    note(product, p.licence.rank, p.licence.version, `${purchaseSheet} row ${p.row}`);
  }
  return servers;
}

/** The cloud rights in force: the register's Cloud rights rows, else the shipped defaults. */
function cloudOf(register: Register): CloudRights {
  const sheet = register.tables.CloudRights?.sheet ?? 'Cloud rights';
  return cloudRightsOf(
    register.cloudRights.flatMap((r) =>
      r.plan === undefined
        ? []
        : [{ plan: r.plan, cals: r.cals, confirmed: r.confirmed, where: `${sheet} row ${r.row}` }],
    ),
  );
}

/**
 * Whether holders of Exchange, SharePoint, Skype and Project Server CALs are counted for the
 * Windows Server CAL they need besides, and of which version: the Windows Server deployed
 * (Servers, else a server purchase line), else the newest Windows Server CAL the register holds.
 */
function alsoNeededOf(
  register: Register,
  servers: ReadonlyMap<ProductId, DeployedServers>,
): AlsoNeeded | undefined {
  const cal = PRODUCT_LIST.find((p) => p.alsoNeeds)?.alsoNeeds;
  if (!cal) return undefined;
  if (register.settings.windowsCalsElsewhere === true) return { cal, off: 'elsewhere' };
  let newest: Licence | undefined;
  let recorded = false;
  const consider = (l: Licence | undefined) => {
    if (!l || !l.cal || !covers(l, cal)) return;
    recorded = true;
    if (l.product === cal.product && (!newest || l.rank > newest.rank)) newest = l;
  };
  for (const p of register.purchases) consider(p.licence);
  const t = register.assignments;
  // A licence's rows are mostly together: each run of them is considered once.
  let previous: Licence | undefined;
  for (let i = 0; i < t.length; i += 1) {
    const licence = t.licence(i);
    if (licence === previous) continue;
    previous = licence;
    consider(licence);
  }
  if (!recorded) return { cal, off: 'none-recorded' };
  const version =
    servers.get(cal.product)?.version || newest?.version || latestVersion(cal.product);
  return { cal, version };
}

function resolveAsOf(options: AuditOptions, register: Register): number {
  if (typeof options.asOf === 'number') return options.asOf;
  if (typeof options.asOf === 'string') {
    const day = isoToDay(options.asOf);
    if (day !== undefined) return day;
  }
  return register.settings.asOf ?? options.today;
}

function byPlace(a: Finding, b: Finding): number {
  const sheetA = a.sheet ?? '';
  const sheetB = b.sheet ?? '';
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.row === undefined ? 0 : 1) - (b.row === undefined ? 0 : 1) ||
    (sheetA < sheetB ? -1 : sheetA > sheetB ? 1 : 0) ||
    (a.row ?? 0) - (b.row ?? 0)
  );
}

/**
 * The settings in force and the indexes every rule reads. The position is computed on first
 * use: checks that flag rows only (CAL.FLAGS) never pay for it.
 */
export function buildContext(register: Register, options: AuditOptions): AuditContext {
  const asOf = resolveAsOf(options, register);
  const staleDays = options.staleDays ?? register.settings.staleDays ?? DEFAULT_STALE_DAYS;
  const assignments = register.assignments;
  const previous = previousAssignments(assignments);
  const ended = endedRows(assignments, previous);
  const holdings = new Holdings(assignments, previous.size > 0 ? ended : undefined);
  const evidence = evidenceContext(register, assignments, ended, asOf, options.evidence);
  const unseen =
    evidence.summaries.length > 0 ? unseenRows(assignments, ended, evidence) : undefined;
  const gone =
    evidence.summaries.length > 0
      ? missingRows(assignments, ended, evidence, register.usage)
      : undefined;
  const stale = new Map<number, StaleReason>();
  const byHolder = evidence.byHolder;
  const staleFlags = new Uint8Array(assignments.length);
  for (let i = 0; i < assignments.length; i += 1) {
    if (ended[i] === 1) continue;
    const holder = assignments.holder[i];
    const seen = holder >= 0 ? byHolder[holder] : undefined;
    let reason = staleReasonOf(
      assignments.status(i),
      assignments.lastActivity(i),
      asOf,
      staleDays,
      seen,
      seen ? assignments.licence(i) : undefined,
    );
    // Absent is a temporary absence: not seen on a CAL list is expected then.
    const absent = assignments.status(i) === 'Absent';
    const deleted = absent ? undefined : gone?.get(i);
    if (!reason && deleted?.capturedOn !== undefined)
      reason = { why: 'missing', source: deleted.source, capturedOn: deleted.capturedOn };
    const missing = absent ? undefined : unseen?.get(i);
    if (!reason && missing?.capturedOn !== undefined && missing.completeFor) {
      reason = {
        why: 'unseen',
        source: missing.source,
        capturedOn: missing.capturedOn,
        licence: missing.completeFor.name,
      };
    }
    if (!reason) continue;
    stale.set(i, reason);
    staleFlags[i] = 1;
  }
  let position: PositionRow[] | undefined;
  const servers = serversOf(register);
  const cloud = cloudOf(register);
  const alsoNeeded = alsoNeededOf(register, servers);
  return {
    register,
    asOf,
    staleDays,
    holdings,
    evidence,
    stale,
    servers,
    previous,
    ended,
    cloud,
    ...(alsoNeeded ? { alsoNeeded } : {}),
    extendedUseRights: register.settings.extendedUseRights === true,
    get position(): PositionRow[] {
      position ??= computePosition(register.purchases, holdings, staleFlags, {
        asOf,
        cloud,
        ...(alsoNeeded?.version !== undefined ? { windowsVersion: alsoNeeded.version } : {}),
      });
      return position;
    },
  };
}

/**
 * Runs the rules (all of the registry, or those named) on a context; findings sorted errors
 * first, then by place. The reasons of findings that say a part was not checked go into
 * `unchecked`, when given.
 */
export function runRules(
  context: AuditContext,
  only?: readonly RuleId[],
  rules: readonly RuleDef[] = RULES,
  unchecked?: string[],
): Finding[] {
  const findings: Finding[] = [];
  const { register } = context;
  for (const rule of rules) {
    if (only && !only.includes(rule.id)) continue;
    if (rule.off?.(context) !== undefined) continue;
    const { id, severity } = rule;
    rule.check(context, (found) => {
      findings.push(placed(register, found, id, found.severity ?? severity));
      if (found.unchecked !== undefined) unchecked?.push(found.unchecked);
    });
  }
  return findings.sort(byPlace);
}

/**
 * Where the rules (those named, of `rules`) flag, without what they say: `flag` gets the rule
 * id, the table and the row of each finding (both undefined for one about the register as a
 * whole). The same findings as runRules, in the order the rules report them; no finding's
 * text is made (CAL.FLAGS).
 */
export function flaggedRows(
  context: AuditContext,
  only: readonly RuleId[],
  rules: readonly RuleDef[],
  flag: (rule: RuleId, table: TableName | undefined, row: number | undefined) => void,
): void {
  for (const rule of rules) {
    if (!only.includes(rule.id) || rule.off?.(context) !== undefined) continue;
    const { id } = rule;
    rule.check(context, (found) => flag(id, found.table, found.row));
  }
}

function summaryOf(
  errors: number,
  warnings: number,
  infos: number,
  shortfall: number,
  unchecked: readonly string[],
): Summary {
  const verdict: Verdict =
    errors > 0 ? 'not-compliant' : unchecked.length > 0 ? 'incomplete' : 'compliant';
  return {
    compliant: verdict === 'compliant',
    verdict,
    shortfall,
    errors,
    warnings,
    infos,
    ...(verdict === 'incomplete' ? { incomplete: unchecked } : {}),
  };
}

/** Runs every rule on a parsed register (with the imported evidence, if any, beside its Usage table). */
export function auditRegister(parsed: Register, options: AuditOptions): AuditResult {
  const imported =
    options.evidence && options.evidence.length > 0 ? evidenceUsage(options.evidence) : [];
  const register =
    imported.length > 0 ? { ...parsed, usage: parsed.usage.concat(imported) } : parsed;
  const context = buildContext(register, options);
  const notRead = uncheckedParts(register);
  const cloudOnly = cloudOnlyHolders(context);
  if (cloudOnly > 0)
    notRead.push(
      `${count(cloudOnly, 'holder', 'holders')} with only a cloud plan whose Cloud rights are not confirmed (the CALs they may need were not checked)`,
    );
  const findings = runRules(context, undefined, RULES, notRead);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  const position = context.position;
  const shortfall = position.reduce((sum, row) => sum + row.shortfall, 0);
  return {
    asOf: context.asOf,
    staleDays: context.staleDays,
    ...(register.settings.organisation !== undefined
      ? { organisation: register.settings.organisation }
      : {}),
    register,
    position,
    findings,
    summary: summaryOf(errors, warnings, infos, shortfall, notRead),
    notChecked: RULES.flatMap((rule) => {
      const why = rule.off?.(context);
      return why === undefined ? [] : [{ rule: rule.id, why }];
    }),
    context,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What stops the register from being fully checked: licence lines whose licence was not read
 * (a name not understood, or none given), Servers rows whose version was not read, sheets
 * named like a table whose headers were not recognised, and no assignments to check the
 * purchases against.
 */
/**
 * Holders whose every current licence is a cloud plan with a right not yet confirmed: what
 * CALs the plan stands for is not known, so neither is whether they are licensed. (A plan
 * confirmed in full is counted as the CALs it stands for; a holder who also holds a CAL is
 * judged by the rules.)
 */
function cloudOnlyHolders({ register, holdings, cloud }: AuditContext): number {
  const t = register.assignments;
  let holders = 0;
  for (let h = 0; h < holdings.count; h += 1) {
    let plansOnly = false;
    for (let r = holdings.first[h]; r >= 0; r = holdings.next[r]) {
      const licence = t.licence(r);
      if (licence === undefined) continue;
      const plan = licence.product === 'cloud' ? licence.plan : undefined;
      if (plan === undefined) {
        plansOnly = false;
        break;
      }
      if (cloud.of(plan).some((right) => !right.confirmed)) plansOnly = true;
      else {
        plansOnly = false;
        break;
      }
    }
    if (plansOnly) holders += 1;
  }
  return holders;
}

export function uncheckedParts(register: Register): string[] {
  let unread = 0;
  let empty = 0;
  const notUnderstood = (issues: Register['purchases'][number]['issues']) =>
    issues?.some((issue) => issue.field === 'licence' && 'problem' in issue.problem) === true;
  for (const p of register.purchases) {
    if (p.licence) continue;
    if (p.licenceText === '') empty += 1;
    else if (notUnderstood(p.issues)) unread += 1;
  }
  const t = register.assignments;
  for (let i = 0; i < t.length; i += 1) {
    if (t.licence(i)) continue;
    if (t.licenceText(i) === '') empty += 1;
    else if (notUnderstood(t.issues.get(i))) unread += 1;
  }
  // A server whose version was not read hides which CALs it needs and whether it is a
  // Subscription Edition (SA on every CAL): its CALs were not checked against it.
  let versionless = 0;
  for (const s of register.servers) {
    const unknownVersion = s.issues?.some(
      (issue) => 'problem' in issue.problem && issue.problem.problem === 'unknown-version',
    );
    if (s.licence?.version === '' || unknownVersion === true) versionless += 1;
  }
  const reasons: string[] = [];
  if (unread > 0) reasons.push(`${count(unread, 'licence name', 'licence names')} not understood`);
  if (empty > 0) reasons.push(`${count(empty, 'line', 'lines')} without a licence`);
  if (versionless > 0)
    reasons.push(`${count(versionless, 'server version', 'server versions')} not read`);
  for (const u of register.unreadSheets ?? [])
    reasons.push(`the sheet "${u.sheet}" was not read (its headers were not recognised)`);
  if (t.length === 0)
    reasons.push(
      register.purchases.length === 0
        ? 'no purchase lines and no assignments'
        : 'no assignments to check against',
    );
  return reasons;
}

/** Finds the register in the grids, reads it and runs every rule. */
export function audit(grids: readonly SheetGrid[], options: AuditOptions): AuditResult {
  return auditRegister(parseRegister(grids, options), options);
}
