/**
 * Release lines: the config (`line`, `lines`), which lines a run works on, and the scoping predicates and
 * change filter, with bad input and the few extra requests scoping may cost.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { scopeChangesToLine } from '../../src/collect/line-changes.ts';
import { lineScopeOf, scopesChanges, touchesLine, workflowInLine } from '../../src/collect/line-scope.ts';
import type { PullRequestFact } from '../../src/collect/types.ts';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig, loadLineConfigs } from '../../src/config/load.ts';
import { encodeState, initialState } from '../../src/domain/state.ts';
import { routingTags, selectLines } from '../../src/select-lines.ts';
import { API, client, graphql, page, repo, sha } from './nock-github.ts';

const SOURCE = '.github/release-retro.yml';
const TWO_LINES = `labels:
  severity-prefix: "sev:"
lines:
  - line: { name: api, paths: ["api/**"] }
    releases: { tag-pattern: "api-v*" }
    labels: { incident: ["incident:api"] }
  - line: { name: web, paths: ["web/**"], workflows: [web.yml] }
    releases: { tag-pattern: "web-v*" }
    maturity: { hours: 0 }
`;

function configError(text: string): string {
  try {
    loadLineConfigs(text, SOURCE);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadLineConfigs to throw');
}

describe('loadLineConfigs', () => {
  it('gives one config per line, each entry merged over the rest of the file', () => {
    const [api, web] = loadLineConfigs(TWO_LINES, SOURCE);
    expect(api?.line.name).toBe('api');
    expect(api?.releases.tagPattern).toBe('api-v*');
    expect(api?.labels).toEqual({
      incident: ['incident:api'],
      bug: ['bug'],
      feedback: ['feedback'],
      severityPrefix: 'sev:',
    });
    expect(api?.maturity.hours).toBe(48);
    expect(web?.maturity.hours).toBe(0);
    expect(web?.line.workflows).toEqual(['web.yml']);
    expect(web?.labels.incident).toEqual(['incident']);
    expect(web?.lines).toEqual([]);
  });

  it("sets the line's board field on a board the lines share, not on a board a line names itself", () => {
    const [api, web, docs] = loadLineConfigs(
      [
        'project: { url: "https://github.com/orgs/acme/projects/1" }',
        'lines:',
        '  - { line: { name: api }, releases: { tag-pattern: "api-v*" } }',
        '  - line: { name: web }',
        '    releases: { tag-pattern: "web-v*" }',
        '    project: { url: "https://github.com/orgs/acme/projects/2" }',
        '  - line: { name: docs }',
        '    releases: { tag-pattern: "docs-v*" }',
        '    project: { url: "https://github.com/orgs/acme/projects/3", fields: { line: Area } }',
      ].join('\n'),
      SOURCE,
    );
    expect(api?.project).toMatchObject({
      url: 'https://github.com/orgs/acme/projects/1',
      fields: { line: 'Line' },
    });
    expect(web?.project).toMatchObject({
      url: 'https://github.com/orgs/acme/projects/2',
      fields: { line: '' },
    });
    expect(docs?.project.fields.line).toBe('Area');
  });

  it('gives the file itself when it lists no lines', () => {
    const configs = loadLineConfigs('line: { name: web, paths: ["web/**"] }\n', SOURCE);
    expect(configs).toHaveLength(1);
    expect(configs[0]?.line.paths).toEqual(['web/**']);
  });

  it('refuses unnamed, twice-named and same-tag lines, and names the entry', () => {
    expect(configError('lines:\n  - releases: { tag-pattern: "a-v*" }\n')).toMatch(
      /lines\[0\]: line\.name is required/,
    );
    expect(
      configError(
        'lines:\n  - { line: { name: a }, releases: { tag-pattern: "a-v*" } }\n  - { line: { name: a }, releases: { tag-pattern: "b-v*" } }\n',
      ),
    ).toMatch(/lines\[1\]: line\.name "a" is used by an earlier line/);
    expect(configError('lines:\n  - { line: { name: a } }\n  - { line: { name: b } }\n')).toMatch(
      /lines\[1\]: releases\.tag-pattern "v\*" is used by an earlier line/,
    );
  });

  it('refuses a typo inside a line, a bad glob and paths without a name', () => {
    expect(configError('lines:\n  - line: { name: a, path: ["a/**"] }\n')).toMatch(/path/);
    expect(configError('line: { name: a, paths: ["/abs/**"] }\n')).toMatch(/relative to the repository root/);
    expect(() => loadConfig('line: { paths: ["web/**"] }\n', SOURCE)).toThrow(/line\.name.*required/s);
    expect(configError('line: { name: "Web App" }\n')).toMatch(/lowercase/);
  });
});

describe('selectLines and routingTags', () => {
  const configs = loadLineConfigs(TWO_LINES, SOURCE);

  it('runs every line, or the one the line input names', () => {
    expect(selectLines(configs, { line: undefined, tags: [] }).map((c) => c.line.name)).toEqual([
      'api',
      'web',
    ]);
    expect(selectLines(configs, { line: 'web', tags: [] }).map((c) => c.line.name)).toEqual(['web']);
    expect(() => selectLines(configs, { line: 'ios', tags: [] })).toThrow(/"ios".*api, web/);
  });

  it('runs only the line whose tag pattern fits the tag, and none for a tag of no line', () => {
    expect(selectLines(configs, { line: undefined, tags: ['web-v2.0.0'] }).map((c) => c.line.name)).toEqual([
      'web',
    ]);
    expect(selectLines(configs, { line: undefined, tags: ['ios-v1.0.0'] })).toEqual([]);
  });

  it('finds a comment’s tag in the discussion’s state block, else in its title', () => {
    const state = initialState({
      tag: 'web-v2.0.0',
      tags: ['web-v2.0.0'],
      previousTag: null,
      openedAt: '2026-01-01T00:00:00Z',
      metrics: {},
    });
    const withState = { discussion: { body: `text\n${encodeState(state)}`, title: 'Anything' } };
    expect(routingTags('discussion_comment', withState, undefined)).toEqual(['web-v2.0.0']);
    const titleOnly = { discussion: { body: 'no state', title: 'Retrospective: api-v1.2.0' } };
    expect(lineNames(routingTags('discussion_comment', titleOnly, undefined))).toEqual(['api']);
    const broken = { discussion: { body: '<!-- release-retro:state !!! -->', title: 'Retro web-v1.0.0' } };
    expect(lineNames(routingTags('discussion_comment', broken, undefined))).toEqual(['web']);
    expect(routingTags('release', { release: { tag_name: 'api-v1.0.0' } }, undefined)).toEqual([
      'api-v1.0.0',
    ]);
    expect(routingTags('schedule', {}, 'web-v1.0.0')).toEqual(['web-v1.0.0']);
    expect(routingTags('schedule', {}, undefined)).toEqual([]);
  });

  function lineNames(tags: string[]) {
    return selectLines(configs, { line: undefined, tags }).map((c) => c.line.name);
  }
});

describe('line scope predicates', () => {
  const [api, web] = loadLineConfigs(TWO_LINES, SOURCE).map(lineScopeOf);
  if (!api || !web) throw new Error('two lines expected');

  it('matches paths by glob, dot files included', () => {
    expect(touchesLine(['api/orders.ts'], api)).toBe(true);
    expect(touchesLine(['api/.eslintrc'], api)).toBe(true);
    expect(touchesLine(['web/api/client.ts', 'docs/api.md'], api)).toBe(false);
    expect(scopesChanges(lineScopeOf(loadConfig(null, SOURCE)))).toBe(false);
  });

  it('matches workflows by file name, path or name; an empty list keeps every run', () => {
    expect(workflowInLine({ name: 'Web', path: '.github/workflows/web.yml' }, web)).toBe(true);
    expect(workflowInLine({ name: 'web.yml', path: '.github/workflows/api.yml' }, web)).toBe(true);
    expect(workflowInLine({ name: 'API', path: '.github/workflows/api.yml@refs/heads/main' }, web)).toBe(
      false,
    );
    expect(workflowInLine({ name: 'API', path: null }, api)).toBe(true);
  });
});

describe('scopeChangesToLine', () => {
  const [web] = loadLineConfigs(
    'line: { name: web, paths: ["web/**"], pull-request-labels: ["area:web"] }\n',
    SOURCE,
  ).map(lineScopeOf);
  if (!web) throw new Error('a line expected');
  const pull = (n: number, paths: string[], extra: Partial<PullRequestFact> = {}): PullRequestFact => ({
    number: n,
    title: `Change ${n}`,
    url: `https://github.com/acme/shop/pull/${n}`,
    author: 'sam',
    labels: [],
    createdAt: '2026-03-01T00:00:00Z',
    firstCommitAt: null,
    mergedAt: '2026-03-01T00:00:00Z',
    mergeCommitSha: sha(n),
    additions: 1,
    deletions: 0,
    changedFiles: paths.length,
    reviewCount: 0,
    reviewers: [],
    isRevert: false,
    releaseTag: 'web-v1.0.0',
    paths,
    ...extra,
  });
  const commit = (id: number | string) => ({
    sha: sha(id),
    headline: `Commit ${id}`,
    author: 'sam',
    authoredAt: '2026-03-01T00:00:00Z',
    url: `https://github.com/acme/shop/commit/${sha(id)}`,
    isRevert: false,
    releaseTag: 'web-v1.0.0',
  });

  it('keeps pull requests by path or label, their merge commits, and direct commits that touch the paths', async () => {
    const scope = nock(API);
    // Pull request 4 has 150 files; its first 100 touch none of web/, its second page does.
    const secondPage = (variables: Record<string, unknown>) => variables.number === 4;
    graphql(
      scope,
      'PullRequestFiles',
      { repository: { pullRequest: { files: page([{ path: 'api/x.ts' }], true, 'c1') } } },
      (v) => secondPage(v) && v.cursor === null,
    );
    graphql(
      scope,
      'PullRequestFiles',
      { repository: { pullRequest: { files: page([{ path: 'web/late.ts' }]) } } },
      (v) => secondPage(v) && v.cursor === 'c1',
    );
    // Two direct pushes: one to web/, one elsewhere.
    scope
      .get(`/repos/acme/shop/commits/${sha('d1')}`)
      .reply(200, { sha: sha('d1'), files: [{ filename: 'web/README.md' }] });
    scope
      .get(`/repos/acme/shop/commits/${sha('d2')}`)
      .reply(200, { sha: sha('d2'), files: [{ filename: 'api/README.md' }] });

    const pulls = [
      pull(1, ['web/a.ts']),
      pull(2, ['api/b.ts']),
      pull(3, ['docs/style.md'], { labels: ['area:web'] }),
      pull(
        4,
        Array.from({ length: 100 }, (_, i) => `api/f${i}.ts`),
        { changedFiles: 150, pathsTruncated: true },
      ),
      pull(5, ['api/c.ts', 'web/c.ts']),
    ];
    const commits = [1, 2, 3, 4, 5, 'd1', 'd2'].map(commit);
    const result = await scopeChangesToLine(
      client(),
      repo,
      web,
      { commits, totalCommits: 7, tagCommits: {} },
      pulls,
    );
    expect(result.pullRequests.map((p) => p.number)).toEqual([1, 3, 4, 5]);
    expect(result.commitSet.commits.map((c) => c.headline)).toEqual([
      'Commit 1',
      'Commit 3',
      'Commit 4',
      'Commit 5',
      'Commit d1',
    ]);
    expect(result.commitSet.totalCommits).toBe(5);
    scope.done();
  });

  it('fails the changes when GitHub refuses a direct commit (the section reports it; nothing is guessed)', async () => {
    const scope = nock(API);
    scope
      .get(`/repos/acme/shop/commits/${sha('d1')}`)
      .reply(403, { message: 'Resource not accessible by integration' });
    await expect(
      scopeChangesToLine(
        client(),
        repo,
        web,
        { commits: [commit('d1')], totalCommits: 1, tagCommits: {} },
        [],
      ),
    ).rejects.toMatchObject({ status: 403 });
    scope.done();
  });
});
