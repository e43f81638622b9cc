import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**'] },
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
    // core/ stays pure: no network, no process, no adapters.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:child_process',
                'child_process',
                'node:net',
                'node:http',
                'node:https',
                'execa',
                '@actions/*',
                '@octokit/*',
                '@anthropic-ai/*',
              ],
              message: 'core/ is pure: move I/O to an adapter.',
            },
            {
              group: [
                '../cli/*',
                '../stages/*',
                '../engines/*',
                '../forge/*',
                '../actions/*',
                '../adapters/*',
              ],
              message: 'core/ imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
);
