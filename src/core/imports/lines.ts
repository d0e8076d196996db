/**
 * The lines of one export becoming register rows: each line's licence judged once (a CAL or
 * a server licence of the catalogue is written as the engine names it; a line of another
 * publisher, Office or a cloud subscription is left out; a Microsoft CAL that cannot be read
 * is written as the export says, to be corrected), quantities and dates read, and every
 * line's file and line kept in its Notes. What concerns many lines is said once.
 */
import {
  combineLicence,
  type LicencePart,
  isForeignLicence,
  isLicenceProblem,
  parseLicence,
  type LicenceProblem,
  type LicenceReadOptions,
  type ParsedLicence,
} from '../licensing';
import { IMPORT_NOTES, type Example } from './messages';
import type { ImportedAssignment, ImportedPurchase } from './types';

export type LicenceVerdict =
  | { readonly kind: 'read'; readonly parsed: ParsedLicence; readonly text: string }
  | { readonly kind: 'not-cal'; readonly text: string }
  | { readonly kind: 'unread'; readonly text: string; readonly problem: LicenceProblem };

/** What a licence text lacks or gets wrong, as a noun phrase: "no version". */
export const WHY: Readonly<Record<LicenceProblem['problem'], string>> = {
  'unknown-product': 'no product CAL Register knows',
  'unknown-version': 'a version the product does not have',
  'no-version': 'no version',
  'no-kind': 'neither User nor Device',
  'both-kinds': 'both User and Device',
  'bad-pack': 'a pack of 0',
  'server-licence': 'a server licence, not a CAL',
};

const MICROSOFT = /microsoft/i;

/**
 * What a line's licence is. A publisher other than Microsoft, or a product CAL Register does
 * not know in a text that does not say CAL, is not a CAL; any other text that cannot be
 * read is a Microsoft licence to correct.
 * @example judgeLicence('WinSvrCAL 2022 SNGL OLP NL UsrCAL').kind // 'read'
 * @example judgeLicence('Adobe Acrobat Pro DC').kind // 'not-cal'
 */
export function judgeLicence(
  text: string,
  publisher = '',
  read?: LicenceReadOptions,
): LicenceVerdict {
  const trimmed = text.trim();
  if (publisher.trim() !== '' && !MICROSOFT.test(publisher))
    return { kind: 'not-cal', text: trimmed };
  const parsed = parseLicence(trimmed, read);
  if (!isLicenceProblem(parsed)) return { kind: 'read', parsed, text: trimmed };
  if (isForeignLicence(parsed)) return { kind: 'not-cal', text: trimmed };
  return { kind: 'unread', text: trimmed, problem: parsed };
}

/**
 * A whole number as exports write it: "25", "1,250", "1 250", "1.250", "25.00".
 * Undefined for anything else ("Unlimited", "-1", "ten").
 */
export function readQuantity(text: string): number | undefined {
  const value = text.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d+$/.test(value)) return Number(value);
  if (/^\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(value)) return Number(value.replace(/[,.]/g, ''));
  const decimal = /^(\d+)[.,]0+$/.exec(value);
  return decimal ? Number(decimal[1]) : undefined;
}

/** The fields of a purchase line other than the licence, as the mapper read them. */
export interface PurchaseFields {
  /** The quantity as written (read here, so an unreadable one is reported once). */
  readonly quantity: string;
  readonly purchaseDate?: number;
  readonly invoice?: string;
  readonly order?: string;
  readonly reseller?: string;
  readonly agreement?: string;
  readonly saEnd?: number;
  readonly proofLocation?: string;
  /** Notes the export gives, and what the mapper adds ("customer order 4500123"). */
  readonly notes?: readonly string[];
  readonly entitlement?: boolean;
}

export interface AssignmentFields {
  readonly assignedTo: string;
  readonly account: string;
  readonly device: string;
  readonly assignedOn?: number;
  readonly notes?: readonly string[];
}

/** The rows of one export as they are read, and what to tell the admin about them. */
export class ImportLines {
  readonly purchases: ImportedPurchase[] = [];
  readonly assignments: ImportedAssignment[] = [];
  private readonly leftOut: Example[] = [];
  private readonly toFix: Example[] = [];
  private readonly nameless: number[] = [];
  private readonly quantities: Example[] = [];
  private readonly contradictions: Example[] = [];
  private readonly extra: string[] = [];

  constructor(
    readonly source: string,
    readonly label: string,
  ) {}

  private reference(line: number): string {
    return `${this.label}: ${this.source}, line ${line}`;
  }

  /** Says something once, after the line notes. */
  note(text: string): void {
    if (!this.extra.includes(text)) this.extra.push(text);
  }

  /**
   * A purchase line: the licence name completed by its part columns, judged, and written with
   * its fields; a line that is not a CAL is left out. Returns the row added, if one was.
   */
  purchase(
    line: number,
    name: string,
    parts: readonly LicencePart[],
    publisher: string,
    fields: PurchaseFields,
  ): ImportedPurchase | undefined {
    const combined = combineLicence(name, parts);
    if (combined.text.trim() === '') {
      this.nameless.push(line);
      return undefined;
    }
    const verdict = judgeLicence(combined.text, publisher);
    if (verdict.kind === 'not-cal') {
      this.leftOut.push({ line, text: name.trim() || verdict.text });
      return undefined;
    }
    // The licence as the export gives it: its name, and the part columns that say something.
    const given = parts.filter((part) => part.text.trim() !== '');
    const wording = [
      ...(name.trim() !== '' ? [`"${name.trim()}"`] : []),
      ...given.map((part) => `${part.header} ${part.text.trim()}`),
    ].join(', ');
    const notes = [...(fields.notes ?? [])];
    for (const c of combined.conflicts) {
      notes.push(`the export's ${c.header} says ${c.says}, the licence ${c.nameSays}`);
      this.contradictions.push({ line, text: name.trim(), why: `${c.header} ${c.says}` });
    }
    const count = readQuantity(fields.quantity);
    if (count === undefined && fields.quantity.trim() !== '')
      this.quantities.push({ line, text: fields.quantity.trim() });
    let licence = verdict.text;
    let quantity = count;
    if (verdict.kind === 'read') {
      const { licence: read, pack } = verdict.parsed;
      licence = read.name;
      if (given.length > 0 || name.trim() !== read.name) notes.push(`${wording} in the export`);
      if (pack > 1 && count !== undefined) {
        quantity = count * pack;
        notes.push(`${count} × ${pack}-pack`);
      }
    } else {
      this.toFix.push({ line, text: verdict.text, why: WHY[verdict.problem.problem] });
    }
    if (count === undefined && fields.quantity.trim() !== '')
      notes.push(`quantity "${fields.quantity.trim()}" in the export`);
    const row: ImportedPurchase = {
      source: this.source,
      line,
      licence,
      read: verdict.kind === 'read',
      ...(quantity !== undefined ? { quantity } : {}),
      ...(fields.purchaseDate !== undefined ? { purchaseDate: fields.purchaseDate } : {}),
      invoice: fields.invoice?.trim() ?? '',
      order: fields.order?.trim() ?? '',
      reseller: fields.reseller?.trim() ?? '',
      agreement: fields.agreement?.trim() ?? '',
      ...(fields.saEnd !== undefined ? { saEnd: fields.saEnd } : {}),
      proofLocation: fields.proofLocation?.trim() ?? '',
      notes: [...notes.filter((n) => n.trim() !== ''), this.reference(line)].join('; '),
      ...(fields.entitlement ? { entitlement: true } : {}),
    };
    this.purchases.push(row);
    return row;
  }

  /** An assignment of a CAL already judged (a seat list is of one licence). */
  assignment(line: number, licence: string, read: boolean, fields: AssignmentFields): void {
    this.assignments.push({
      source: this.source,
      line,
      licence,
      read,
      assignedTo: fields.assignedTo.trim(),
      account: fields.account.trim(),
      device: fields.device.trim(),
      ...(fields.assignedOn !== undefined ? { assignedOn: fields.assignedOn } : {}),
      notes: [...(fields.notes ?? []), this.reference(line)].join('; '),
    });
  }

  /** What to tell the admin, in a fixed order. */
  notes(): string[] {
    const notes: string[] = [];
    if (this.leftOut.length > 0) notes.push(IMPORT_NOTES.leftOut(this.leftOut));
    if (this.nameless.length > 0) notes.push(IMPORT_NOTES.noName(this.nameless));
    if (this.toFix.length > 0) notes.push(IMPORT_NOTES.toFix(this.toFix));
    if (this.contradictions.length > 0)
      notes.push(IMPORT_NOTES.contradictions(this.contradictions));
    if (this.quantities.length > 0) notes.push(IMPORT_NOTES.unreadQuantity(this.quantities));
    return [...notes, ...this.extra];
  }
}
