import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', './test/closing-line-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
