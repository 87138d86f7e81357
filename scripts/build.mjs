// Bundles the action (dist/index.js) and the CLI (dist/cli.js), each one ESM file that runs on Node 22 and 24,
// and writes dist/licenses.txt, the licence notices of every package the two bundles contain.
// Templates, the default plan and GraphQL documents are inlined as text, so dist/ needs nothing beside it.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundledPackageDirs, licenceNotices, renderNotices } from './licenses.mjs';

export const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  loader: { '.graphql': 'text', '.ejs': 'text', '.yaml': 'text' },
  // The packages' licences are collected whole into dist/licenses.txt instead of scattered comments.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // Some dependencies call require() for Node built-ins; ESM output needs a real require for that.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

/** The two bundles' build options; the licence test builds them again (without writing) to compare. */
export const bundles = [
  { ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await Promise.all(bundles.map((options) => build(options)));
  const { notices, problems } = licenceNotices(bundledPackageDirs(...results.map((r) => r.metafile)));
  if (problems.length > 0) {
    console.error(`Cannot write the licence notices:\n${problems.join('\n')}`);
    process.exit(1);
  }
  writeFileSync('dist/licenses.txt', renderNotices(notices));
}
