import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { changelogEntry, checkRelease } from '../../scripts/release-check.mjs';

const changelog =
  '# Changelog\n\n## [Unreleased]\n\n## [1.2.3]\n\n### Fixed\n\n- a thing\n\n## [1.2.2]\n\n- older\n';

describe('release check', () => {
  it('accepts a vX.Y.Z tag of the package version and returns its changelog entry', () => {
    expect(checkRelease('v1.2.3', '1.2.3', changelog)).toEqual({ notes: '### Fixed\n\n- a thing' });
    expect(changelogEntry(changelog, '1.2.2')).toBe('- older');
  });

  it('refuses a tag that is not vX.Y.Z', () => {
    expect(checkRelease('v1', '1.0.0', changelog).error).toMatch(/not a release tag/);
    expect(checkRelease('1.2.3', '1.2.3', changelog).error).toMatch(/not a release tag/);
  });

  it('refuses a tag that is not the package version, saying what to set', () => {
    expect(checkRelease('v1.2.4', '1.2.3', changelog).error).toBe(
      'The tag is v1.2.4 but package.json has version 1.2.3: set "version": "1.2.4".',
    );
  });

  it('refuses a version without a changelog entry', () => {
    expect(checkRelease('v1.3.0', '1.3.0', changelog).error).toMatch(/no entry for 1\.3\.0/);
  });

  it('passes for the version in this repository', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(checkRelease(`v${version}`, version, readFileSync('CHANGELOG.md', 'utf8')).notes).toMatch(/\S/);
  });
});
