/**
 * The cloud plans, pinned: every SKU against the row of Microsoft's "Product names and service
 * plan identifiers for licensing" page it was checked in, every proposed CAL equivalence, and
 * the rules the table keeps (one plan per wording and per SKU, catalogue CALs only, no row
 * called verified without a Microsoft source).
 */
import { PRODUCTS, type ProductId } from '../../../src/core/licensing/catalogue';
import {
  CLOUD_CAL_KIND,
  CLOUD_PLANS,
  type CloudPlan,
} from '../../../src/core/licensing/cloud-plans';

// Each row checked against Microsoft Learn, "Product names and service plan identifiers for
// licensing" (ms.date 10/29/2025): | Product name | String ID | GUID |.
const EXPECTED_SKUS: [string, string, string][] = [
  ['m365-e3', 'SPE_E3', '05e9a617-0261-4cee-bb44-138d3ef5d965'], // Microsoft 365 E3
  ['m365-e5', 'SPE_E5', '06ebc4ee-1bb5-47dd-8120-11324bc54e06'], // Microsoft 365 E5
  ['m365-f1', 'M365_F1', '44575883-256e-4a79-9da4-ebe9acabe2b2'], // Microsoft 365 F1
  ['m365-f3', 'SPE_F1', '66b55226-6b4f-492c-910c-a3b7a3c9d993'], // Microsoft 365 F3
  ['o365-e1', 'STANDARDPACK', '18181a46-0d4e-45cd-891e-60aabd171b4e'], // Office 365 E1
  ['o365-e3', 'ENTERPRISEPACK', '6fd2c87f-b296-42f0-b197-1e91e994b900'], // Office 365 E3
  ['o365-e5', 'ENTERPRISEPREMIUM', 'c7df2760-2c81-4ef7-b578-5b5392b571df'], // Office 365 E5
  ['o365-e5', 'ENTERPRISEPREMIUM_NOPSTNCONF', '26d45bd9-adf1-46cd-a9e1-51e9a5524128'], // ... without Audio Conferencing
  ['o365-f3', 'DESKLESSPACK', '4b585984-651b-448a-9e53-3b10f069cf7f'], // Office 365 F3
  ['m365-business-basic', 'O365_BUSINESS_ESSENTIALS', '3b555118-da6a-4418-894f-7df1e2096870'], // Microsoft 365 Business Basic
  ['m365-business-basic', 'SMB_BUSINESS_ESSENTIALS', 'dab7782a-93b1-4074-8bb1-0e61318bea0b'], // Microsoft 365 Business Basic
  ['m365-business-standard', 'O365_BUSINESS_PREMIUM', 'f245ecc8-75af-4f8e-b61f-27d8114de5f3'], // Microsoft 365 Business Standard
  ['m365-business-standard', 'SMB_BUSINESS_PREMIUM', 'ac5cef5d-921b-4f97-9ef3-c99076e5470f'], // ... - Prepaid Legacy
  ['m365-business-premium', 'SPB', 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46'], // Microsoft 365 Business Premium
  ['exo-plan1', 'EXCHANGESTANDARD', '4b9405b0-7788-4568-add1-99614e613b69'], // Exchange Online (Plan 1)
  ['exo-plan2', 'EXCHANGEENTERPRISE', '19ec0d23-8335-4cbd-94ac-6050e30712fa'], // Exchange Online (PLAN 2)
  ['exo-kiosk', 'EXCHANGEDESKLESS', '80b2d799-d2ba-4d2a-8842-fb0d0f3a4b82'], // Exchange Online Kiosk
  ['ems-e3', 'EMS', 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e'], // Enterprise Mobility + Security E3
  ['ems-e5', 'EMSPREMIUM', 'b05e124f-c7cc-45a0-a6aa-8cf78c946968'], // Enterprise Mobility + Security E5
];

// None verified: the Online Services rows of the Product Terms' "CAL and ML Equivalency
// Licenses" were not readable. Each row is the rule's proposal from the plan's service plans,
// which were checked on the same Microsoft page as the SKUs (listed beside each plan).
const ALL_THREE = ['exchange Standard', 'sharepoint Standard', 'skype Standard'];
const ENTERPRISE = [
  'exchange Standard',
  'exchange Enterprise',
  'sharepoint Standard',
  'sharepoint Enterprise',
  'skype Standard',
  'skype Enterprise',
];
const EXPECTED_EQUIVALENCES: [string, string[]][] = [
  ['m365-e3', [...ENTERPRISE, 'windows ']], // EXCHANGE_S_ENTERPRISE, SHAREPOINTENTERPRISE, MCOSTANDARD, INTUNE_A
  ['m365-e5', [...ENTERPRISE, 'skype Plus', 'windows ']], // ... and MCOEV
  ['m365-f1', ['sharepoint Standard', 'skype Standard', 'windows ']], // SHAREPOINTDESKLESS, MCOIMP, INTUNE_A
  ['m365-f3', [...ALL_THREE, 'windows ']], // EXCHANGE_S_DESKLESS, SHAREPOINTDESKLESS, MCOIMP, INTUNE_A
  ['o365-e1', [...ALL_THREE, 'skype Enterprise']], // EXCHANGE_S_STANDARD, SHAREPOINTSTANDARD, MCOSTANDARD
  ['o365-e3', ENTERPRISE], // EXCHANGE_S_ENTERPRISE, SHAREPOINTENTERPRISE, MCOSTANDARD
  ['o365-e5', [...ENTERPRISE, 'skype Plus']], // ... and MCOEV
  ['o365-f3', ALL_THREE], // EXCHANGE_S_DESKLESS, SHAREPOINTDESKLESS, MCOIMP
  ['m365-business-basic', []], // Business plans: no equivalence proposed
  ['m365-business-standard', []],
  ['m365-business-premium', []],
  ['exo-plan1', ['exchange Standard']], // EXCHANGE_S_STANDARD
  ['exo-plan2', ['exchange Standard', 'exchange Enterprise']], // EXCHANGE_S_ENTERPRISE
  ['exo-kiosk', ['exchange Standard']], // EXCHANGE_S_DESKLESS
  ['ems-e3', ['windows ']], // INTUNE_A (with AAD_PREMIUM)
  ['ems-e5', ['windows ']], // INTUNE_A (with AAD_PREMIUM)
];

const byId = new Map(CLOUD_PLANS.map((plan) => [plan.id, plan]));
const planOf = (id: string): CloudPlan => {
  const plan = byId.get(id);
  if (!plan) throw new Error(`no plan ${id}`);
  return plan;
};
const calsOf = (plan: CloudPlan): string[] =>
  plan.equivalences.map(({ cal }) => `${cal.product} ${cal.edition}`);

/** What is wrong with a table of plans, as sentences; empty when nothing is. */
function problems(plans: readonly CloudPlan[]): string[] {
  const found: string[] = [];
  const seen = { id: new Set<string>(), wording: new Set<string>(), sku: new Set<string>() };
  const once = (set: Set<string>, key: string, what: string) => {
    if (set.has(key)) found.push(`${what} ${key} appears twice`);
    set.add(key);
  };
  for (const plan of plans) {
    once(seen.id, plan.id, 'id');
    for (const wording of plan.wordings) once(seen.wording, wording.toLowerCase(), 'wording');
    for (const sku of plan.skus) {
      once(seen.sku, sku.partNumber, 'SKU');
      if (!/^[A-Z0-9_]+$/.test(sku.partNumber))
        found.push(`SKU ${sku.partNumber} is not upper case`);
      if (!/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(sku.skuId)) {
        found.push(`SKU ${sku.partNumber} has no GUID`);
      }
      if (sku.source.tag !== 'MS' || !sku.source.quote?.includes(sku.partNumber)) {
        found.push(`SKU ${sku.partNumber} is not quoted from Microsoft's page`);
      }
    }
    const cals = new Set<string>();
    for (const row of plan.equivalences) {
      const { product, edition } = row.cal;
      const known = (PRODUCTS as Record<string, (typeof PRODUCTS)[ProductId] | undefined>)[product];
      if (!known?.calEditions.includes(edition) || product === 'suite') {
        found.push(`${plan.id}: ${product} ${edition} is not a CAL of the catalogue`);
      }
      once(cals, `${plan.id} ${product} ${edition}`, 'equivalence');
      if (row.verified && row.source.tag !== 'MS') {
        found.push(`${plan.id}: ${product} ${edition} is verified without a Microsoft source`);
      }
      if (!row.verified && row.source.tag === 'MS') {
        found.push(`${plan.id}: ${product} ${edition} has a Microsoft source but is not verified`);
      }
    }
    const sources = [
      ...plan.skus.map((sku) => sku.source),
      ...plan.equivalences.map((row) => row.source),
      ...(plan.extendedUseRights ? [plan.extendedUseRights] : []),
    ];
    for (const source of sources) {
      if (source.title.trim() === '' || !['MS', '2nd', 'U'].includes(source.tag)) {
        found.push(`${plan.id}: a source has no title or tag`);
      }
    }
  }
  return found;
}

describe('the cloud plans of issue 10, as Microsoft names them', () => {
  test.each([
    'Microsoft 365 E3',
    'Microsoft 365 E5',
    'Microsoft 365 F1',
    'Microsoft 365 F3',
    'Office 365 E1',
    'Office 365 E3',
    'Office 365 E5',
    'Office 365 F3',
    'Microsoft 365 Business Basic',
    'Microsoft 365 Business Standard',
    'Microsoft 365 Business Premium',
    'Exchange Online (Plan 1)',
    'Exchange Online (Plan 2)',
    'Exchange Online Kiosk',
    'Enterprise Mobility + Security E3',
    'Enterprise Mobility + Security E5',
  ])('%s is a plan, named first in its own wordings', (name) => {
    const plan = CLOUD_PLANS.find((p) => p.name === name);
    expect(plan?.wordings[0]).toBe(name);
  });

  test.each(EXPECTED_SKUS)('%s has SKU %s (%s)', (id, partNumber, skuId) => {
    const sku = planOf(id).skus.find((s) => s.partNumber === partNumber);
    expect(sku?.skuId).toBe(skuId);
    expect(sku?.source.quote).toBe(`| ${sku?.productName} | ${partNumber} | ${skuId} |`);
  });

  test('every SKU is pinned above', () => {
    const all = CLOUD_PLANS.flatMap((plan) => plan.skus.map((sku) => sku.partNumber));
    expect(all.sort()).toEqual(EXPECTED_SKUS.map(([, partNumber]) => partNumber).sort());
  });

  test('wordings admins and resellers write name their plan', () => {
    const named = (wording: string) =>
      CLOUD_PLANS.find((plan) =>
        plan.wordings.some((w) => w.toLowerCase() === wording.toLowerCase()),
      )?.id;
    expect(
      ['M365 E3', 'O365 E3', 'Office 365 Enterprise E3', 'EXO P2', 'EMS E5'].map(named),
    ).toEqual(['m365-e3', 'o365-e3', 'o365-e3', 'exo-plan2', 'ems-e5']);
    // The former name of Microsoft 365 Business Standard, kept in its SKU O365_BUSINESS_PREMIUM.
    expect(named('Office 365 Business Premium')).toBe('m365-business-standard');
    expect(named('Microsoft 365 Business Premium')).toBe('m365-business-premium');
  });
});

describe('the CAL equivalences', () => {
  test.each(EXPECTED_EQUIVALENCES)('%s stands for %j', (id, cals) => {
    expect(calsOf(planOf(id))).toEqual(cals);
  });

  test('every plan is pinned above', () => {
    expect(CLOUD_PLANS.map((plan) => plan.id).sort()).toEqual(
      EXPECTED_EQUIVALENCES.map(([id]) => id).sort(),
    );
  });

  test('no row is verified yet: every one is proposed with an unverified source and a reason', () => {
    const rows = CLOUD_PLANS.flatMap((plan) => plan.equivalences);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.verified)).toEqual([]);
    expect(rows.filter((row) => row.source.tag !== 'U' || !row.note)).toEqual([]);
  });

  test('Business plans propose none and say why', () => {
    const business = CLOUD_PLANS.filter((plan) => plan.id.startsWith('m365-business-'));
    expect(business.map((plan) => [plan.equivalences.length, Boolean(plan.note)])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
  });

  test('they are User CALs', () => {
    expect(CLOUD_CAL_KIND).toBe('User');
  });

  test('Extended Use Rights for Exchange Server SE: Microsoft 365 E3 and E5, from Microsoft', () => {
    const withRights = CLOUD_PLANS.filter((plan) => plan.extendedUseRights);
    expect(withRights.map((plan) => [plan.id, plan.extendedUseRights?.tag])).toEqual([
      ['m365-e3', 'MS'],
      ['m365-e5', 'MS'],
    ]);
  });
});

describe('the table keeps its rules', () => {
  test('one plan per id, wording and SKU; upper-case SKUs; catalogue CALs; sourced rows', () => {
    expect(problems(CLOUD_PLANS)).toEqual([]);
  });

  test('the rules catch a broken table', () => {
    const e3 = planOf('o365-e3');
    const broken: CloudPlan[] = [
      e3,
      {
        ...e3,
        id: 'broken',
        wordings: ['o365 E3'],
        skus: [{ ...e3.skus[0], partNumber: 'enterprisepack' }],
        equivalences: [
          { ...e3.equivalences[0], verified: true },
          { ...e3.equivalences[0], cal: { product: 'exchange', edition: 'Plus' } },
        ],
      },
    ];
    expect(problems(broken)).toEqual([
      'wording o365 e3 appears twice',
      'SKU enterprisepack is not upper case',
      "SKU enterprisepack is not quoted from Microsoft's page",
      'broken: exchange Standard is verified without a Microsoft source',
      'broken: exchange Plus is not a CAL of the catalogue',
    ]);
  });
});

test('an unverified row says what the admin does about it, not how it was researched', () => {
  // Its source is written in the template's Cloud rights sheet, the audit sheet and --json.
  for (const plan of CLOUD_PLANS)
    for (const row of plan.equivalences.filter((r) => !r.verified)) {
      expect(row.source.title).not.toMatch(/stored cop|not readable/);
      expect(row.source.title).toMatch(
        /^Not verified: check this row .* then set Confirmed to Yes$/,
      );
    }
});
