/**
 * The architecture rules of eslint.config.mjs (eslint/architecture.cjs, with the layer table
 * it exports) catch what they should, at any depth: an import is judged by the file it leads
 * to, in the repository's own folders.
 */
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const architecture = require('../../eslint/architecture.cjs') as {
  rules: Record<string, unknown>;
  LAYERS: unknown[];
};

const ROOT = join(__dirname, '..', '..');

/** The messages of `local/index-entry` and `local/layers` for `code` written in `file`. */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tseslint.parser },
      plugins: { local: architecture as Linter.Config['plugins'] & object },
      rules: { 'local/index-entry': 'error', 'local/layers': ['error', architecture.LAYERS] },
    },
  ];
  return linter.verify(code, config, { filename: join(ROOT, file) }).map((m) => m.message);
}

describe('local/index-entry', () => {
  test('a folder with an index is entered through it, however deep the folder', () => {
    expect(lint('src/core/rules/x.ts', "import { a } from '../register';")).toEqual([]);
    expect(lint('src/core/rules/x.ts', "import { a } from '../register/schema';")).toEqual([
      "'../register/schema' reaches into src/core/register/ past its index: import '../register' instead.",
    ]);
    // A nested folder of another folder: entering src/core/register is already the fault.
    expect(lint('src/core/rules/x.ts', "import { a } from '../register/parse';")).toHaveLength(1);
    expect(lint('src/taskpane/x.ts', "import { a } from '../core/evidence';")).toEqual([
      "'../core/evidence' reaches into src/core/ past its index: import '../core' instead.",
    ]);
    expect(lint('src/taskpane/x.ts', "export * from '../core/./rules/../report';")).toHaveLength(1);
  });

  test('files of its own folder, and of the folders above, are free to import', () => {
    expect(lint('src/core/register/parse/fields.ts', "import { a } from '../cells';")).toEqual([]);
    expect(lint('src/core/register/locate.ts', "import { a } from './parse';")).toEqual([]);
    expect(lint('src/core/register/locate.ts', "import { a } from './parse/fields';")).toHaveLength(
      1,
    );
    expect(lint('src/cli/x.ts', "import { a } from '../excel/port';")).toEqual([]);
    expect(lint('src/cli/x.ts', "import { a } from 'exceljs';")).toEqual([]);
  });
});

describe('local/layers', () => {
  test('the engine reaches no adapter or surface, at any depth', () => {
    expect(lint('src/core/x.ts', "import { a } from '../excel/port';")).toEqual([
      "src/core may not import src/excel ('../excel/port'): the engine is pure and knows no surface or adapter",
    ]);
    expect(lint('src/core/rules/x.ts', "import { a } from '../../taskpane/state';")).toHaveLength(
      1,
    );
  });

  test('the surfaces and adapters keep to their side', () => {
    expect(lint('src/cli/x.ts', "import { a } from '../excel/office';")).toHaveLength(1);
    expect(lint('src/excel/office/x.ts', "import { a } from '../../taskpane/state';")).toHaveLength(
      1,
    );
    expect(lint('src/taskpane/x.ts', "import { a } from '../excel/office';")).toEqual([]);
  });

  test('the engine never imports a rule module', () => {
    expect(lint('src/core/position/x.ts', "import { a } from '../rules';")).toEqual([
      "src/core/position may not import src/core/rules ('../rules'): the engine never imports a rule module; rules and reports build on the engine",
    ]);
    expect(lint('src/core/audit.ts', "import { a } from './rules';")).toEqual([]);
  });
});
