import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * Layer boundaries. Imports flow one way:
 *
 *   src/app → src/features/<X> → src/session, src/components → src/lib → src/domain
 *
 * and inside the domain the knowledge base (data) does not import the engine that reads it.
 * no-restricted-imports matches the import specifier as written (a relative path), not the file
 * it resolves to, so the patterns are computed per directory depth: a file `depth` folders below
 * a layer's folder gets every relative path from there into each layer it may not use. Each
 * file gets exactly one block (nested layers are ignored by the enclosing layer's blocks), since
 * a later block with the same rule would replace, not add to, the earlier one's options.
 */

/** Deepest folder below a layer's own folder that the patterns cover (today's deepest: 1). */
const maxDepth = 6;

const features = readdirSync(`${import.meta.dirname}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const moveDown =
  'Move what both need down a layer (src/lib, src/components, src/session or src/domain), or pass it in from the caller.';

const forbidApp = {
  target: 'src/app',
  message: `src/app composes the layers below it and nothing imports it. ${moveDown}`,
};
const forbidFeatures = (who) => ({
  target: 'src/features',
  message: `${who} is below the features and may not import them. ${moveDown}`,
});
const forbidSession = (who) => ({
  target: 'src/session',
  message: `${who} may not import the open case's state (src/session): take the values as arguments or props, and let a feature read the session.`,
});
const forbidComponents = (who) => ({
  target: 'src/components',
  message: `${who} may not import UI components (src/components): the feature that renders them composes both.`,
});
const forbidLib = {
  target: 'src/lib',
  message:
    'src/domain is the bottom layer and may not import src/lib: move the pure part into src/domain, or keep the code that needs src/lib in src/lib.',
};
const forbidCli = {
  target: 'src/cli',
  message:
    'src/domain may not import the command line (src/cli): the CLI calls the domain, not the reverse.',
};

/** The domain's own rule, besides the layers: pure TypeScript, runnable by the CLI and tests. */
const domainPackages = [
  {
    group: [
      'react',
      'react-*',
      '@tanstack/*',
      'recharts',
      'msw',
      'msw/*',
      '@xstate/react',
      'idb',
      'fhirclient',
      'fake-indexeddb',
      'virtual:*',
    ],
    message:
      'src/domain is pure TypeScript: no UI, browser, storage or mocking libraries. Use them in src/lib or a feature and hand the domain plain values.',
  },
  {
    group: ['node:*', 'fs', 'path'],
    message: 'src/domain does no I/O: read files in src/cli or scripts and pass the contents in.',
  },
];

/** What no domain file may import: every layer above it. */
const domainForbids = [
  forbidApp,
  forbidFeatures('src/domain'),
  forbidCli,
  forbidSession('src/domain'),
  forbidComponents('src/domain'),
  forbidLib,
];

const layers = [
  ...features.map((feature) => ({
    dir: `src/features/${feature}`,
    forbid: [
      forbidApp,
      ...features
        .filter((other) => other !== feature)
        .map((other) => ({
          target: `src/features/${other}`,
          message: `A feature does not import another feature (src/features/${feature} → src/features/${other}). ${moveDown}`,
        })),
    ],
  })),
  {
    dir: 'src/session',
    forbid: [forbidApp, forbidFeatures('src/session'), forbidComponents('src/session')],
  },
  {
    dir: 'src/components',
    forbid: [forbidApp, forbidFeatures('src/components'), forbidSession('src/components')],
  },
  {
    dir: 'src/lib',
    forbid: [
      forbidApp,
      forbidFeatures('src/lib'),
      forbidSession('src/lib'),
      forbidComponents('src/lib'),
    ],
  },
  { dir: 'src/domain', forbid: domainForbids, packages: domainPackages },
  {
    dir: 'src/domain/knowledge',
    forbid: [
      ...domainForbids,
      {
        target: 'src/domain/engine',
        message:
          'The knowledge base is data the engine reads and may not import src/domain/engine: put code that needs both in src/domain/engine (or scripts/ for tooling).',
      },
    ],
    packages: domainPackages,
  },
];

/**
 * The specifiers by which a file `depth` folders below `dir` reaches `target` (both relative to
 * the repository root): up to each of its ancestors that contains the target, then down to it.
 */
function specifiersTo(dir, depth, target) {
  const specifiers = [];
  let ancestor = dir;
  let up = depth;
  for (;;) {
    const root = ancestor === '.';
    if (root || target.startsWith(`${ancestor}/`)) {
      const down = root ? target : posix.relative(ancestor, target);
      const to = `${up === 0 ? './' : '../'.repeat(up)}${down}`;
      specifiers.push(to, `${to}/**`);
    }
    if (root) return specifiers;
    ancestor = posix.dirname(ancestor);
    up += 1;
  }
}

const testFiles = '*.test.{ts,tsx}';

/**
 * One block per layer and depth. Test files get the layer rules but not the domain's library
 * rules (domain tests read fixtures with node:fs); nested layers get their own blocks.
 */
const layerBoundaries = layers.flatMap(({ dir, forbid, packages }) => {
  const nested = layers.filter((l) => l.dir.startsWith(`${dir}/`)).map((l) => `${l.dir}/**`);
  return Array.from({ length: maxDepth + 1 }, (_, depth) => {
    const folder = `${dir}/${'*/'.repeat(depth)}`;
    const layerPatterns = forbid.map(({ target, message }) => ({
      group: specifiersTo(dir, depth, target),
      message,
    }));
    const block = (files, ignores, patterns) => ({
      files,
      ignores,
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    });
    if (!packages) return [block([`${folder}*.{ts,tsx}`], nested, layerPatterns)];
    return [
      block(
        [`${folder}*.{ts,tsx}`],
        [...nested, `**/${testFiles}`],
        [...packages, ...layerPatterns],
      ),
      block([`${folder}${testFiles}`], nested, layerPatterns),
    ];
  }).flat();
});

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'public/mockServiceWorker.js', 'bench'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': 'error',
      // A `default` does not count as handling a union's members: a new event type, state or
      // condition fact then fails lint at every switch that has not decided what to do with it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerBoundaries,
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
