/**
 * `--json` written in pieces: the same text as `JSON.stringify(value, null, 2)`, but an
 * object is written a member at a time and its arrays some thousand elements at a time, so
 * the JSON of an audit with a hundred thousand findings (49 MB at 1,048,575 rows) is never one
 * string, nor one buffer on its way to stdout. JSON.stringify still writes every piece.
 */

/** Elements of an array stringified together. */
const CHUNK = 2_000;

/** An object JSON.stringify writes member by member: plain, with no toJSON of its own. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}

/**
 * The elements of a member's array as JSON.stringify writes them at the second level, a chunk
 * at a time: `[[...chunk]]` stringified, less its first 10 characters (`[\n  [\n    `) and its
 * last 6 (`\n  ]\n]`), is the chunk's elements, indented as they are there.
 */
function* arrayPieces(array: readonly unknown[]): Generator<string> {
  yield '[';
  for (let at = 0; at < array.length; at += CHUNK) {
    const elements = JSON.stringify([array.slice(at, at + CHUNK)], null, 2).slice(10, -6);
    yield `${at > 0 ? ',' : ''}\n    ${elements}`;
  }
  yield '\n  ]';
}

/** The pieces of JSON.stringify(value, null, 2). */
export function* jsonPieces(value: unknown): Generator<string> {
  if (!isPlainObject(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  let members = 0;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const head = `${members > 0 ? ',' : '{'}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(member) && member.length > 0 && !('toJSON' in member)) {
      yield head;
      yield* arrayPieces(member);
    } else {
      // Line breaks in JSON text are only its own (a string's are escaped): indented a level.
      const text = JSON.stringify(member, null, 2) as string | undefined;
      if (text === undefined) continue; // left out, as JSON.stringify leaves it
      yield head + text.split('\n').join('\n  ');
    }
    members += 1;
  }
  yield members > 0 ? '\n}' : '{}';
}

/** Writes JSON.stringify(value, null, 2) and a line break to `out`, in pieces. */
export function writeJson(out: NodeJS.WritableStream, value: unknown): void {
  for (const piece of jsonPieces(value)) out.write(piece);
  out.write('\n');
}
