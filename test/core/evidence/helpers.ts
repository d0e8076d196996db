import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isEvidenceProblem,
  readEvidence,
  type EvidenceImport,
  type EvidenceProblem,
  type EvidenceReadOptions,
} from '../../../src/core/evidence';

const DIR = join(__dirname, '..', '..', 'fixtures', 'exports');

/** The bytes of a file of test/fixtures/exports. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
}

/** The day number of a calendar date, computed independently of the code under test. */
export const utcDay = (year: number, month: number, date: number): number =>
  Date.UTC(year, month - 1, date) / 86_400_000;

function options(name: string, more: Partial<EvidenceReadOptions>): EvidenceReadOptions {
  return { source: name, ...more };
}

/** A fixture read as evidence; fails the test when it is a problem. */
export function readFixture(name: string, more: Partial<EvidenceReadOptions> = {}): EvidenceImport {
  const result = readEvidence(fixtureBytes(name), options(name, more));
  if (isEvidenceProblem(result)) throw new Error(`${name}: ${result.problem}: ${result.message}`);
  return result;
}

/** A fixture that must not import: its problem. */
export function problemOf(name: string, more: Partial<EvidenceReadOptions> = {}): EvidenceProblem {
  const result = readEvidence(fixtureBytes(name), options(name, more));
  if (!isEvidenceProblem(result)) throw new Error(`${name} imported as ${result.format}`);
  return result;
}

/** Text as UTF-8 bytes, optionally behind a BOM. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/** Text as UTF-16 bytes (little- or big-endian), optionally behind a BOM. */
export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const code = units.charCodeAt(i);
    bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return bytes;
}
