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
    // The layering (eslint/layering.js): core/ is pure at every depth, and only
    // src/engines/process.ts starts processes. test/lint/layering checks that both bite.
    files: ['src/**/*.ts'],
    plugins: { layering },
    rules: {
      'layering/core-pure': 'error',
      'layering/one-process-boundary': 'error',
    },
  },
);
