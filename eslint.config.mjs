// `npm run lint`: typescript-eslint's recommended rules and React's rules of hooks, nothing
// about style. Not type-aware, so it stays fast (no TypeScript program is built); tsc already
// checks the types (`npm run typecheck`).
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', 'client/dist/**', 'client/dist-h5/**', 'emulator/dist/**', 'cloudfunctions/*/index.js',
      '.emulator/**', 'test-output/**', 'coverage/**', 'bench/**/*.json',
      // The blank Taro app the first-screen bench builds beside its sources.
      'bench/blank-taro/dist-h5/**',
    ],
  },
  { files: ['**/*.{ts,tsx,mjs,cjs,js}'], linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ...tseslint.configs.recommended,
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // CommonJS files (jest and babel configs, the Chromium locator) are loaded by require.
    files: ['**/*.{cjs,js}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read the emulator's untyped JSON answers and stored documents: `any` there is the honest type.
    files: ['**/*.test.{ts,tsx}', 'test/**', 'emulator/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The weapp tests load the built mini-program and miniprogram-simulate (which sets up globals) at run time.
    files: ['test/weapp/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // An unused argument or a caught error named with a leading _ is deliberate.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }] },
  },
)
