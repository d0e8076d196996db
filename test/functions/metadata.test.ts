/**
 * functions.json is generated from the JSDoc of src/functions/functions.ts, never written by
 * hand. Generation must report no error (its CLI exits 0 even when it does), and the result
 * is kept as a golden file: a change to a function's name, arguments or help shows here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

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
    SHORTFALL: '[assignments], [purchases], [licence]',
    POSITION: 'assignments, purchases',
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
