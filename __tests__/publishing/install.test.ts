/**
 * Installable exactly as documented: one `uses:` reference everywhere, the example workflow outside
 * .github/workflows, this repository's own workflows, and the Marketplace rules for action.yml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docSnippets, documentationFiles } from '../docs-snippets.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** owner/name@vMAJOR, from package.json's repository and version: the line users copy. */
function canonicalUses(): string {
  const repo = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(pkg.repository.url)?.[1];
  return `${repo}@v${pkg.version.split('.')[0]}`;
}

/** Every `uses:` value anywhere in a parsed workflow. */
function usesValues(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(usesValues);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'uses' && typeof value === 'string' ? [value] : usesValues(value),
    );
  }
  return [];
}

const workflowDir = '.github/workflows';
const workflows = Object.fromEntries(
  readdirSync(workflowDir).map((name) => [name, parse(readFileSync(join(workflowDir, name), 'utf8'))]),
);

describe('the uses: reference', () => {
  it('is release-retro/release-retro@v<major of package.json>', () => {
    expect(canonicalUses()).toBe('release-retro/release-retro@v0');
  });

  it('is the canonical one in every YAML snippet of the docs that uses the action', () => {
    const snippets = docSnippets();
    const uses = snippets.flatMap((s) =>
      usesValues(parse(s.text)).map((value) => ({ at: `${s.file}:${s.line}`, value })),
    );
    // Not GitHub's actions, nor a workflow of the user's own repository (`./.github/workflows/…`, a reusable one).
    const ours = uses.filter((u) => !/^(actions|github)\//.test(u.value) && !u.value.startsWith('./'));
    expect(ours.length).toBeGreaterThanOrEqual(3);
    expect(ours.filter((u) => u.value !== canonicalUses())).toEqual([]);
  });

  it('appears in no other form anywhere in the documentation or the example', () => {
    const files = [...documentationFiles(), 'examples/workflows/release-retro.yml'];
    const other = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/[\w.-]+\/release-retro@[\w.-]+/g)]
        .map((m) => m[0])
        .filter((ref) => ref !== canonicalUses())
        .map((ref) => `${file}: ${ref}`),
    );
    expect(other).toEqual([]);
  });
});

describe('workflows', () => {
  it('keeps the installable example outside .github/workflows, on the canonical reference', () => {
    expect(Object.keys(workflows).sort()).toEqual(['check-dist.yml', 'ci.yml', 'release.yml', 'smoke.yml']);
    const example = parse(readFileSync('examples/workflows/release-retro.yml', 'utf8'));
    expect(usesValues(example)).toEqual([canonicalUses()]);
  });

  it('runs CI through .ci/run, which runs the README test command', () => {
    const readme = readFileSync('README.md', 'utf8');
    const testCommand = /^npm test\b/m.exec(readme.split('## Try it')[1] ?? '')?.[0];
    expect(testCommand).toBe('npm test');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
    const steps = workflows['ci.yml'].jobs.test.steps.map((s: { run?: string }) => s.run).filter(Boolean);
    expect(steps).toEqual(['bash .ci/run']);
  });

  it('smoke-tests this checkout with uses: ./', () => {
    expect(usesValues(workflows['smoke.yml'])).toContain('./');
  });

  it('releases on vX.Y.Z tags: checks the tag and dist/, moves the major tag', () => {
    const release = workflows['release.yml'];
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(release.permissions).toEqual({ contents: 'write' });
    const run = release.jobs.release.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(run).toContain('node scripts/release-check.mjs "$GITHUB_REF_NAME"');
    expect(run).toMatch(/npm run build\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]/);
    expect(run).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(run).toContain('git push --force origin "refs/tags/$major"');
  });

  it('has Dependabot for npm and github-actions', () => {
    const dependabot = parse(readFileSync('.github/dependabot.yml', 'utf8'));
    expect(
      dependabot.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']).sort(),
    ).toEqual(['github-actions', 'npm']);
  });
});

// GitHub Marketplace rules for action.yml (docs.github.com, "Metadata syntax for GitHub Actions" → branding,
// and "Publishing actions in GitHub Marketplace"): a description of at most 125 characters, a Feather icon v4.28
// except the ones GitHub omits, and one of nine colours.
const OMITTED_ICONS = [
  'coffee',
  'columns',
  'divide-circle',
  'divide-square',
  'divide',
  'frown',
  'hexagon',
  'key',
  'meh',
  'mouse-pointer',
  'smile',
  'tool',
  'x-octagon',
];
const COLOURS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

describe('action.yml for the Marketplace', () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  const icons = Object.keys(JSON.parse(readFileSync('node_modules/feather-icons/dist/icons.json', 'utf8')));

  it('has a name and a description of at most 125 characters', () => {
    expect(action.name).toMatch(/\S/);
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('has branding with an allowed Feather icon and colour', () => {
    expect(icons.length).toBeGreaterThan(200);
    expect(icons).toContain(action.branding.icon);
    expect(OMITTED_ICONS).not.toContain(action.branding.icon);
    expect(COLOURS).toContain(action.branding.color);
  });

  it('runs the committed bundle on a runner Node version', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('LICENSE', () => {
  it('is the licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    const licence = readFileSync('LICENSE', 'utf8');
    expect(licence.split('\n')[0]).toBe('MIT License');
    expect(licence).toContain('Permission is hereby granted, free of charge');
  });
});
