/**
 * What can be wrong inside a package, as a value the reader throws and the adapter turns into
 * one sentence for the admin (refusals.ts). Never a library's message.
 */
export type DamageReason =
  /** The file ends before its zip directory: cut short. */
  | 'truncated'
  /** The zip directory or a local header is not what it says. */
  | 'structure'
  /** The parts are encrypted with a zip password. */
  | 'zip-encrypted'
  /** A part is compressed with a method other than deflate (Excel reads no other). */
  | 'method'
  /** Past a size this reader holds (LIMITS). */
  | 'too-large'
  /** The copy would be past what a zip without extensions holds (4 GB, 65,535 parts). */
  | 'copy-too-large'
  /** A part inflates to another size than the directory says. */
  | 'size'
  /** A part's CRC-32 is not the directory's. */
  | 'crc'
  /** A part's deflate stream is broken. */
  | 'inflate'
  /** A part is not well-formed XML. */
  | 'xml'
  /** A part declares a DTD (an XML bomb's way in; Excel never writes one). */
  | 'dtd'
  /** A part the workbook refers to is not in the package. */
  | 'missing-part'
  /** A sheet the workbook lists has no relationship to its part (`part` names the sheet). */
  | 'missing-sheet';

export class PackageDamage extends Error {
  constructor(
    readonly reason: DamageReason,
    /** The part concerned, when there is one. */
    readonly part?: string,
    /** The line of an XML error, when known. */
    readonly line?: number,
    /** The size that was passed, for 'too-large'. */
    readonly limit?: number,
  ) {
    super(`${reason}${part ? ` in ${part}` : ''}`);
    this.name = 'PackageDamage';
  }
}

export function isDamage(error: unknown): error is PackageDamage {
  return error instanceof PackageDamage;
}
