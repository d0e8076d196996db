/**
 * A licence name read together with separate Product, Version, Edition and CAL type columns
 * (ConfigMgr's Version, GLPI's Purchase version, a register's CAL type): a column completes
 * what the name leaves out and confirms what it says; when the two disagree, the name is
 * read as written and the disagreement is reported.
 */
import { PRODUCTS } from './catalogue';
import { licenceFacets, type LicenceFacets } from './licence';

export type LicencePartField = 'product' | 'version' | 'edition' | 'calType';

/** One licence-part column of a row: its field, its header as written, and the cell text. */
export interface LicencePart {
  readonly field: LicencePartField;
  readonly header: string;
  readonly text: string;
}

/** A part column that says something else than the licence name. */
export interface PartConflict {
  readonly field: LicencePartField;
  readonly header: string;
  /** What the column says, e.g. "2019". */
  readonly says: string;
  /** What the licence name says instead, e.g. "2022". */
  readonly nameSays: string;
}

export interface CombinedLicence {
  /** The text to read as the licence: the name, completed by the columns. */
  readonly text: string;
  readonly conflicts: readonly PartConflict[];
}

type Facet = 'product' | 'version' | 'edition' | 'kind';

const FACET_OF: Readonly<Record<LicencePartField, Facet>> = {
  product: 'product',
  version: 'version',
  edition: 'edition',
  calType: 'kind',
};

function shown(facet: Facet, facets: LicenceFacets): string | undefined {
  if (facet === 'product') return facets.product ? PRODUCTS[facets.product].name : undefined;
  return facets[facet];
}

/**
 * The licence a row names. Without a name the columns that name their facet are read
 * together, in the order Product, Version, Edition, CAL type. With a name, a column adds the facet the name lacks
 * (a product, version and edition before the name, a kind after it, so "CAL 5 User" keeps
 * its pack) and is checked against the facet the name has. A column that names none of
 * its facet (a Type of "OEM" or "Volume", a Version of "15.2") adds nothing.
 * @example combineLicence('Windows Server CAL', [{ field: 'version', header: 'Version', text: '2022' }, { field: 'calType', header: 'CAL type', text: 'User' }])
 *   // { text: '2022 Windows Server CAL User', conflicts: [] }
 */
export function combineLicence(name: string, parts: readonly LicencePart[]): CombinedLicence {
  const filled = parts.filter((part) => part.text.trim() !== '');
  const trimmed = name.trim();
  if (trimmed === '') {
    // Without a name the columns are the licence; one that names nothing of its facet (a Type
    // of "Volume", a Version of "15.2") is left out rather than read as part of the name.
    const naming = filled.filter(
      (part) =>
        part.field === 'product' ||
        shown(FACET_OF[part.field], licenceFacets(part.text)) !== undefined,
    );
    return { text: naming.map((part) => part.text.trim()).join(' '), conflicts: [] };
  }
  const named = licenceFacets(trimmed);
  const before: string[] = [];
  const after: string[] = [];
  const conflicts: PartConflict[] = [];
  for (const part of filled) {
    const facet = FACET_OF[part.field];
    const says = shown(facet, licenceFacets(part.text));
    if (says === undefined) continue;
    const nameSays = shown(facet, named);
    if (nameSays === undefined) (facet === 'kind' ? after : before).push(part.text.trim());
    else if (nameSays !== says)
      conflicts.push({ field: part.field, header: part.header, says, nameSays });
  }
  return { text: [...before, trimmed, ...after].join(' '), conflicts };
}
