// Bundles the action (dist/index.js and the stages' chunks in dist/chunks/) and the CLI (dist/cli.js, one file),
// ESM that runs on Node 22 and 24, and writes dist/licenses.txt, the licence notices of every package the
// bundles contain. Templates, the default plan and GraphQL documents are inlined as text, so dist/ needs
// nothing beside it.
import { rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
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

/** esbuild's own resolution of an import, asked from a plugin's onResolve for it (`resolving` ends the loop). */
function resolveAsUsual(build, args) {
  const { kind, resolveDir, importer } = args;
  return build.resolve(args.path, { kind, resolveDir, importer, pluginData: { resolving: true } });
}

/**
 * @actions/core imports @actions/http-client (and with it undici, 770 KB) for `getIDToken` alone, and
 * @actions/exec and @actions/io (and with them node:child_process and node:assert, 13–15 ms of a cold start)
 * for `platform.getDetails` alone; the action calls neither. These packages do nothing when loaded beyond
 * defining their exports, and saying so lets esbuild leave them out where nothing uses them.
 */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(build) {
    build.onResolve({ filter: /^@actions\/(http-client|exec|io)$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      return { ...(await resolveAsUsual(build, args)), sideEffects: false };
    });
  },
};

/**
 * The runner context is @actions/github's `Context` (src/runner-env.ts imports the package for `context`
 * alone). The package's entry also builds, as it loads, an Octokit class with a proxy-aware fetch (undici
 * again) that the action never uses; the bundle takes `context` from the package's own context module instead:
 * the same class, constructed the same way, without the rest.
 */
const actionsContextOnly = {
  name: 'actions-context-only',
  setup(build) {
    build.onResolve({ filter: /^@actions\/github$/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const entry = await resolveAsUsual(build, args);
      if (entry.errors.length > 0) return entry;
      // A name, not the file's absolute path: the bundle names its modules, and must not depend on the checkout's
      // location (CI rebuilds dist/ elsewhere and compares).
      const file = join(dirname(entry.path), 'context.js');
      return { path: '@actions/github/context', namespace: 'actions-context', pluginData: { file } };
    });
    build.onLoad({ filter: /.*/, namespace: 'actions-context' }, (args) => ({
      contents: `import { Context } from ${JSON.stringify(args.pluginData.file)};\nexport const context = new Context();\n`,
      resolveDir: dirname(args.pluginData.file),
    }));
  },
};

/**
 * Node's built-in modules are loaded with require(), not import. An ESM import of a built-in builds an ES module
 * facade that reads every export, lazy ones included: `node:http`'s WebSocket, CloseEvent and MessageEvent load
 * undici, about 45 ms of a cold run's start (measured with Node 24: 52 ms imported, 8 ms required), and `fs` and
 * `util` cost 6–7 ms each that way against under 1 ms required. Each import of a built-in becomes a CommonJS
 * module that requires it, which esbuild's interop reads property by property, on use.
 */
const builtinsRequired = {
  name: 'builtins-required',
  setup(build) {
    const builtins = new Set(builtinModules);
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (args.kind !== 'import-statement' || !builtins.has(name)) return undefined;
      return { path: name, namespace: 'builtin-required' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin-required' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)});`,
      loader: 'js',
    }));
  },
};

/** The bundles' build options; the licence test builds them again (without writing) to compare. */
export const bundles = [
  // A runner starts a new process for every run: the stages a run does not use stay in chunks it never loads
  // (src/stages.ts); with the cuts above, loading takes about 160 ms of CPU instead of 390 (docs/performance.md).
  {
    ...common,
    entryPoints: ['src/index.ts'],
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [builtinsRequired, sideEffectFree, actionsContextOnly],
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    plugins: [builtinsRequired],
    banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  // Chunk names carry a hash of their content: the last build's chunks would stay behind.
  rmSync('dist/chunks', { recursive: true, force: true });
  const results = await Promise.all(bundles.map((options) => build(options)));
  const { notices, problems } = licenceNotices(bundledPackageDirs(...results.map((r) => r.metafile)));
  if (problems.length > 0) {
    console.error(`Cannot write the licence notices:\n${problems.join('\n')}`);
    process.exit(1);
  }
  writeFileSync('dist/licenses.txt', renderNotices(notices));
}
