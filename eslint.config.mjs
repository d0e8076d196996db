// Lint: ESLint's and typescript-eslint's type-aware recommendations, plus the rules of
// eslint-plugin-office-addins' recommended set (load-before-read, sync-before-read, ...).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const officeRecommended = officeAddins.configs.recommended.find(
  (c) => c.plugins?.['office-addins'],
);
const officeRules = Object.fromEntries(
  Object.entries(officeRecommended.rules).filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'coverage/**',
      'node_modules/**',
      '.tmp/**',
      '.build/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'office-addins': officeAddins },
    rules: {
      ...officeRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      eqeqeq: 'error',
    },
  },
  {
    // The engine is pure: no Office.js, no DOM, no Node APIs, no I/O (DESIGN.md, Layers).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'Excel',
        'Office',
        'OfficeExtension',
        'CustomFunctions',
        'window',
        'document',
        'process',
        'require',
        'Buffer',
        'fetch',
        'setTimeout',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'os',
            'child_process',
            'exceljs',
            'jszip',
            'react',
            'react-dom',
            '@fluentui/*',
            '../excel/*',
            '../cli/*',
            '../functions/*',
            '../taskpane/*',
          ],
        },
      ],
    },
  },
  {
    // Layers import downwards only: the engine and adapters never reach up to a surface.
    // The .xlsx adapter is entered through its index.ts only.
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../cli/*', '../functions/*', '../taskpane/*', '../xlsx/*'] },
      ],
    },
  },
  {
    // The command line reaches the .xlsx adapter through its index.ts only.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../excel/xlsx/*'] }] },
  },
  {
    // Custom functions report errors by throwing CustomFunctions.Error, which is not an Error.
    files: ['src/functions/**/*.ts'],
    rules: { '@typescript-eslint/only-throw-error': 'off' },
  },
  {
    // expect.any() and expect.objectContaining() are typed `any` by Jest.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        console: 'readonly',
      },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
