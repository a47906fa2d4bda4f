import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Only the map adapter may talk to MapLibre; everything else goes through src/map. */
const noMapLibreOutsideMap = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['maplibre-gl', 'maplibre-gl/*'],
          message: 'Import maplibre-gl only in src/map/; use the map adapter (src/map/atlas-map.ts) elsewhere.',
        },
      ],
    },
  ],
};

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
  { files: ['src/**/*.ts', 'src/**/*.svelte', 'tests/**/*.ts'], ignores: ['src/map/**'], rules: noMapLibreOutsideMap },
  // The pure core stays pure: no DOM-bound libraries, no Svelte.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'svelte', 'svelte/*', '../map/*', '../ui/*', '../state/*'],
              message: 'src/core is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
);
