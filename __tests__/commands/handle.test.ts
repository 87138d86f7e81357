/**
 * The command stage against nock: which requests it makes, how it reconciles the record with every comment
 * (missed events, edits, deletions, another run's overwrite) and how it answers each version once.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { decodeState, initialState, type RetroState, withState } from '../../src/domain/state.ts';
import { createGitHubClient } from '../../src/github/client.ts';
import { WriteGateway } from '../../src/github/writes.ts';
import { liveSection } from '../../src/render/live-record.ts';
import { lineDigest } from '../../src/retro/commands/apply-comment.ts';
import { handleDiscussionComment } from '../../src/retro/commands/index.ts';
import type { RetroContext } from '../../src/retro/context.ts';
import {
  ACTION,
  authorOf,
  DISCUSSION_ID,
  discussionReply,
  type ListedComment,
  listingReply,
  op,
  ourReply,
  votesReply,
} from './nock-commands.ts';

const API = 'https://api.github.com';

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
    actor: async () => ACTION,
    // No pause before reading the record back: nock answers in order, so there is no race to wait out.
    settleMs: 0,
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

const SAM = { id: 'DC_101', author: 'sam' };
const comment = (body: string, extra: Partial<ListedComment> = {}): ListedComment => ({
  ...SAM,
  body,
  ...extra,
});

function captureWrites() {
  const writes: string[] = [];
  const replies: { body: string; replyToId: string }[] = [];
  return {
    writes,
    replies,
    update: (_uri: string, body: unknown) => {
      writes.push((body as { variables: { body: string } }).variables.body);
      return { data: { updateDiscussion: { discussion: { id: DISCUSSION_ID, updatedAt: 'x' } } } };
    },
    reply: (_uri: string, body: unknown) => {
      const variables = (body as { variables: { body: string; replyToId: string } }).variables;
      replies.push(variables);
      const id = 200 + replies.length;
      return { data: { addDiscussionComment: { comment: { id: `DC_${id}`, databaseId: id, url: 'u' } } } };
    },
  };
}

describe('handleDiscussionComment: cheap checks make no request at all', () => {
  it.each([
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

  it('does not take a user account named like the bot (GraphQL login `github-actions`) for the action', async () => {
    // GraphQL names the bot `github-actions`, exactly like this person's account: only the database id differs.
    const body = bodyWith(baseState());
    const reply = discussionReply(body);
    reply.data.repository.discussion.author = authorOf('github-actions', false);
    const scope = nock(API).post('/graphql', op('DiscussionByNumber')).reply(200, reply);
    const result = await handleDiscussionComment(context(), payload('/action x'), 'created');
    expect(result.outputs).toEqual({});
    scope.done();
  });

  it.each([
    ['a comment without commands', 'Thanks everyone, great release!'],
    ['a comment whose slash is prose', '/usr/bin/env is where it lives'],
  ])('%s costs two reads when the record is up to date, and writes nothing', async (_name, text) => {
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment(text)]));
    const result = await handleDiscussionComment(context(), payload(text), 'created');
    scope.done();
    expect(result.summary).toContain('already applied');
  });

  it('a comment without commands applies and answers an earlier command whose event never came', async () => {
    const w = captureWrites();
    const missed = comment('/learning Canaries catch bad deploys', { id: 'DC_90', author: 'kim' });
    const own = comment('Thanks all', { createdAt: '2026-03-10T10:05:00Z' });
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([missed, own]))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({}))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[0] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([missed, own]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(
        200,
        listingReply([{ ...missed, replies: [ourReply('DC_201', 'DC_90', '2026-03-10T10:00:00Z')] }, own]),
      );
    await handleDiscussionComment(context(), payload('Thanks all'), 'created');
    scope.done();
    expect(decodeState(w.writes[0] ?? '')?.learnings.map((l) => l.text)).toEqual([
      'Canaries catch bad deploys',
    ]);
    expect(w.replies).toEqual([
      expect.objectContaining({
        replyToId: 'DC_90',
        body: expect.stringContaining('release-retro:reply DC_90 '),
      }),
    ]);
  });

  it('applies missed comments in the order written and answers its own comment first', async () => {
    const w = captureWrites();
    const first = comment('/action Add a canary', {
      id: 'DC_91',
      author: 'kim',
      createdAt: '2026-03-10T09:00:00Z',
    });
    const second = comment('/action Write a runbook', {
      id: 'DC_92',
      author: 'lee',
      createdAt: '2026-03-10T09:30:00Z',
    });
    const own = comment('/learning Flags help');
    const listing = [first, second, own];
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({ DC_91: 1 }))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[0] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing))
      .post('/graphql', op('AddDiscussionComment'))
      .times(3)
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing));
    await handleDiscussionComment(context(), payload('/learning Flags help'), 'created');
    const state = decodeState(w.writes[0] ?? '');
    expect(state?.items.map((i) => [i.id, i.title, i.votes])).toEqual([
      ['A1', 'Add a canary', 1],
      ['A2', 'Write a runbook', 0],
    ]);
    expect(w.replies.map((r) => r.replyToId)).toEqual(['DC_101', 'DC_91', 'DC_92']);
  });

  it('re-applies on the fresh record when another run overwrote its write', async () => {
    const w = captureWrites();
    // Another run recorded comment DC_99 at the same moment, from the same starting body.
    const other = baseState();
    other.learnings.push({
      text: 'theirs',
      author: 'kim',
      sourceCommentId: 'DC_99',
      sourceCommentUrl: 'https://x/99',
    });
    other.processedComments.DC_99 = '2026-03-10T09:00:00Z';
    const theirs = comment('/learning theirs', {
      id: 'DC_99',
      author: 'kim',
      createdAt: '2026-03-10T09:00:00Z',
    });
    const own = comment('/action Add a canary @maya due:+2w');
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([own]))
      .get('/repos/acme/shop/assignees/maya')
      .reply(204)
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({ DC_101: 2 }))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      // Read back: the other run's write landed after ours and holds only its own comment.
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(other)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([theirs, own]))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({ DC_101: 2 }))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[1] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(
        200,
        listingReply([{ ...theirs, replies: [ourReply('DC_150', 'DC_99', '2026-03-10T09:00:00Z')] }, own]),
      )
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([own]));

    const result = await handleDiscussionComment(
      context(),
      payload('/action Add a canary @maya due:+2w'),
      'created',
    );
    scope.done();
    expect(w.writes).toHaveLength(2);
    const final = decodeState(w.writes[1] ?? '');
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
      DC_99: '2026-03-10T09:00:00Z',
      DC_101: '2026-03-10T10:00:00Z',
    });
    expect(w.writes[1]).toContain('| A1 |');
    // Only the comment without an answer is answered; the other run answered its own.
    expect(w.replies).toHaveLength(1);
    expect(w.replies[0]?.replyToId).toBe('DC_101');
    expect(w.replies[0]?.body).toContain('proposed **A1**');
    expect(w.replies[0]?.body).toContain('@maya, you are now the owner');
    expect(JSON.parse(result.outputs['action-items'] ?? '[]')).toHaveLength(1);
  });

  it('does nothing for a redelivered event that was applied and answered', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    // A reply with the same marker from anyone else is not the action's answer, and is not trusted.
    const forged = {
      id: 'DC_120',
      body: '<!-- release-retro:reply DC_101 2026-03-10T10:00:00Z -->',
      author: 'troll',
    };
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommandComments'))
      .reply(
        200,
        listingReply([
          comment('/action Add a canary @maya due:+2w', {
            replies: [forged, ourReply('DC_121', 'DC_101', '2026-03-10T10:00:00Z')],
          }),
        ]),
      );
    const result = await handleDiscussionComment(
      context(),
      payload('/action Add a canary @maya due:+2w'),
      'created',
    );
    scope.done();
    expect(result.summary).toContain('already applied');
  });

  it('removes the later of two answers to the same version (two deliveries at once), keeping the first', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    const deleted: string[] = [];
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommandComments'))
      .reply(
        200,
        listingReply([
          comment('/learning x', {
            replies: [
              ourReply('DC_131', 'DC_101', '2026-03-10T10:00:00Z', '2026-03-10T10:00:05Z'),
              ourReply('DC_130', 'DC_101', '2026-03-10T10:00:00Z', '2026-03-10T10:00:04Z'),
            ],
          }),
        ]),
      )
      .post('/graphql', op('DeleteDiscussionComment'))
      .reply(200, (_uri, body) => {
        deleted.push((body as { variables: { id: string } }).variables.id);
        return { data: { deleteDiscussionComment: { comment: { id: 'DC_131' } } } };
      });
    await handleDiscussionComment(context(), payload('/learning x'), 'created');
    scope.done();
    expect(deleted).toEqual(['DC_131']);
  });

  it('answers once more when an earlier run recorded the comment but died before replying', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    const w = captureWrites();
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/action Add a canary @maya due:+2w')]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/action Add a canary @maya due:+2w')]));
    await handleDiscussionComment(context(), payload('/action Add a canary @maya due:+2w'), 'created');
    scope.done();
    expect(w.replies[0]?.body).toContain('release-retro:reply DC_101 2026-03-10T10:00:00Z');
    // Recorded before the record kept replies: a neutral line, never a ✅.
    expect(w.replies[0]?.body).toContain('was read earlier');
    expect(w.replies[0]?.body).not.toContain('✅');
  });

  it('answers once more with the reply the record kept, refusals included', async () => {
    const applied = baseState();
    applied.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    applied.replies.DC_101 = [
      { command: '/accept A1', outcome: 'refused', message: 'only facilitators can accept items' },
      { command: '/help', outcome: 'done', message: 'the commands are listed below', help: true },
    ];
    const w = captureWrites();
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(applied)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/accept A1\n/help')]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/accept A1\n/help')]));
    await handleDiscussionComment(context(), payload('/accept A1\n/help'), 'created');
    scope.done();
    expect(w.replies[0]?.body).toContain('🚫 /accept A1 — only facilitators can accept items');
    expect(w.replies[0]?.body).toContain('| Command | Who | What it does |');
  });

  it('withdraws the proposal of a comment deleted while its event was lost, and answers nobody', async () => {
    const state = baseState();
    state.items.push(item('A1', 'DC_50', 'proposed'), item('A2', 'DC_51', 'accepted'));
    state.processedComments.DC_50 = '2026-03-09T10:00:00Z';
    state.processedComments.DC_51 = '2026-03-09T11:00:00Z';
    const w = captureWrites();
    const remaining = [
      comment('/action Other', { id: 'DC_51', author: 'kim', createdAt: '2026-03-09T11:00:00Z' }),
    ];
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(state)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(remaining))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({ DC_51: 3 }))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[0] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(remaining));
    await handleDiscussionComment(context(), payload('Bye', { user: 'kim' }), 'created');
    scope.done();
    const final = decodeState(w.writes[0] ?? '');
    expect(final?.items.map((i) => [i.id, i.status])).toEqual([
      ['A1', 'withdrawn'],
      ['A2', 'accepted'],
    ]);
    expect(final?.processedComments.DC_50).toBe('deleted');
    expect(w.replies).toEqual([]);
  });

  it('runs only the new one-off lines of an edit whose event never came', async () => {
    // Recorded: "/accept A1" from maya. Now edited to also "/reject A2"; the edit's event was lost.
    const state = baseState();
    state.items.push(item('A1', 'DC_40', 'proposed', 'ana'), item('A2', 'DC_41', 'proposed', 'lee'));
    state.processedComments.DC_40 = '2026-03-09T10:00:00Z';
    state.processedComments.DC_41 = '2026-03-09T10:00:00Z';
    state.processedComments.DC_101 = '2026-03-10T10:00:00Z';
    state.imperatives = { DC_101: [lineDigest('/accept A1')] };
    state.items[0] = {
      ...(state.items[0] as RetroState['items'][number]),
      status: 'accepted',
      decidedBy: 'maya',
    };
    const edited = comment('/accept A1\n/reject A2', { author: 'maya', updatedAt: '2026-03-10T11:00:00Z' });
    const listing = [
      comment('/action A', { id: 'DC_40', author: 'ana', createdAt: '2026-03-09T10:00:00Z' }),
      comment('/action B', { id: 'DC_41', author: 'lee', createdAt: '2026-03-09T10:00:00Z' }),
      edited,
    ];
    const w = captureWrites();
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(state)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing))
      .get('/repos/acme/shop/collaborators/maya/permission')
      .reply(200, { permission: 'admin', role_name: 'admin' })
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({}))
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[0] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply(listing));
    // The run of an unrelated comment finds the edit.
    await handleDiscussionComment(context(), payload('nice', { user: 'kim' }), 'created');
    const final = decodeState(w.writes[0] ?? '');
    expect(final?.items.map((i) => [i.id, i.status])).toEqual([
      ['A1', 'accepted'],
      ['A2', 'rejected'],
    ]);
    expect(final?.processedComments.DC_101).toBe('2026-03-10T11:00:00Z');
    expect(w.replies).toHaveLength(1);
    expect(w.replies[0]?.body).toContain('release-retro:reply DC_101 2026-03-10T11:00:00Z');
    expect(w.replies[0]?.body).not.toContain('accepted **A1**');
  });

  it('reads a deleted source comment as missing, not as a failure', async () => {
    const state = baseState();
    state.items.push({ ...item('A1', 'DC_50', 'accepted', 'kim'), votes: 4 });
    state.processedComments.DC_50 = '2026-03-09T10:00:00Z';
    const w = captureWrites();
    const own = comment('/learning ok');
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(state)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([own]))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, {
        data: { nodes: [null, votesReply({ DC_101: 0 }).data.nodes[0]] },
        errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'DC_50'" }],
      })
      .post('/graphql', op('UpdateDiscussion'))
      .reply(200, w.update)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, () => discussionReply(w.writes[0] ?? ''))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([own]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply)
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([own]));
    await handleDiscussionComment(context(), payload('/learning ok'), 'created');
    expect(decodeState(w.writes[0] ?? '')?.items[0]?.votes).toBe(4);
  });

  it('in dry-run records the intended writes and sends none', async () => {
    const ctx = context(true);
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/help')]))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({}));
    await handleDiscussionComment(ctx, payload('/help'), 'created');
    expect(ctx.writes.intents.map((i) => i.action)).toEqual([
      'update discussion body',
      'reply in discussion',
    ]);
  });
});

function item(id: string, source: string, status: RetroState['items'][number]['status'], proposer = 'kim') {
  return {
    id,
    title: `Item ${id}`,
    owner: null,
    due: null,
    priority: null,
    labels: [],
    proposer,
    sourceCommentId: source,
    sourceCommentUrl: `https://x/${source}`,
    votes: 0,
    status,
    decidedBy: null,
    issueNumber: null,
    issueUrl: null,
  };
}

describe('handleDiscussionComment with a flood of commands', () => {
  it('reads the first 20 commands of a comment and says the rest were left', async () => {
    const ctx = context(true);
    const body = Array.from({ length: 25 }, (_, i) => `/learning lesson ${i + 1}`).join('\n');
    nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(baseState())))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment(body)]))
      .post('/graphql', op('ProposalVotes'))
      .reply(200, votesReply({}));
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
    const w = captureWrites();
    const scope = nock(API)
      .post('/graphql', op('DiscussionByNumber'))
      .reply(200, discussionReply(bodyWith(finalized)))
      .post('/graphql', op('CommandComments'))
      .reply(200, listingReply([comment('/action Too late @maya')]))
      .post('/graphql', op('AddDiscussionComment'))
      .reply(200, w.reply);
    await handleDiscussionComment(context(), payload('/action Too late @maya'), 'created');
    scope.done();
    expect(w.replies[0]?.body).toContain('this retrospective is finalized');
  });
});
