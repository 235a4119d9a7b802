// The linter's rules: few, each for a mistake the compiler lets through and a newcomer makes
// first. Formatting is not linted (the code keeps one style by review); what tsc already checks
// (unused names, types) is not repeated. Type-aware, so it reads the same program tsc does.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/check/schema/generated/', '**/*.mjs', '**/*.js', 'examples/', 'test/fixtures/'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits: in the CLI its error escapes as an unhandled rejection with a
      // stack trace and the exit code is lost; in a test, `expect(…).rejects` passes unchecked.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // The guide: no `any`; unknown input is narrowed, not trusted.
      '@typescript-eslint/no-explicit-any': 'error',
      // A cast that changes nothing hides where the types really narrow.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A focused test silently skips the rest of the suite.
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].map((object) => ({ object, property: 'only', message: 'Remove .only before committing: it skips every other test.' })),
      ],
    },
  },
  {
    // The library never prints and never exits (the guide); only the CLI's io does.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='exit']", message: 'Return an exit code from run(); never call process.exit.' }],
    },
  },
);
