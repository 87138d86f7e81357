/**
 * The bundles load Node's built-in modules with require(), never as ES modules (scripts/build.mjs,
 * `builtinsRequired`): importing `node:http` as an ES module loads undici through its lazy exports, about
 * 45 ms of a cold run's start. The committed dist/ is checked, which CI also checks is a fresh build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = [
  'dist/index.js',
  'dist/cli.js',
  ...readdirSync('dist/chunks').map((name) => join('dist/chunks', name)),
];
const builtins = new Set(builtinModules);
const BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

function esmBuiltinImports(file: string): string[] {
  const found: string[] = [];
  // Every output starts with the banner, whose import of node:module is a string esbuild does not rewrite.
  const text = readFileSync(file, 'utf8').replace(BANNER, '');
  for (const match of text.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (builtins.has(specifier.replace(/^node:/, ''))) found.push(`${file}: ${specifier}`);
  }
  return found;
}

describe('the bundles', () => {
  it('import no Node built-in as an ES module, beyond the banner that makes require()', () => {
    expect(files.flatMap(esmBuiltinImports)).toEqual([]);
  });

  it('require the built-ins the action uses, node:http among them', () => {
    const required = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/__require\("node:([a-z_/]+)"\)/g)].map((m) => m[1]),
    );
    for (const name of ['http', 'https', 'fs', 'util', 'zlib']) expect(required).toContain(name);
  });

  it('leave out what @actions/core imports for calls the action never makes', () => {
    // @actions/exec and @actions/io (platform.getDetails) would require child_process and assert at start-up.
    const action = files.filter((file) => file !== 'dist/cli.js');
    const required = action.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/__require\("node:([a-z_/]+)"\)/g)].map((m) => m[1]),
    );
    expect(required).not.toContain('child_process');
    expect(required).not.toContain('assert');
  });
});
