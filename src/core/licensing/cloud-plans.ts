/**
 * Cloud subscriptions a register may name instead of, or beside, on-premises CALs: what each
 * plan is called (by admins, resellers and the Microsoft 365 admin center), its SKU part numbers
 * as Microsoft Graph and the admin center give them, and the on-premises User CALs it may stand
 * for under the Product Terms' "CAL and ML Equivalency Licenses".
 *
 * How sure each part is:
 * - SKUs, SKU ids, product names and service plans were read on Microsoft's "Product names and
 *   service plan identifiers for licensing" page (updated October 29, 2025): Microsoft sources.
 * - No equivalence is verified. The Online Services rows of "CAL and ML Equivalency Licenses"
 *   could not be read in any stored copy (only its CAL Suite tables were), so every row ships
 *   `verified: false` for the admin to confirm. The rows are proposed from the plan's service
 *   plans by one rule, stated in `proposed` below; docs/licensing-sources.md says what was read.
 * - Business plans (Basic, Standard, Premium) propose no equivalence: they are reported not to
 *   appear in the equivalency table at all, which was not verified either.
 *
 * Online Services are licensed per user (User SLs): every CAL a plan stands for is a User CAL.
 */
import type { Kind, ProductEdition, Source } from './catalogue';

/** Cloud plans stand for User CALs only. */
export const CLOUD_CAL_KIND: Kind = 'User';

/** One SKU of a plan, as Microsoft Graph's subscribedSku and the admin center give it. */
export interface CloudSku {
  /** `skuPartNumber` (the page's "String ID"): 'SPE_E3'. Upper case. */
  readonly partNumber: string;
  /** `skuId` (the page's "GUID"). */
  readonly skuId: string;
  /** The product name Microsoft's page gives the SKU, as the admin center shows it. */
  readonly productName: string;
  /** The page's row for the SKU. */
  readonly source: Source;
}

/** An on-premises CAL a plan may stand for. */
export interface CloudEquivalence {
  /** The CAL (a catalogue product and CAL edition; always a User CAL). */
  readonly cal: ProductEdition;
  /** True only when a Microsoft source read for this file states the equivalence. */
  readonly verified: boolean;
  /** Where the row comes from; a `U` source for a row proposed but not verified. */
  readonly source: Source;
  /** Why the row is proposed, for the admin who confirms it. */
  readonly note?: string;
}

export interface CloudPlan {
  /** Stable id: 'm365-e3'. Never shown; used to key a workbook's confirmations. */
  readonly id: string;
  /** The plan's current name. */
  readonly name: string;
  /**
   * Names admins and resellers write for the plan (current name first, then abbreviations and
   * former names). A wording belongs to one plan only.
   */
  readonly wordings: readonly string[];
  /** SKUs of the plan in Microsoft Graph and the admin center. */
  readonly skus: readonly CloudSku[];
  /**
   * The service plans of its SKUs that bear on an on-premises CAL (the mailbox, SharePoint,
   * Skype for Business and Enterprise Mobility + Security parts), as Microsoft's page lists them.
   */
  readonly servicePlans: readonly string[];
  /** The User CALs the plan may stand for. Empty when none is proposed. */
  readonly equivalences: readonly CloudEquivalence[];
  /**
   * A Microsoft source states that the plan can carry the on-premises server-use rights
   * (Extended Use Rights) for Exchange Server SE: an SE server then needs no Software Assurance
   * of its own, provided every user who reaches it holds such a plan. The rights depend on the
   * licensing program the plan was bought under (the FAQ names the Enterprise Agreement; the
   * Product Terms list the programs). Absent when no source read says so.
   */
  readonly extendedUseRights?: Source;
  /** What the admin should know about the plan's equivalences. */
  readonly note?: string;
}

const SKU_PAGE = {
  title: 'Microsoft Learn: Product names and service plan identifiers for licensing',
  url: 'https://learn.microsoft.com/entra/identity/users/licensing-service-plan-reference',
} as const;

/** A SKU as Microsoft's page lists it; the quote is the row's first three cells. */
function sku(productName: string, partNumber: string, skuId: string): CloudSku {
  return {
    partNumber,
    skuId,
    productName,
    source: { ...SKU_PAGE, tag: 'MS', quote: `| ${productName} | ${partNumber} | ${skuId} |` },
  };
}

const UNVERIFIED: Source = {
  title:
    'Not verified: check this row against the Microsoft Product Terms, "CAL and ML ' +
    'Equivalency Licenses", then set Confirmed to Yes',
  url: 'https://www.microsoft.com/licensing/terms/product/CALandMLEquivalencyLicenses/all',
  tag: 'U',
};

/**
 * The rule the unverified rows follow: a service plan stands for the CAL of the same workload
 * at its level. Plan 1 and Kiosk levels give the Standard CAL, Plan 2 levels the Standard and
 * Enterprise CALs; Phone System gives the Skype for Business Plus CAL; Enterprise Mobility +
 * Security (Entra ID P1 with Intune) is commonly said to give the Windows Server CAL.
 */
const RULES: Readonly<Record<string, readonly [ProductEdition, string][]>> = {
  EXCHANGE_S_STANDARD: [[{ product: 'exchange', edition: 'Standard' }, 'Exchange Online (Plan 1)']],
  EXCHANGE_S_ENTERPRISE: [
    [{ product: 'exchange', edition: 'Standard' }, 'Exchange Online (Plan 2)'],
    [{ product: 'exchange', edition: 'Enterprise' }, 'Exchange Online (Plan 2)'],
  ],
  EXCHANGE_S_DESKLESS: [
    [
      { product: 'exchange', edition: 'Standard' },
      'Exchange Online Kiosk (a mailbox more limited than Plan 1)',
    ],
  ],
  SHAREPOINTSTANDARD: [[{ product: 'sharepoint', edition: 'Standard' }, 'SharePoint (Plan 1)']],
  SHAREPOINTENTERPRISE: [
    [{ product: 'sharepoint', edition: 'Standard' }, 'SharePoint (Plan 2)'],
    [{ product: 'sharepoint', edition: 'Enterprise' }, 'SharePoint (Plan 2)'],
  ],
  SHAREPOINTDESKLESS: [
    [{ product: 'sharepoint', edition: 'Standard' }, 'SharePoint Kiosk (more limited than Plan 1)'],
  ],
  MCOIMP: [[{ product: 'skype', edition: 'Standard' }, 'Skype for Business Online (Plan 1)']],
  MCOSTANDARD: [
    [{ product: 'skype', edition: 'Standard' }, 'Skype for Business Online (Plan 2)'],
    [{ product: 'skype', edition: 'Enterprise' }, 'Skype for Business Online (Plan 2)'],
  ],
  MCOEV: [[{ product: 'skype', edition: 'Plus' }, 'Phone System']],
  INTUNE_A: [
    [
      { product: 'windows', edition: '' },
      'Enterprise Mobility + Security (Entra ID P1 and Intune); the Windows Server CAL is ' +
        'commonly said to come with it, and the Product Terms CAL Suite bridge table seems to ' +
        'agree, but its columns could not be read without doubt',
    ],
  ],
};

/** The unverified rows the rule proposes for a plan's service plans, one per CAL. */
function proposed(servicePlans: readonly string[]): CloudEquivalence[] {
  const rows = new Map<string, CloudEquivalence>();
  for (const plan of servicePlans) {
    for (const [cal, from] of RULES[plan] ?? []) {
      const key = `${cal.product}|${cal.edition}`;
      if (!rows.has(key)) {
        rows.set(key, { cal, verified: false, source: UNVERIFIED, note: `Proposed from ${from}.` });
      }
    }
  }
  return [...rows.values()];
}

/** Microsoft's Exchange licensing FAQ on Exchange Server SE entitlements. */
const EXCHANGE_FAQ_EUR: Source = {
  title: 'Microsoft: Exchange licensing FAQs (Exchange Server Subscription Edition)',
  url: 'https://www.microsoft.com/microsoft-365/exchange/microsoft-exchange-licensing-faq-email-for-business',
  tag: 'MS',
  quote:
    'A qualifying Microsoft 365 subscription (such as Microsoft 365 E3 or E5) acquired through ' +
    'an Enterprise Agreement and including on‑premises server‑use rights.',
};

const BUSINESS_NOTE =
  'Business plans are reported not to appear in the CAL equivalency table (not verified): ' +
  'no CAL is proposed; the admin may add rows after checking the Product Terms.';

/** The plan with the equivalences the rule proposes from its service plans. */
function plan(fields: Omit<CloudPlan, 'equivalences'>): CloudPlan {
  return { ...fields, equivalences: proposed(fields.servicePlans) };
}

/** Every cloud plan CAL Register knows, in the order a report lists them. */
export const CLOUD_PLANS: readonly CloudPlan[] = [
  plan({
    id: 'm365-e3',
    name: 'Microsoft 365 E3',
    wordings: ['Microsoft 365 E3', 'M365 E3', 'Microsoft 365 Enterprise E3'],
    skus: [sku('Microsoft 365 E3', 'SPE_E3', '05e9a617-0261-4cee-bb44-138d3ef5d965')],
    servicePlans: [
      'EXCHANGE_S_ENTERPRISE',
      'SHAREPOINTENTERPRISE',
      'MCOSTANDARD',
      'AAD_PREMIUM',
      'INTUNE_A',
      'RMS_S_PREMIUM',
    ],
    extendedUseRights: EXCHANGE_FAQ_EUR,
  }),
  plan({
    id: 'm365-e5',
    name: 'Microsoft 365 E5',
    wordings: ['Microsoft 365 E5', 'M365 E5', 'Microsoft 365 Enterprise E5'],
    skus: [sku('Microsoft 365 E5', 'SPE_E5', '06ebc4ee-1bb5-47dd-8120-11324bc54e06')],
    servicePlans: [
      'EXCHANGE_S_ENTERPRISE',
      'SHAREPOINTENTERPRISE',
      'MCOSTANDARD',
      'MCOEV',
      'AAD_PREMIUM',
      'INTUNE_A',
      'RMS_S_PREMIUM',
    ],
    extendedUseRights: EXCHANGE_FAQ_EUR,
  }),
  plan({
    id: 'm365-f1',
    name: 'Microsoft 365 F1',
    wordings: ['Microsoft 365 F1', 'M365 F1'],
    skus: [sku('Microsoft 365 F1', 'M365_F1', '44575883-256e-4a79-9da4-ebe9acabe2b2')],
    // No mailbox: the page lists only EXCHANGE_S_FOUNDATION for Exchange.
    servicePlans: ['SHAREPOINTDESKLESS', 'MCOIMP', 'AAD_PREMIUM', 'INTUNE_A', 'RMS_S_PREMIUM'],
  }),
  plan({
    id: 'm365-f3',
    name: 'Microsoft 365 F3',
    wordings: ['Microsoft 365 F3', 'M365 F3'],
    // The SKU part number keeps the plan's former name, Microsoft 365 F1.
    skus: [sku('Microsoft 365 F3', 'SPE_F1', '66b55226-6b4f-492c-910c-a3b7a3c9d993')],
    servicePlans: [
      'EXCHANGE_S_DESKLESS',
      'SHAREPOINTDESKLESS',
      'MCOIMP',
      'AAD_PREMIUM',
      'INTUNE_A',
      'RMS_S_PREMIUM',
    ],
  }),
  plan({
    id: 'o365-e1',
    name: 'Office 365 E1',
    wordings: ['Office 365 E1', 'O365 E1', 'Office 365 Enterprise E1'],
    skus: [sku('Office 365 E1', 'STANDARDPACK', '18181a46-0d4e-45cd-891e-60aabd171b4e')],
    servicePlans: ['EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD', 'MCOSTANDARD'],
  }),
  plan({
    id: 'o365-e3',
    name: 'Office 365 E3',
    wordings: ['Office 365 E3', 'O365 E3', 'Office 365 Enterprise E3'],
    skus: [sku('Office 365 E3', 'ENTERPRISEPACK', '6fd2c87f-b296-42f0-b197-1e91e994b900')],
    servicePlans: ['EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'MCOSTANDARD'],
  }),
  plan({
    id: 'o365-e5',
    name: 'Office 365 E5',
    wordings: [
      'Office 365 E5',
      'O365 E5',
      'Office 365 Enterprise E5',
      'Office 365 E5 without Audio Conferencing',
    ],
    skus: [
      sku('Office 365 E5', 'ENTERPRISEPREMIUM', 'c7df2760-2c81-4ef7-b578-5b5392b571df'),
      sku(
        'Office 365 E5 without Audio Conferencing',
        'ENTERPRISEPREMIUM_NOPSTNCONF',
        '26d45bd9-adf1-46cd-a9e1-51e9a5524128',
      ),
    ],
    servicePlans: ['EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'MCOSTANDARD', 'MCOEV'],
  }),
  plan({
    id: 'o365-f3',
    name: 'Office 365 F3',
    wordings: ['Office 365 F3', 'O365 F3'],
    skus: [sku('Office 365 F3', 'DESKLESSPACK', '4b585984-651b-448a-9e53-3b10f069cf7f')],
    servicePlans: ['EXCHANGE_S_DESKLESS', 'SHAREPOINTDESKLESS', 'MCOIMP'],
  }),
  {
    id: 'm365-business-basic',
    name: 'Microsoft 365 Business Basic',
    // The SKU part number keeps the former name, Office 365 Business Essentials.
    wordings: [
      'Microsoft 365 Business Basic',
      'M365 Business Basic',
      'Office 365 Business Essentials',
    ],
    skus: [
      sku(
        'Microsoft 365 Business Basic',
        'O365_BUSINESS_ESSENTIALS',
        '3b555118-da6a-4418-894f-7df1e2096870',
      ),
      sku(
        'Microsoft 365 Business Basic',
        'SMB_BUSINESS_ESSENTIALS',
        'dab7782a-93b1-4074-8bb1-0e61318bea0b',
      ),
    ],
    servicePlans: ['EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD', 'MCOSTANDARD'],
    equivalences: [],
    note: BUSINESS_NOTE,
  },
  {
    id: 'm365-business-standard',
    name: 'Microsoft 365 Business Standard',
    // The SKU part number keeps the former name, Office 365 Business Premium: a register that
    // says "Office 365 Business Premium" means this plan, not Microsoft 365 Business Premium.
    wordings: [
      'Microsoft 365 Business Standard',
      'M365 Business Standard',
      'Office 365 Business Premium',
    ],
    skus: [
      sku(
        'Microsoft 365 Business Standard',
        'O365_BUSINESS_PREMIUM',
        'f245ecc8-75af-4f8e-b61f-27d8114de5f3',
      ),
      sku(
        'Microsoft 365 Business Standard - Prepaid Legacy',
        'SMB_BUSINESS_PREMIUM',
        'ac5cef5d-921b-4f97-9ef3-c99076e5470f',
      ),
    ],
    servicePlans: ['EXCHANGE_S_STANDARD', 'SHAREPOINTSTANDARD', 'MCOSTANDARD'],
    equivalences: [],
    note: BUSINESS_NOTE,
  },
  {
    id: 'm365-business-premium',
    name: 'Microsoft 365 Business Premium',
    wordings: ['Microsoft 365 Business Premium', 'M365 Business Premium'],
    skus: [sku('Microsoft 365 Business Premium', 'SPB', 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46')],
    servicePlans: [
      'EXCHANGE_S_STANDARD',
      'SHAREPOINTSTANDARD',
      'MCOSTANDARD',
      'AAD_PREMIUM',
      'INTUNE_A',
      'RMS_S_PREMIUM',
    ],
    equivalences: [],
    note: BUSINESS_NOTE,
  },
  plan({
    id: 'exo-plan1',
    name: 'Exchange Online (Plan 1)',
    wordings: [
      'Exchange Online (Plan 1)',
      'Exchange Online Plan 1',
      'Exchange Online P1',
      'EXO Plan 1',
      'EXO P1',
    ],
    skus: [
      sku('Exchange Online (Plan 1)', 'EXCHANGESTANDARD', '4b9405b0-7788-4568-add1-99614e613b69'),
    ],
    servicePlans: ['EXCHANGE_S_STANDARD'],
  }),
  plan({
    id: 'exo-plan2',
    name: 'Exchange Online (Plan 2)',
    wordings: [
      'Exchange Online (Plan 2)',
      'Exchange Online Plan 2',
      'Exchange Online P2',
      'EXO Plan 2',
      'EXO P2',
    ],
    // The page writes this product name in capitals: "Exchange Online (PLAN 2)".
    skus: [
      sku('Exchange Online (PLAN 2)', 'EXCHANGEENTERPRISE', '19ec0d23-8335-4cbd-94ac-6050e30712fa'),
    ],
    servicePlans: ['EXCHANGE_S_ENTERPRISE'],
  }),
  plan({
    id: 'exo-kiosk',
    name: 'Exchange Online Kiosk',
    wordings: ['Exchange Online Kiosk', 'EXO Kiosk'],
    skus: [
      sku('Exchange Online Kiosk', 'EXCHANGEDESKLESS', '80b2d799-d2ba-4d2a-8842-fb0d0f3a4b82'),
    ],
    servicePlans: ['EXCHANGE_S_DESKLESS'],
  }),
  plan({
    id: 'ems-e3',
    name: 'Enterprise Mobility + Security E3',
    wordings: [
      'Enterprise Mobility + Security E3',
      'Enterprise Mobility and Security E3',
      'EMS E3',
    ],
    skus: [sku('Enterprise Mobility + Security E3', 'EMS', 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e')],
    servicePlans: ['AAD_PREMIUM', 'INTUNE_A', 'RMS_S_PREMIUM'],
  }),
  plan({
    id: 'ems-e5',
    name: 'Enterprise Mobility + Security E5',
    wordings: [
      'Enterprise Mobility + Security E5',
      'Enterprise Mobility and Security E5',
      'EMS E5',
    ],
    skus: [
      sku(
        'Enterprise Mobility + Security E5',
        'EMSPREMIUM',
        'b05e124f-c7cc-45a0-a6aa-8cf78c946968',
      ),
    ],
    servicePlans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2', 'INTUNE_A', 'RMS_S_PREMIUM'],
  }),
];
