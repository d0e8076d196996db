/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts, never written by
 * hand. Generation must report no error (its CLI exits 0 even when it does), and the result
 * is kept as a golden file: a change to a function's name, arguments or help shows here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { shippedMetadata } from './excel-calc';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require('../../scripts/addin-build') as {
  finishMetadata(json: string): string;
  manifestVersion(
    packageVersion: string,
    metadataJson: string,
    options?: { record?: boolean; file?: string },
  ): { version: string; raised: boolean };
};

const SOURCE = join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const GOLDEN = join(__dirname, 'functions.json');

test('metadata generation reports no errors and matches the golden functions.json', async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(result.errors).toEqual([]);
  const generated = JSON.parse(result.metadataJson) as {
    functions: { id: string; name: string }[];
  };
  if (process.env.UPDATE_GOLDEN === '1')
    writeFileSync(GOLDEN, `${JSON.stringify(generated, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as unknown;
  expect(generated).toEqual(golden);
});

test('the function names and argument order are the product’s', async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  const { functions } = JSON.parse(result.metadataJson) as {
    functions: { name: string; parameters: { name: string; optional?: boolean }[] }[];
  };
  const signatures = Object.fromEntries(
    functions.map((f) => [
      f.name,
      f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', '),
    ]),
  );
  expect(signatures).toEqual({
    // The no-argument form read the tables itself and never recalculated when they changed:
    // the tables are arguments, so a formula follows every edit.
    SHORTFALL: 'assignments, purchases, [licence], [servers]',
    // Reclaimable CALs depend on the date: asOf (TODAY() keeps it current).
    POSITION: 'assignments, purchases, [asOf], [servers]',
    FLAGS: 'assignments, [usage], [staleDays], [asOf]',
    ISSTALE: 'status, lastActivity, [staleDays], [asOf]',
    ISMISRECORDED: 'licence, assignedTo, [device]',
    LICENCE: 'text',
    OWNED: 'purchases, licence',
    REQUIRED: 'assignments, licence',
  });
  expect(result.associate.map((a) => a.functionName)).toEqual([
    'shortfall',
    'position',
    'flags',
    'isStale',
    'isMisrecorded',
    'licence',
    'owned',
    'required',
  ]);
});

test('the shipped functions.json lets error cells reach the functions (allowErrorForDataTypeAny)', async () => {
  const metadata = await shippedMetadata();
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  // Every range parameter is `any`, so errors in a table reach the engine as invalid values.
  for (const f of metadata.functions)
    for (const p of f.parameters)
      if (p.dimensionality === 'matrix')
        expect([f.id, p.name, p.type]).toEqual([f.id, p.name, 'any']);
});

test('manifest-version.json records these metadata: the manifest Version was raised for them', async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  const finished = build.finishMetadata(result.metadataJson);
  // A change to a function without a build that raises the Version fails here (Excel caches
  // the metadata per add-in version): run npm run build:addin and commit manifest-version.json.
  expect(build.manifestVersion('0.1.0', finished).raised).toBe(false);
});
