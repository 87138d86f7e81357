// Checks a release tag before the release workflow publishes it: the tag is vX.Y.Z, package.json has version
// X.Y.Z, and CHANGELOG.md has a "## [X.Y.Z]" entry. Prints that entry (the release notes) on stdout.
//
//   node scripts/release-check.mjs v1.2.3 > release-notes.md
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The changelog entry of a version: the lines under its "## [X.Y.Z]" heading, up to the next "## " heading. */
export function changelogEntry(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** The release notes of a tag, or an error saying what to fix before tagging again. */
export function checkRelease(tag, packageVersion, changelog) {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!match)
    return { error: `The tag "${tag}" is not a release tag: releases are tagged vX.Y.Z, e.g. v1.2.3.` };
  const version = match[1];
  if (packageVersion !== version) {
    return {
      error: `The tag is ${tag} but package.json has version ${packageVersion}: set "version": "${version}".`,
    };
  }
  const notes = changelogEntry(changelog, version);
  if (!notes) return { error: `CHANGELOG.md has no entry for ${version}: add a "## [${version}]" section.` };
  return { notes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tag = process.argv[2] ?? '';
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const result = checkRelease(tag, version, readFileSync('CHANGELOG.md', 'utf8'));
  if (result.error) {
    console.error(`::error::${result.error}`);
    process.exit(1);
  }
  process.stdout.write(`${result.notes}\n`);
}
