import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';

/** Loads .graphql/.ejs/.yaml imports as strings, exactly as esbuild's "text" loader does in the bundle. */
function textAssets(): Plugin {
  return {
    name: 'text-assets',
    enforce: 'pre',
    async load(id) {
      if (/\.(graphql|ejs|yaml)$/.test(id)) {
        return `export default ${JSON.stringify(await readFile(id, 'utf8'))};`;
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [textAssets()],
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/setup.ts'],
    // A limit for a test that hangs, not a speed check: an e2e test starts several dist/index.js runs, and two
    // test files at once beside a CPU hog (npm run soak) make each several times slower than on an idle machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core runner, where an e2e
    // test mostly waits for its dist/index.js child while its own process (the emulator) idles, or the reverse.
    // Two files at once keep both cores busy. Every test file has its own emulator, port, temp dirs and module
    // registry (isolate stays on), so files cannot see each other.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
