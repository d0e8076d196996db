/**
 * The fake Excel's functions mode: how Excel calls a custom function from a formula, read
 * from the function's metadata (functions.json as the build ships it).
 *
 * - An omitted optional argument arrives as null.
 * - A blank cell arrives as 0 in Excel on Windows, for a scalar (office-js #4702) and in an
 *   optional range (office-js #5262; #1951 for repeating ones); Excel on the web passes null
 *   for a blank scalar (#4702) and '' in a range.
 * - An error cell reaches an `any` parameter as an error object only when the metadata set
 *   allowErrorForDataTypeAny; otherwise Excel does not call the function at all and the
 *   formula's result is that error (Microsoft, "Manually create JSON metadata for custom
 *   functions": allowErrorForDataTypeAny).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CustomFunctionError } from './custom-functions-global';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata } = require('../../scripts/addin-build') as {
  finishMetadata: (json: string) => string;
};

export type FunctionsMode = 'web' | 'desktop';

interface ParameterMeta {
  readonly name: string;
  readonly dimensionality?: 'scalar' | 'matrix';
  readonly optional?: boolean;
  readonly type?: string;
}

interface FunctionMeta {
  readonly id: string;
  readonly parameters: readonly ParameterMeta[];
}

export interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMeta[];
}

/** An error cell of the sheet, as Excel shows it: `{ error: '#N/A' }`. */
export interface ErrorCell {
  readonly error: string;
}

export const errorCell = (error: string): ErrorCell => ({ error });

function isErrorCell(value: unknown): value is ErrorCell {
  return (
    typeof value === 'object' && value !== null && typeof (value as ErrorCell).error === 'string'
  );
}

/** The metadata the build ships (generated from the JSDoc, then finished). */
export async function shippedMetadata(): Promise<Metadata> {
  const source = join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
  const result = await generateCustomFunctionsMetadata([source], true);
  return JSON.parse(finishMetadata(result.metadataJson)) as Metadata;
}

/** A formula's argument: a block of cells (blank: undefined), a literal, or omitted. */
export type Argument =
  { readonly cells: readonly (readonly unknown[])[] } | { readonly value: unknown } | undefined;

export const cells = (rows: readonly (readonly unknown[])[]): Argument => ({ cells: rows });
export const literal = (value: unknown): Argument => ({ value });

export type Outcome =
  { readonly value: unknown } | { readonly error: string; readonly message?: string };

/** Calls `implementation` as Excel calls the function `id` with these arguments. */
export async function calculate(
  metadata: Metadata,
  mode: FunctionsMode,
  id: string,
  implementation: (...args: never[]) => unknown,
  args: readonly Argument[],
): Promise<Outcome> {
  const meta = metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`no function ${id} in the metadata`);
  const passed: unknown[] = [];
  for (const [i, parameter] of meta.parameters.entries()) {
    const arg = args[i];
    if (arg === undefined) {
      passed.push(null);
      continue;
    }
    const matrix = parameter.dimensionality === 'matrix';
    const blank = mode === 'desktop' && (!matrix || parameter.optional) ? 0 : matrix ? '' : null;
    const errors = metadata.allowErrorForDataTypeAny === true && parameter.type === 'any';
    const block = 'value' in arg ? [[arg.value]] : arg.cells;
    const refused = block.flat().find((cell) => isErrorCell(cell) && !errors);
    // Excel does not call the function: the formula shows the error of the cell.
    if (isErrorCell(refused)) return { error: refused.error };
    const convert = (cell: unknown): unknown => {
      if ('value' in arg) return cell;
      if (cell === undefined || cell === null || cell === '') return blank;
      return isErrorCell(cell) ? new CustomFunctionError(cell.error) : cell;
    };
    const converted = block.map((r) => r.map(convert));
    passed.push(matrix ? converted : converted[0]?.[0]);
  }
  try {
    return { value: await implementation(...(passed as never[])) };
  } catch (error) {
    if (error instanceof CustomFunctionError)
      return { error: error.code, ...(error.message ? { message: error.message } : {}) };
    throw error;
  }
}

/** The golden copy of the generated metadata, for the few tests that only read it. */
export function goldenMetadata(): Metadata {
  return JSON.parse(readFileSync(join(__dirname, 'functions.json'), 'utf8')) as Metadata;
}
