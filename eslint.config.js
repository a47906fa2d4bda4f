import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Import patterns a folder may not use, each with the message ESLint prints. */
const MAPLIBRE = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Import maplibre-gl only in src/map/; use the map adapter (src/map/atlas-map.ts) elsewhere.',
};
const SVELTE = { group: ['svelte', 'svelte/*'], message: 'src/core is pure TypeScript: no Svelte.' };
const ABOVE_THE_CORE = {
  group: ['**/map/**', '**/state/**', '**/ui/**'],
  message: 'src/core imports nothing from src/map, src/state or src/ui.',
};
const ABOVE_THE_MAP = {
  group: ['**/state/**', '**/ui/**'],
  message: 'src/map imports nothing from src/state or src/ui.',
};
const OUTSIDE_THE_PRODUCT = {
  group: ['**/bench/**', '**/scripts/**', '**/tests/**'],
  message: 'src/ imports nothing from bench/, scripts/ or tests/.',
};

/** One `no-restricted-imports` rule from the patterns a folder may not use (a later rule replaces an earlier one). */
function fence(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default ts.config(
  // What .gitignore leaves out (local scratch and notes included), and the data files.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'geodata/', '.bench/', '.notes/', '.scratch/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
      // Our state replaces Sets and Maps wholesale ($state.raw) instead of mutating them in place,
      // so the plain built-ins are right; SvelteSet would make every lookup reactive for nothing.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  // Each layer imports only from the layers below it: ui and state over map over core.
  { files: ['src/**/*.ts', 'src/**/*.svelte'], rules: fence([MAPLIBRE, OUTSIDE_THE_PRODUCT]) },
  { files: ['tests/**/*.ts'], rules: fence([MAPLIBRE]) },
  { files: ['src/map/**/*.ts'], rules: fence([ABOVE_THE_MAP, OUTSIDE_THE_PRODUCT]) },
  { files: ['src/core/**/*.ts'], rules: fence([MAPLIBRE, SVELTE, ABOVE_THE_CORE, OUTSIDE_THE_PRODUCT]) },
);
