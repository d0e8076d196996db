// Local ESLint rules that keep the architecture as docs/architecture.md draws it:
// - `local/index-entry`: a folder that has an index.ts is entered only through it, from
//   anywhere outside the folder (nested folders included: src/core/rules may not reach into
//   src/core/register/parse, only import src/core/register).
// - `local/layers`: imports point down the layers only (core <- excel <- cli, functions,
//   taskpane), and the engine's folders never import the rules.
// Both resolve the import to a file on disk, so `../../x`, `./a/../b` and nested folders are
// judged by where they lead, not by how they are spelt.
'use strict';
const { existsSync } = require('node:fs');
const { dirname, join, relative, resolve, sep } = require('node:path');

function target(file, spec) {
  if (typeof spec !== 'string' || !spec.startsWith('.')) return undefined;
  const base = resolve(dirname(file), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && !candidate.endsWith(sep)) return candidate;
  }
  return undefined;
}

function sources(node) {
  if (
    (node.type === 'ImportDeclaration' ||
      node.type === 'ExportNamedDeclaration' ||
      node.type === 'ExportAllDeclaration') &&
    node.source
  )
    return node.source;
  if (node.type === 'ImportExpression' && node.source.type === 'Literal') return node.source;
  return undefined;
}

function visitor(check) {
  const on = (node) => {
    const source = sources(node);
    if (source) check(node, source);
  };
  return {
    ImportDeclaration: on,
    ExportNamedDeclaration: on,
    ExportAllDeclaration: on,
    ImportExpression: on,
  };
}

/** The first folder with an index.ts that the import enters below the common ancestor. */
function enteredModule(file, to) {
  const from = dirname(file).split(sep);
  const parts = dirname(to).split(sep);
  let k = 0;
  while (k < from.length && k < parts.length && from[k] === parts[k]) k += 1;
  for (let depth = k + 1; depth <= parts.length; depth += 1) {
    const folder = parts.slice(0, depth).join(sep);
    if (existsSync(join(folder, 'index.ts'))) return folder;
  }
  return undefined;
}

const indexEntry = {
  meta: {
    type: 'problem',
    docs: { description: 'A folder with an index.ts is entered only through its index.' },
    messages: {
      deep: "'{{spec}}' reaches into {{folder}}/ past its index: import '{{entry}}' instead.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    return visitor((node, source) => {
      const to = target(file, source.value);
      if (!to) return;
      const folder = enteredModule(file, to);
      if (!folder || to === join(folder, 'index.ts')) return;
      let entry = relative(dirname(file), folder).split(sep).join('/');
      if (!entry.startsWith('.')) entry = `./${entry}`;
      context.report({
        node: source,
        messageId: 'deep',
        data: { spec: source.value, folder: relative(context.cwd, folder), entry },
      });
    });
  },
};

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down the layers only.' },
    messages: {
      up: "{{from}} may not import {{to}} ('{{spec}}'): {{why}}",
    },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            from: { type: 'string' },
            deny: { type: 'array', items: { type: 'string' } },
            why: { type: 'string' },
          },
          required: ['from', 'deny', 'why'],
          additionalProperties: false,
        },
      },
    ],
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split(sep).join('/');
    const within = (path, folder) => path === folder || path.startsWith(`${folder}/`);
    const applies = (context.options[0] ?? []).filter((layer) => within(file, layer.from));
    if (applies.length === 0) return {};
    return visitor((node, source) => {
      const to = target(context.filename, source.value);
      if (!to) return;
      const path = relative(context.cwd, to).split(sep).join('/');
      for (const layer of applies) {
        const denied = layer.deny.find((folder) => within(path, folder));
        if (denied)
          context.report({
            node: source,
            messageId: 'up',
            data: { from: layer.from, to: denied, spec: source.value, why: layer.why },
          });
      }
    });
  },
};

/** The layers: what each folder may not import (eslint.config.mjs gives this to local/layers). */
const LAYERS = [
  {
    from: 'src/core',
    deny: ['src/excel', 'src/cli', 'src/functions', 'src/taskpane'],
    why: 'the engine is pure and knows no surface or adapter',
  },
  {
    from: 'src/excel',
    deny: ['src/cli', 'src/functions', 'src/taskpane'],
    why: 'the adapters serve the surfaces, never the reverse',
  },
  {
    from: 'src/excel/xlsx',
    deny: ['src/excel/office'],
    why: 'the file adapter runs without Excel',
  },
  {
    from: 'src/excel/office',
    deny: ['src/excel/xlsx'],
    why: 'the Office.js adapter runs in the browser, without Node',
  },
  {
    from: 'src/cli',
    deny: ['src/functions', 'src/taskpane', 'src/excel/office'],
    why: 'the command line runs in Node, without Excel',
  },
  {
    from: 'src/functions',
    deny: ['src/cli', 'src/taskpane'],
    why: 'the functions are a surface of their own',
  },
  {
    from: 'src/taskpane',
    deny: ['src/cli', 'src/functions'],
    why: 'the task pane is a surface of its own',
  },
  ...['src/core/register', 'src/core/licensing', 'src/core/position', 'src/core/evidence'].map(
    (from) => ({
      from,
      deny: ['src/core/rules', 'src/core/report', 'src/core/formulas'],
      why: 'the engine never imports a rule module; rules and reports build on the engine',
    }),
  ),
];

module.exports = { rules: { 'index-entry': indexEntry, layers }, LAYERS };
