import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './eslint/layering.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/fixtures/**',
      'examples/bench/suite/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Entry points and scripts talk to the terminal on purpose.
    files: ['src/cli/**/*.ts', 'scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The layering (eslint/layering.js): core/ is pure at every depth, only
    // src/engines/process.ts starts processes, nothing below the entry points (src/action,
    // src/cli) imports them, stages/ do no I/O, and the floors below the stages import only
    // their ports from src/stages. test/lint/layering checks that each bites.
    files: ['src/**/*.ts'],
    plugins: { layering },
    rules: {
      'layering/core-pure': 'error',
      'layering/one-process-boundary': 'error',
      'layering/entry-points-on-top': 'error',
      'layering/stages-no-io': 'error',
      'layering/adapters-below-stages': 'error',
    },
  },
);
