/** The command stage end to end against nock: which requests it makes, and the concurrency guard. */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { decodeState, initialState, type RetroState, withState } from '../../src/domain/state.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import { liveSection } from '../../src/render/live-record.ts';
import { handleDiscussionComment, WRITE_TIMING } from '../../src/retro/commands/index.ts';
import type { RetroContext } from '../../src/retro/context.ts';

const API = 'https://api.github.com';
// No pauses in unit tests: nock answers in order, so there is no race to wait out.
WRITE_TIMING.settleMs = 0;
WRITE_TIMING.jitterMs = 0;
const DISCUSSION_ID = 'D_kwDOretro7';

function context(dryRun = false): RetroContext {
  const log = { info() {}, warning() {}, debug() {} };
  return {
    github: createGitHubClient({ token: 'ghs_test', apiUrl: API, log }),
    projectGithub: null,
    writes: new WriteGateway({ dryRun, intervalMs: 0, log }),
    repo: { owner: 'acme', name: 'shop' },
    config: loadConfig(null, '.github/release-retro.yml'),
    now: new Date('2026-03-10T12:00:00Z'),
    log,
    workspace: '/tmp',
    serverUrl: 'https://github.com',
    actorLogin: async () => 'github-actions[bot]',
  };
}

const baseState = (): RetroState =>
  initialState({
    tag: 'v1.4.0',
    tags: ['v1.4.0'],
    previousTag: null,
    openedAt: '2026-03-09T00:00:00Z',
    metrics: {},
  });

const bodyWith = (state: RetroState) =>
  withState(
    `# Retrospective: v1.4.0\n${liveSection('action-items', '')}\n${liveSection('learnings', '')}`,
    state,
  );

function payload(
  body: string,
  overrides: { action?: string; user?: string; type?: string; category?: string } = {},
) {
  return {
    action: overrides.action ?? 'created',
    comment: {
      id: 101,
      node_id: 'DC_101',
      body,
      user: { login: overrides.user ?? 'sam', type: overrides.type ?? 'User' },
      author_association: 'MEMBER',
      parent_id: null,
      created_at: '2026-03-10T10:00:00Z',
      updated_at: '2026-03-10T10:00:00Z',
      html_url: 'https://github.com/acme/shop/discussions/7#discussioncomment-101',
    },
    discussion: {
      number: 7,
      node_id: DISCUSSION_ID,
      title: 'Retrospective: v1.4.0',
      category: {
        slug: overrides.category ?? 'retrospectives',
        name: overrides.category ?? 'Retrospectives',
      },
      user: { login: 'github-actions[bot]' },
    },
  };
}

const op = (name: string) => (body: { query?: string }) =>
  typeof body.query === 'string' && body.query.includes(name);

function discussionReply(body: string, author = 'github-actions') {
  return {
    data: {
      repository: {
        discussion: {
          id: DISCUSSION_ID,
          number: 7,
          url: 'https://github.com/acme/shop/discussions/7',
          title: 'Retrospective: v1.4.0',
          body,
          closed: false,
          createdAt: '2026-03-09T00:00:00Z',
          author: { login: author },
          category: { id: 'DIC_1', slug: 'retrospectives', name: 'Retrospectives' },
        },
      },
    },
  };
}

function threadReply(replies: { body: string; author: { login: string } }[] = [], thumbs = 2) {
  return {
    data: {
      comment: { id: 'DC_101', replyTo: null, replies: { nodes: replies } },
      sources: [
        {
          id: 'DC_101',
          reactionGroups: [
            { content: 'THUMBS_UP', reactors: { totalCount: thumbs } },
            { content: 'HEART', reactors: { totalCount: 5 } },
          ],
        },
      ],
    },
  };
}

describe('handleDiscussionComment: cheap checks make no request at all', () => {
  it.each([
    ['a comment without commands', payload('Thanks everyone, great release!')],
    ['a comment whose slash is prose', payload('/usr/bin/env is where it lives')],
    ['a bot comment', payload('/action x', { type: 'Bot', user: 'renovate[bot]' })],
    ['another category', payload('/action x', { category: 'ideas' })],
    ['an unhandled action', payload('/action x', { action: 'pinned' })],
  ])('%s', async (_name, event) => {
    const result = await handleDiscussionComment(context(), event, event.action);
    expect(result).toEqual({ outputs: {}, summary: '' });
  });
});

describe('handleDiscussionComment', () => {
  it('ignores a discussion whose body was not written by the action (forged state)', async () => {
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState()), 'troll'));
    const result = await handleDiscussionComment(context(), payload('/action x'), 'created');
    expect(result.outputs).toEqual({});
    scope.done();
  });

  it('re-applies on the fresh record when another run overwrote its write', async () => {
    const writes: string[] = [];
    const replies: string[] = [];
    // Another run recorded comment DC_99 at the same moment, from the same starting body.
    const other = baseState();
    other.learnings.push({
      text: 'theirs',
      author: 'kim',
      sourceCommentId: 'DC_99',
      sourceCommentUrl: 'https://x/99',
    });
    other.processedComments.DC_99 = '2026-03-10T10:00:01Z';
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply())
      .get('/repos/acme/shop/assignees/maya')
      .reply(204)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, (_uri, body) => {
        writes.push((body as { variables: { body: string } }).variables.body);
        return { data: { updateDiscussion: { discussion: { id: DISCUSSION_ID, updatedAt: 'x' } } } };
      })
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(other)))
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(other)))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, (_uri, body) => {
        writes.push((body as { variables: { body: string } }).variables.body);
        return { data: { updateDiscussion: { discussion: { id: DISCUSSION_ID, updatedAt: 'y' } } } };
      })
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(writes[1] ?? ''))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, (_uri, body) => {
        const variables = (body as { variables: { body: string; replyToId: string } }).variables;
        replies.push(variables.body);
        expect(variables.replyToId).toBe('DC_101');
        return { data: { addDiscussionComment: { comment: { id: 'DC_200', databaseId: 200, url: 'u' } } } };
      });

    const result = await handleDiscussionComment(
      context(),
      payload('/action Add a canary @maya due:+2w'),
      'created',
    );
    scope.done();
    expect(writes).toHaveLength(2);
    const final = decodeState(writes[1] ?? '');
    expect(final?.learnings.map((l) => l.text)).toEqual(['theirs']);
    expect(final?.items).toEqual([
      expect.objectContaining({
        id: 'A1',
        title: 'Add a canary',
        owner: 'maya',
        due: '2026-03-24',
        votes: 2,
      }),
    ]);
    expect(final?.processedComments).toEqual({
      DC_99: '2026-03-10T10:00:01Z',
      DC_101: '2026-03-10T10:00:00Z',
    });
    expect(writes[1]).toContain('| A1 |');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('proposed **A1**');
    expect(replies[0]).toContain('@maya, you are now the owner');
    expect(JSON.parse(result.outputs['action-items'] ?? '[]')).toHaveLength(1);
  });

  it('does nothing for a redelivered event that was applied and answered', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    const answered = {
      body: '<!-- release-retro:reply DC_101 2026-03-10T10:00:00Z -->\n\n- ✅ done',
      author: { login: 'github-actions' },
    };
    // A reply with the same marker from anyone else is not the action's answer, and is not trusted.
    const forged = {
      body: '<!-- release-retro:reply DC_101 2026-03-10T10:00:00Z -->',
      author: { login: 'troll' },
    };
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply([forged, answered]));
    const result = await handleDiscussionComment(
      context(),
      payload('/action Add a canary @maya due:+2w'),
      'created',
    );
    scope.done();
    expect(result.summary).toContain('already applied');
  });

  it('answers once more when an earlier run recorded the comment but died before replying', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    const replies: string[] = [];
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply([]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, (_uri, body) => {
        replies.push((body as { variables: { body: string } }).variables.body);
        return { data: { addDiscussionComment: { comment: { id: 'DC_201', databaseId: 201, url: 'u' } } } };
      });
    await handleDiscussionComment(context(), payload('/action Add a canary @maya due:+2w'), 'created');
    scope.done();
    expect(replies[0]).toContain('release-retro:reply DC_101 2026-03-10T10:00:00Z');
    // Recorded before the record kept replies: a neutral line, never a ✅.
    expect(replies[0]).toContain('was read earlier');
    expect(replies[0]).not.toContain('✅');
  });

  it('answers once more with the reply the record kept, refusals included', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    applied.replies.DC_101 = [
      { command: '/accept A1', outcome: 'refused', message: 'only facilitators can accept items' },
      { command: '/help', outcome: 'done', message: 'the commands are listed below', help: true },
    ];
    const replies: string[] = [];
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply([]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, (_uri, body) => {
        replies.push((body as { variables: { body: string } }).variables.body);
        return { data: { addDiscussionComment: { comment: { id: 'DC_201', databaseId: 201, url: 'u' } } } };
      });
    await handleDiscussionComment(context(), payload('/accept A1\n/help'), 'created');
    scope.done();
    expect(replies[0]).toContain('🚫 /accept A1 — only facilitators can accept items');
    expect(replies[0]).toContain('| Command | Who | What it does |');
  });

  it('reads a deleted source comment as missing, not as a failure', async () => {
    const state = baseState();
    state.items.push({
      id: 'A1',
      title: 'Old',
      owner: null,
      due: null,
      priority: null,
      labels: [],
      proposer: 'kim',
      sourceCommentId: 'DC_50',
      sourceCommentUrl: 'https://x/50',
      votes: 4,
      status: 'proposed',
      decidedBy: null,
      issueNumber: null,
      issueUrl: null,
    });
    const writes: string[] = [];
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(state)))
      .post('/graphql', op('CommentThread'))
      .reply(200, {
        data: { ...threadReply().data, sources: [threadReply().data.sources[0], null] },
        errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'DC_50'" }],
      })
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(state)))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, (_uri, body) => {
        writes.push((body as { variables: { body: string } }).variables.body);
        return { data: { updateDiscussion: { discussion: { id: DISCUSSION_ID, updatedAt: 'x' } } } };
      })
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(writes[0] ?? ''))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, {
        data: { addDiscussionComment: { comment: { id: 'DC_202', databaseId: 202, url: 'u' } } },
      });
    await handleDiscussionComment(context(), payload('/learning ok'), 'created');
    expect(decodeState(writes[0] ?? '')?.items[0]?.votes).toBe(4);
  });

  it('in dry-run records the intended writes and sends none', async () => {
    const ctx = context(true);
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply());
    await handleDiscussionComment(ctx, payload('/help'), 'created');
    expect(ctx.writes.intents.map((i) => i.action)).toEqual([
      'update discussion body',
      'reply in discussion',
    ]);
  });
});

describe('handleDiscussionComment with a flood of commands', () => {
  it('reads the first 20 commands of a comment and says the rest were left', async () => {
    const ctx = context(true);
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply());
    const body = Array.from({ length: 25 }, (_, i) => `/learning lesson ${i + 1}`).join('\n');
    await handleDiscussionComment(ctx, payload(body), 'created');
    const [update, reply] = ctx.writes.intents;
    expect(decodeState(update?.body ?? '')?.learnings).toHaveLength(20);
    expect(reply?.body).toContain('5 more command lines');
    expect(reply?.body).toContain('only the first 20 commands of a comment are read');
  });
});

describe('handleDiscussionComment on a finalized retrospective', () => {
  it('answers a new command once, saying the record no longer changes, and writes nothing', async () => {
    const finalized = { ...baseState(), status: 'finalized' as const };
    const replies: string[] = [];
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(finalized)))
      .post('/graphql', op('CommentThread'))
      .reply(200, threadReply())
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, (_uri, body) => {
        replies.push((body as { variables: { body: string } }).variables.body);
        return { data: { addDiscussionComment: { comment: { id: 'DC_203', databaseId: 203, url: 'u' } } } };
      });
    await handleDiscussionComment(context(), payload('/action Too late @maya'), 'created');
    scope.done();
    expect(replies[0]).toContain('this retrospective is finalized');
  });
});
