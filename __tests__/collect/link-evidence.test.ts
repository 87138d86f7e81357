/** How an issue's text is linked to the release: tags, pull requests by number, commits by a SHA prefix. */
import { describe, expect, it } from 'vitest';
import { type LinkTargets, linkEvidence } from '../../src/collect/issues.ts';
import type { ReleaseRef } from '../../src/collect/types.ts';

const release = (tag: string): ReleaseRef => ({
  id: 1,
  tag,
  name: tag,
  url: `https://github.com/acme/shop/releases/tag/${tag}`,
  publishedAt: '2026-03-01T00:00:00Z',
  createdAt: '2026-03-01T00:00:00Z',
  prerelease: false,
  targetCommitish: 'main',
  author: 'maya',
});
const pr = (number: number) => ({ number, url: `https://github.com/acme/shop/pull/${number}` });
const commit = (sha: string) => ({ sha, url: `https://github.com/acme/shop/commit/${sha}` });

const targets: LinkTargets = {
  releases: [release('v1.4.0'), release('v1.4.1')],
  pullRequests: [pr(11), pr(12), pr(13)],
  commits: [
    commit('abcdef1111111111111111111111111111111111'),
    commit('abcdef1222222222222222222222222222222222'),
    commit('0123456333333333333333333333333333333333'),
  ],
};

describe('linkEvidence', () => {
  it('names what the text mentions, in the order of the release’s own lists, each once', () => {
    const text =
      'Since v1.4.1 (not v1.4.10): see #13, #11 and #11 again, and /pull/99. Broke in ABCDEF12 and 0123456.';
    expect(linkEvidence(text, targets).map((e) => e.label)).toEqual([
      'mentions v1.4.1',
      'mentions #11',
      'mentions #13',
      'mentions commit abcdef1',
      'mentions commit 0123456',
    ]);
  });

  it('takes a 7-digit prefix shared by two commits as naming both, and a longer one as naming one', () => {
    expect(linkEvidence('abcdef1', targets).map((e) => e.url)).toEqual([
      targets.commits[0]?.url,
      targets.commits[1]?.url,
    ]);
    expect(linkEvidence('abcdef1222', targets).map((e) => e.url)).toEqual([targets.commits[1]?.url]);
    expect(linkEvidence('abcdef9', targets)).toEqual([]);
  });

  it('finds nothing in a text without numbers, tags or SHAs, and nothing of another release', () => {
    expect(linkEvidence('The checkout page is slow.', targets)).toEqual([]);
    expect(linkEvidence('Since v1.4.0-rc.1 and #7', targets)).toEqual([]);
  });
});
