import { readFile } from 'node:fs/promises';
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
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
