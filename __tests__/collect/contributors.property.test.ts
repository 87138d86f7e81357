/**
 * A change set's contributors are read from the commits as soon as they arrive (`commitAuthorsOf`), then joined
 * with the pull requests' authors: the same list, spellings included, as people() over every author at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CommitSet, changesFrom, commitAuthorsOf } from '../../src/collect/changes.ts';
import type { CommitFact, PullRequestFact } from '../../src/collect/types.ts';
import { people } from '../../src/collect/util.ts';

const login = fc.constantFrom('ana', 'Ana', 'sam', 'SAM', 'lee', 'maya', 'dependabot[bot]', '', 'zoë');

describe('contributors', () => {
  it('are people() over every commit author and pull request author, whichever way they are joined', () => {
    fc.assert(
      fc.property(fc.array(login), fc.array(login), fc.boolean(), (commitAuthors, prAuthors, early) => {
        const commitSet = {
          commits: commitAuthors.map((author) => ({ author }) as unknown as CommitFact),
          totalCommits: commitAuthors.length,
          tagCommits: {},
        } satisfies CommitSet;
        const pullRequests = prAuthors.map(
          (author) => ({ author, isRevert: false }) as unknown as PullRequestFact,
        );
        if (early) commitAuthorsOf(commitSet);
        expect(changesFrom(commitSet, pullRequests).contributors).toEqual(
          people([...commitAuthors, ...prAuthors]),
        );
      }),
    );
  });
});
