// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Packages and modules each layer must not import (DESIGN.md §3, CONVENTIONS.md §1). */
const impureForShared = [
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
  { group: ['dexie', 'dexie/*'], message: 'shared/ is pure: no Dexie.' },
  { group: ['socket.io', 'socket.io-client'], message: 'shared/ is pure: no socket.io.' },
  { group: ['fastify', '@fastify/*'], message: 'shared/ is pure: no Fastify.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
    message: 'shared/ is pure: no Node built-ins.',
  },
  { group: ['**/server/**', '**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/.' },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'release/**',
      '.data/**',
      'test-results/**',
      'playwright-report/**',
      'build/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'A focused test silences the rest of the suite.' },
        { object: 'test', property: 'only', message: 'A focused test silences the rest of the suite.' },
        { object: 'describe', property: 'only', message: 'A focused test silences the rest of the suite.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Product code logs through a small logger, never console.* directly.
    files: [
      'server/**/*.ts',
      'electron/**/*.ts',
      'renderer/**/*.{ts,tsx}',
      'help-center/**/*.{ts,tsx}',
      'shared/**/*.ts',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: impureForShared }],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'shared/ takes a scheduler as a parameter.' },
        { name: 'setInterval', message: 'shared/ takes a scheduler as a parameter.' },
        { name: 'fetch', message: 'shared/ does no I/O.' },
        { name: 'window', message: 'shared/ runs everywhere.' },
        { name: 'document', message: 'shared/ runs everywhere.' },
        { name: 'process', message: 'shared/ runs everywhere.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ takes the clock as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ takes the clock as a parameter.',
        },
        {
          selector: "CallExpression[callee.property.name='randomUUID']",
          message: 'shared/ takes the id generator as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'shared/ takes randomness as a parameter.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'help-center/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Accessibility of the markup (labels, roles, keyboard handlers); axe checks the rendered pages in e2e.
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'The renderer reaches the desktop only through window.desktop.',
            },
            {
              group: ['**/server/**', 'fastify', '@fastify/*', 'pg', '@electric-sql/*'],
              message: 'The renderer talks to the service over HTTP only.',
            },
            { group: ['node:*'], message: 'The renderer runs in a browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/renderer/**', 'node:*'],
              message: 'The preload is a thin bridge: contextBridge, ipcRenderer and shared/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**', 'electron', 'react', 'react-dom', 'dexie'],
              message: 'The service does not depend on the console or the desktop shell.',
            },
          ],
        },
      ],
    },
  },
);
