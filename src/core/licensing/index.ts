/**
 * Licensing knowledge: the catalogue of what Microsoft sells (data), licence names read into
 * licences, and the one answer to "does this held licence cover that needed CAL".
 */
export {
  calLabel,
  factDays,
  latestVersion,
  PRODUCT_LIST,
  PRODUCTS,
  productNames,
  successorOf,
  versionInfo,
  versionNames,
  type DatedFact,
  type Product,
  type VersionInfo,
  type Kind,
  type ProductEdition,
  type ProductId,
} from './catalogue';
export {
  covers,
  holdsBase,
  isBundle,
  productsOf,
  type CoverOptions,
  type NeededCal,
} from './coverage';
export {
  CloudRights,
  cloudRightsOf,
  SHIPPED_CLOUD_RIGHTS,
  type CloudRight,
  type CloudRightRow,
} from './cloud-rights';
export { CLOUD_PLANS, type CloudPlan } from './cloud-plans';
export {
  combineLicence,
  type CombinedLicence,
  type LicencePart,
  type LicencePartField,
  type PartConflict,
} from './licence-parts';
export {
  calNames,
  isForeignLicence,
  isLicenceProblem,
  licenceFacets,
  offeringOf,
  type LicenceFacets,
  type Offering,
  licenceById,
  LICENCES_BY_ID,
  licenceNamed,
  licenceOf,
  parseLicence,
  serverLicenceNames,
  type Licence,
  type LicenceProblem,
  type LicenceReadOptions,
  type ParsedLicence,
} from './licence';
