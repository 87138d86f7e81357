/**
 * The users' voice collector and its rendering, with GitHub intercepted: the query asks only for what the
 * config names, a refused source becomes a note naming the permission, failures propagate, the counts say when a
 * search was capped, and user text cannot mention anyone or break the table.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { fetchVoice, type RawVoice, voiceFrom } from '../../src/collect/voice.ts';
import { renderVoice } from '../../src/render/voice.ts';
import { API, client, graphql, repo } from '../collect/nock-github.ts';

const window = { from: '2026-03-16T01:00:00.000Z', to: '2026-03-18T11:00:00.000Z' };
const groups = (n: number) => [
  { content: 'THUMBS_UP', reactors: { totalCount: n } },
  { content: 'HEART', reactors: { totalCount: 0 } },
];
const targets = {
  releases: [
    {
      id: 1,
      tag: 'v1.4.0',
      name: 'v1.4.0',
      url: 'https://github.com/acme/shop/releases/tag/v1.4.0',
      publishedAt: window.from,
      createdAt: window.from,
      prerelease: false,
      targetCommitish: 'main',
      author: 'maya',
    },
  ],
  pullRequests: [{ number: 12, url: 'https://github.com/acme/shop/pull/12' }],
  commits: [],
};
const issue = (number: number, body: string, at: string, reactions = 0) => ({
  number,
  title: `Issue ${number}`,
  body,
  url: `https://github.com/acme/shop/issues/${number}`,
  createdAt: at,
  author: { login: 'kim' },
  comments: { totalCount: 0 },
  reactionGroups: groups(reactions),
});

describe('fetchVoice', () => {
  it('sends nothing when neither source is configured', () => {
    expect(fetchVoice(client(), repo, { categories: [], mentioningIssues: false, window })).toBeNull();
  });

  it("searches the period's issues only, with GitHub's created range in whole seconds", async () => {
    const scope = nock(API);
    graphql(
      scope,
      'ReleaseVoice',
      { issues: { issueCount: 0, nodes: [] } },
      (v) =>
        v.withDiscussions === false &&
        v.withIssues === true &&
        v.issueQuery ===
          'repo:acme/shop created:2026-03-16T01:00:00Z..2026-03-18T11:00:00Z sort:created-desc is:issue',
    );
    const raw = await fetchVoice(client(), repo, { categories: [], mentioningIssues: true, window });
    expect(raw).toEqual({ status: 'ok', data: { issues: { issueCount: 0, nodes: [] } } });
  });

  it('turns a refusal into an unavailable section naming the permissions, and lets a failure through', async () => {
    nock(API)
      .post('/graphql')
      .reply(200, {
        data: null,
        errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
      });
    const refused = await fetchVoice(client(), repo, { categories: ['q-a'], mentioningIssues: true, window });
    expect(refused).toMatchObject({ status: 'unavailable', permission: 'discussions: read, issues: read' });
    const text = renderVoice(
      voiceFrom(refused as never, { categories: ['q-a'], mentioningIssues: true, window }, targets),
    );
    expect(text).toContain("Users' voice unavailable");

    // Not a refusal (a retried 5xx takes the same path, tested in collect.test.ts): the run fails loudly.
    nock(API).post('/graphql').reply(401, { message: 'Bad credentials' });
    await expect(
      fetchVoice(client(), repo, { categories: [], mentioningIssues: true, window }),
    ).rejects.toThrow(/Bad credentials/);
  });
});

describe('voiceFrom and renderVoice', () => {
  const options = { categories: ['Q&A'], mentioningIssues: true, window };

  it('keeps the watched categories and the mentioning issues of the period, and says what was capped', () => {
    const raw: RawVoice = {
      repository: { discussionCategories: { nodes: [{ name: 'Q&A', slug: 'q-a' }] } },
      discussions: {
        discussionCount: 140,
        nodes: [
          {
            number: 40,
            title: 'Hi @maya <!-- release-retro:state --> | pipe',
            url: 'https://github.com/acme/shop/discussions/40',
            createdAt: '2026-03-17T00:00:00Z',
            author: { login: 'troll' },
            category: { name: 'Q&A', slug: 'q-a' },
            comments: { totalCount: 1 },
            reactionGroups: groups(2),
          },
          {
            number: 41,
            title: 'Elsewhere',
            url: 'https://github.com/acme/shop/discussions/41',
            createdAt: '2026-03-17T00:00:00Z',
            author: { login: 'kim' },
            category: { name: 'General', slug: 'general' },
            comments: { totalCount: 0 },
            reactionGroups: groups(9),
          },
        ],
      },
      issues: {
        issueCount: 250,
        nodes: [
          issue(50, 'Broken since v1.4.0', '2026-03-17T00:00:00Z', 5),
          issue(51, 'See #12', '2026-03-17T00:00:00Z'),
          issue(52, 'v1.4.0-rc.1 only', '2026-03-17T00:00:00Z'),
          issue(53, 'nothing', '2026-03-17T00:00:00Z'),
        ],
      },
    };
    const voice = voiceFrom({ status: 'ok', data: raw }, options, targets);
    if (voice.status !== 'ok') throw new Error('unavailable');
    expect(voice.data.discussions.map((d) => d.number)).toEqual([40]);
    expect(voice.data.issues.map((i) => [i.number, i.linkedBy.map((e) => e.label)])).toEqual([
      [50, ['mentions v1.4.0']],
      [51, ['mentions #12']],
    ]);
    const text = renderVoice(voice);
    expect(text).toContain('**1 discussion** in Q&amp;A (Q&amp;A 1) and **2 issues** mentioning the release');
    expect(text).toContain('140 discussions were opened in the period; the newest 2 were read.');
    expect(text).toContain('250 issues were opened in the period; the newest 4 were checked for mentions.');
    // Most reacted first: the issue with 5, the discussion with 2.
    expect(text.indexOf('#50 Issue 50')).toBeLessThan(text.indexOf('#40 Hi'));
    // User text never mentions, never hides a marker, never breaks a row.
    expect(text).not.toMatch(/(^|[^\u200b])@maya/);
    expect(text).not.toContain('<!-- release-retro:state');
    expect(text).not.toMatch(/[^\\]\| pipe/);
    expect(text).toContain('@\u200btroll');
  });

  it('says how to turn it on when nothing is read', () => {
    expect(renderVoice(null)).toContain('voice.discussion-categories');
  });
});
