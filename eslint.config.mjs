// `npm run lint`: typescript-eslint's recommended rules, React's hooks rules for the renderer, one
// door for zod, and the layer rule that keeps each folder of src/ to the imports
// docs/architecture.md allows.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { layersRule } from './scripts/lint/layers.mjs'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,cjs,js}'],
    plugins: { rampart: { rules: { layers: layersRule } } },
    rules: {
      'rampart/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // zod is configured in one place (src/core/zod.ts: no code generation, for the CSP), and that
    // must run before any schema is built, so its value is imported from there only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'zod', allowTypeImports: true, message: 'import { z } from src/core/zod.ts, which configures zod before any schema is built' }]
      }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended
  },
  {
    // CommonJS entry points and fixtures run under plain Node.
    files: ['**/*.cjs', 'bin/**/*.js', 'test/shell/fixtures/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
