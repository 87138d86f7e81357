// Bundles the action (dist/index.js) and the CLI (dist/cli.js), each one ESM file that runs on Node 20 and 24.
// Templates, the default plan and GraphQL documents are inlined as text, so dist/ needs nothing beside it.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.graphql': 'text', '.ejs': 'text', '.yaml': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies call require() for Node built-ins; ESM output needs a real require for that.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
