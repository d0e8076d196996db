/**
 * Licensing knowledge: the catalogue of what Microsoft sells (data), licence names read into
 * licences, and the one answer to "does this held licence cover that needed CAL".
 */
export {
  PRODUCTS,
  productNames,
  versionNames,
  type Kind,
  type ProductEdition,
  type ProductId,
} from './catalogue';
export { covers, holdsBase, isBundle, productsOf, type NeededCal } from './coverage';
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
  type LicenceFacets,
  licenceById,
  licenceNamed,
  licenceOf,
  parseLicence,
  serverLicenceNames,
  type Licence,
  type LicenceProblem,
  type LicenceReadOptions,
  type ParsedLicence,
} from './licence';
