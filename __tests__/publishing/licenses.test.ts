/** dist/licenses.txt lists every package bundled into dist/, with its licence text, and is current. */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build scripts without types
import { bundles } from '../../scripts/build.mjs';
// @ts-expect-error: plain .mjs build scripts without types
import { bundledPackageDirs, licenceNotices, renderNotices } from '../../scripts/licenses.mjs';

interface Notice {
  name: string;
  version: string;
  licence: string;
  texts: string[];
}

describe('third-party licence notices', () => {
  it('match a fresh bundle of the action and the CLI, package by package', async () => {
    const results = await Promise.all(
      bundles.map((options: object) => build({ ...options, write: false, logLevel: 'silent' })),
    );
    const { notices, problems } = licenceNotices(
      bundledPackageDirs(...results.map((r: { metafile: unknown }) => r.metafile)),
    );
    expect(problems).toEqual([]);
    const names = (notices as Notice[]).map((n) => n.name);
    // Packages the code imports directly, and the Apache-2.0 ones whose notices were once stripped.
    for (const name of ['@actions/core', 'ejs', 'before-after-hook', 'zod', 'yaml'])
      expect(names).toContain(name);
    for (const notice of notices as Notice[]) {
      expect(notice.texts.join('\n').length, notice.name).toBeGreaterThan(200);
    }
    expect(readFileSync('dist/licenses.txt', 'utf8')).toBe(renderNotices(notices));
  }, 60_000);

  it('report a bundled package without a licence file', () => {
    const { problems } = licenceNotices(['__tests__/publishing/fixtures/unlicensed-package']);
    expect(problems).toEqual(['unlicensed@1.0.0 has no licence file']);
  });
});
